import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The corpus of real captures lives in ../shared beside the project and is never copied in.
// Without it these tests are skipped with a plain message; CI sets PROXLAB_REQUIRE_SHARED=1
// so that a missing folder fails instead.

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const sharedDir = process.env.PROXLAB_SHARED_DIR ?? path.resolve(projectRoot, '..', 'shared');
export const capturesDir = path.join(sharedDir, 'captures');
export const expectedDir = path.join(capturesDir, 'expected');

export const haveShared = existsSync(expectedDir);

if (!haveShared) {
  const message = `The capture corpus is not at ${capturesDir}: tests that compare with Wireshark's tools are skipped.`;
  if (process.env.PROXLAB_REQUIRE_SHARED === '1') throw new Error(message);
  process.stderr.write(`${message}\n`);
}

/** Every capture of the corpus (file names), sorted. */
export function corpusFiles(): string[] {
  if (!haveShared) return [];
  return readdirSync(capturesDir)
    .filter((name) => existsSync(path.join(expectedDir, `${name}.json`)))
    .sort();
}

export function corpusPath(name: string): string {
  return path.join(capturesDir, name);
}

/** What capinfos and tshark said about a corpus file (docs/corpus.md §Expected values). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function expectedFor(name: string): any {
  return JSON.parse(readFileSync(path.join(expectedDir, `${name}.json`), 'utf8'));
}
