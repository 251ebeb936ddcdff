import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What esbuild put into each Node bundle, from the metafiles scripts/build.mjs writes to out/meta/.
// The main process, the preload, the capture worker and the CLI (with every command bundle it may
// load) carry no React and no Chart.js: those belong to the renderer and to the static report bundle.

const UI_PACKAGES = /(^|\/)node_modules\/(react|react-dom|react-i18next|scheduler|chart\.js|chartjs-plugin-annotation)\//;

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

function uiInputs(bundle: string): Record<string, string[]> {
  const meta = JSON.parse(readFileSync(new URL(`../../out/meta/${bundle}.json`, import.meta.url), 'utf8')) as Metafile;
  return Object.fromEntries(
    Object.entries(meta.outputs)
      .filter(([output]) => output.endsWith('.js') || output.endsWith('.cjs'))
      .map(([output, { inputs }]) => [output, [...new Set(Object.keys(inputs).filter((input) => UI_PACKAGES.test(input)).map((input) => input.match(UI_PACKAGES)![2]))]]),
  );
}

/** The commands' bundles are built together; their metafile is named after the first, analyze. */
const CLI_COMMANDS = 'analyze';

describe('the built bundles', () => {
  it.each(['main', 'preload', 'capture-worker', 'cli', CLI_COMMANDS])('out/%s carries no React or Chart.js', (bundle) => {
    const found = uiInputs(bundle);
    expect(Object.keys(found).length).toBeGreaterThan(0);
    expect(Object.entries(found).filter(([, packages]) => packages.length > 0)).toEqual([]);
  });

  it('the commands\' metafile covers every command bundle', () => {
    expect(Object.keys(uiInputs(CLI_COMMANDS))).toEqual(
      expect.arrayContaining(['analyze', 'class', 'experiment-run', 'experiment-show', 'node-status', 'report'].map((name) => `out/cli-commands/${name}.js`)),
    );
  });

  it('React is in the static report bundle, where the check would see it', () => {
    expect(uiInputs('static-report')['out/report/static-report.js']).toEqual(expect.arrayContaining(['react', 'react-dom']));
  });
});
