import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What esbuild put into each Node bundle, from the metafiles scripts/build.mjs writes to out/meta/.
// The main process, the preload, the capture worker and the CLI (with every command bundle it may
// load) carry no React, no Chart.js and no i18next (the CLI translates with core/catalogue.ts): those
// belong to the renderer and to the static report bundle.
// The renderer (built by Vite, without a metafile) and the static report carry no zod: its probe of
// `new Function` breaks under the renderer's CSP; the renderer takes only types from core/'s schemas.

const UI_PACKAGES = /(^|\/)node_modules\/(react|react-dom|react-i18next|i18next|scheduler|chart\.js|chartjs-plugin-annotation)\//;

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const built = (file: string) => readFileSync(new URL(`../../out/${file}`, import.meta.url), 'utf8');

function uiInputs(bundle: string): Record<string, string[]> {
  const meta = JSON.parse(built(`meta/${bundle}.json`)) as Metafile;
  return Object.fromEntries(
    Object.entries(meta.outputs)
      .filter(([output]) => output.endsWith('.js') || output.endsWith('.cjs'))
      .map(([output, { inputs }]) => [
        output,
        [
          ...new Set(
            Object.keys(inputs)
              .filter((input) => UI_PACKAGES.test(input))
              .map((input) => input.match(UI_PACKAGES)![2]),
          ),
        ],
      ]),
  );
}

/** The commands' bundles are built together; their metafile is named after the first, analyze. */
const CLI_COMMANDS = 'analyze';

describe('the built bundles', () => {
  it.each(['main', 'preload', 'capture-worker', 'cli', CLI_COMMANDS])('out/%s carries no React, Chart.js or i18next', (bundle) => {
    const found = uiInputs(bundle);
    expect(Object.keys(found).length).toBeGreaterThan(0);
    expect(Object.entries(found).filter(([, packages]) => packages.length > 0)).toEqual([]);
  });

  it("the commands' metafile covers every command bundle", () => {
    expect(Object.keys(uiInputs(CLI_COMMANDS))).toEqual(
      expect.arrayContaining(['analyze', 'class', 'experiment-run', 'experiment-show', 'node-status', 'report'].map((name) => `out/cli-commands/${name}.js`)),
    );
  });

  it('React and i18next are in the static report bundle, where the check would see them', () => {
    expect(uiInputs('static-report')['out/report/static-report.js']).toEqual(expect.arrayContaining(['react', 'react-dom', 'i18next']));
  });

  it('the renderer and the static report carry no zod', () => {
    // A name every zod 4 build keeps; the main process, which validates the contract, shows it is one.
    const ZOD_MARKER = '"$ZodType"';
    expect(built('main.js')).toContain(ZOD_MARKER);
    const assets = readdirSync(new URL('../../out/renderer/assets/', import.meta.url)).filter((file) => file.endsWith('.js'));
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((file) => built(`renderer/assets/${file}`).includes(ZOD_MARKER))).toEqual([]);
    const staticReport = JSON.parse(built('meta/static-report.json')) as Metafile;
    expect(
      Object.values(staticReport.outputs)
        .flatMap(({ inputs }) => Object.keys(inputs))
        .filter((input) => input.includes('node_modules/zod/')),
    ).toEqual([]);
  });
});
