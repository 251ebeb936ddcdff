import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// THIRD-PARTY-NOTICES.md must list what the installed production dependencies are, with their
// licence texts; a dependency added or bumped without `npm run notices` fails here.

describe('third-party notices', () => {
  it('match the installed production dependencies', () => {
    const check = spawnSync(process.execPath, ['scripts/third-party-notices.mjs', '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('name every direct dependency, and only licences an MIT app may ship', () => {
    const text = readFileSync('THIRD-PARTY-NOTICES.md', 'utf8');
    const own = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const listed = [...text.matchAll(/^## (\S+) \S+$/gm)].map((m) => m[1]);
    expect(listed).toEqual(expect.arrayContaining(Object.keys(own.dependencies)));
    const permissive = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'Zlib', '0BSD', 'CC0-1.0']);
    const licences = [...text.matchAll(/^Licence: (.+?)\s*$/gm)].map((m) => m[1]);
    expect(licences).toHaveLength(listed.length);
    // An expression passes when every licence it names is permissive (AND and OR alike).
    expect(
      licences.filter(
        (expression) =>
          !expression
            .replace(/[()]/g, '')
            .split(/\s+(?:AND|OR)\s+/)
            .every((id) => permissive.has(id)),
      ),
    ).toEqual([]);
  });
});
