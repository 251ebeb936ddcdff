import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { haveShared } from '../support/shared';
import { goldenCases } from './cases';

// The command's output, byte for byte, against the files committed beside this test. A change in
// analysis or wording shows here as the first line that differs; when the change is meant,
// `node scripts/golden.mjs --update` rewrites the files and the diff goes into the commit.

const goldenDir = fileURLToPath(new URL('.', import.meta.url));
const updating = process.env.PROXLAB_GOLDEN_UPDATE === '1';
const GOLDEN_DIRS = ['analyze-json', 'cli-text'];

/** Where two outputs part, with a few lines of each around it. */
function firstDifference(golden: string, now: string): string {
  const a = golden.split('\n');
  const b = now.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  const excerpt = (lines: string[]) => lines.slice(Math.max(0, line - 2), line + 3).map((text, i) => `    ${Math.max(0, line - 2) + i + 1}: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`).join('\n');
  return `first difference at line ${line + 1} (golden has ${a.length} lines, output has ${b.length})\n  golden:\n${excerpt(a)}\n  now:\n${excerpt(b)}`;
}

describe.skipIf(!haveShared)('golden output of the proxlab command', () => {
  const cases = goldenCases();

  it.each(cases.map((c) => [c.file, c] as const))('%s', async (file, golden) => {
    const output = await golden.produce();
    const target = path.join(goldenDir, file);
    if (updating) {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, output);
      return;
    }
    expect(existsSync(target), `no golden file test/golden/${file}: run \`node scripts/golden.mjs --update\` and commit it`).toBe(true);
    const expected = readFileSync(target, 'utf8');
    if (output !== expected) {
      expect.fail(
        `proxlab output differs from test/golden/${file}.\n${firstDifference(expected, output)}\n` +
          'If the change is intended (new analysis, new wording), regenerate with `node scripts/golden.mjs --update` and commit the golden diff with it.',
      );
    }
  });

  it('keeps no golden file that no case produces', () => {
    const wanted = new Set(cases.map((c) => c.file));
    const present = GOLDEN_DIRS.flatMap((dir) => (existsSync(path.join(goldenDir, dir)) ? readdirSync(path.join(goldenDir, dir)).map((name) => `${dir}/${name}`) : []));
    const stale = present.filter((file) => !wanted.has(file));
    if (updating) for (const file of stale) rmSync(path.join(goldenDir, file));
    else expect(stale, 'golden files for cases that no longer exist: `node scripts/golden.mjs --update` removes them').toEqual([]);
  });
});
