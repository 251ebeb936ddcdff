import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The project's documents live in docs/ and code cites them as `docs/<page>.md §<Section>`.
// Every cited page must exist and every cited section must be one of its headings; every
// relative link in docs/*.md and README.md must reach a file (and a heading, for #anchors).
// Documents outside the repository are not cited at all: a clone could not read them.

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_DIRS = ['electron', 'renderer', 'test', 'scripts', 'bench', 'bin', '.ci'];
const ROOT_FILES = ['eslint.config.js', 'vite.config.ts', 'vitest.config.ts', 'electron-builder.yml', 'package.json'];
const SOURCE_FILE = /\.(ts|tsx|js|mjs|cjs|css|json|yml)$|^run$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full);
    return SOURCE_FILE.test(entry.name) ? [full] : [];
  });
}

const sourceFiles = [
  ...SOURCE_DIRS.filter((dir) => existsSync(path.join(root, dir))).flatMap((dir) => walk(path.join(root, dir))),
  ...ROOT_FILES.map((file) => path.join(root, file)).filter((file) => existsSync(file)),
];
const markdownFiles = [
  path.join(root, 'README.md'),
  ...readdirSync(path.join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(root, 'docs', name)),
];

const relative = (file: string) => path.relative(root, file);

/** A heading's text as written, without the #s, backticks or emphasis. */
function headings(markdownFile: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of readFileSync(markdownFile, 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const match = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (match) out.push(match[1].replace(/[`*_]/g, '').trim());
  }
  return out;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

interface Citation {
  file: string;
  line: number;
  target: string;
  /** The text after `§`, when the citation names a section. */
  section: string | null;
}

/** `docs/…` paths in source text (not the tail of a URL such as electronjs.org/docs/…). */
function citations(file: string): Citation[] {
  const out: Citation[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      for (const match of text.matchAll(/(?<![\w./-])docs\/[\w.-]+(?:\/[\w.-]+)*/g)) {
        const target = match[0].replace(/\.+$/, '');
        const after = text.slice(match.index + match[0].length);
        const section = /^\s*§\s*(.*)$/.exec(after)?.[1] ?? null;
        out.push({ file: relative(file), line: index + 1, target, section });
      }
    });
  return out;
}

/** The heading the cited text starts with (a whole heading, not part of a word). */
function sectionFound(cited: string, titles: readonly string[]): boolean {
  return titles.some((title) => cited.startsWith(title) && !/[\p{L}\p{N}]/u.test(cited.charAt(title.length)));
}

describe('documents cited in the code', () => {
  const cited = sourceFiles.flatMap(citations);

  it('finds citations to check', () => {
    // Guards the scan itself: the code cites docs/ in dozens of places.
    expect(cited.length).toBeGreaterThan(50);
  });

  it('cites only pages that exist', () => {
    const missing = cited.filter((c) => !existsSync(path.join(root, c.target))).map((c) => `${c.file}:${c.line} ${c.target}`);
    expect(missing).toEqual([]);
  });

  it('cites only sections that are headings of their page', () => {
    const wrong = cited
      .filter((c) => c.section !== null && c.target.endsWith('.md') && existsSync(path.join(root, c.target)))
      .filter((c) => !sectionFound(c.section!, headings(path.join(root, c.target))))
      .map((c) => `${c.file}:${c.line} ${c.target} §${c.section}`);
    expect(wrong).toEqual([]);
  });

  it('cites no document that lives outside the repository', () => {
    // The shared folder's notes, named in lower case here so that a search for them finds only
    // real citations. test/proxmox/parse.test.ts reads one of them as a fixture.
    const names = ['qos', 'cli', 'design', 'contract'].map((name) => name.toUpperCase());
    const citesOutside = new RegExp(`\\b(${names.join('|')})\\.md\\b|\\b${names[3]}\\s*§`);
    const allowed = new Set(['test/proxmox/parse.test.ts']);
    const outside = sourceFiles
      .filter((file) => !allowed.has(relative(file)))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((text, index) => (citesOutside.test(text) ? [`${relative(file)}:${index + 1}`] : [])),
      );
    expect(outside).toEqual([]);
  });
});

describe('links in the documents', () => {
  const links = markdownFiles.flatMap((file) => {
    const out: Array<{ file: string; target: string }> = [];
    let fenced = false;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.startsWith('```')) fenced = !fenced;
      if (fenced) continue;
      for (const match of line.matchAll(/\]\(([^)\s]+)\)/g)) out.push({ file, target: match[1] });
    }
    return out.filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link.target));
  });

  it('finds links to check', () => {
    expect(links.length).toBeGreaterThan(10);
  });

  it('resolve to files in the repository', () => {
    const broken = links
      .filter(({ file, target }) => {
        const [pathPart] = target.split('#');
        return pathPart !== '' && !existsSync(path.resolve(path.dirname(file), decodeURIComponent(pathPart)));
      })
      .map(({ file, target }) => `${relative(file)} → ${target}`);
    expect(broken).toEqual([]);
  });

  it('point at headings that exist when they name one', () => {
    const broken = links
      .filter(({ file, target }) => {
        const [pathPart, anchor] = target.split('#');
        if (anchor === undefined) return false;
        const page = pathPart === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(pathPart));
        if (!page.endsWith('.md') || !existsSync(page) || statSync(page).isDirectory()) return true;
        return !headings(page).map(slug).includes(anchor);
      })
      .map(({ file, target }) => `${relative(file)} → ${target}`);
    expect(broken).toEqual([]);
  });
});
