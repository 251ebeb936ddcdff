import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Bundles a TypeScript entry into a temporary ES module so a test can run our code in a child
 * process — needed where the test kills that process (crash safety) or measures it alone.
 */
export async function bundleForNode(entry: string): Promise<string> {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-child-')), 'entry.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}
