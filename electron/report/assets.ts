import { readFile } from 'node:fs/promises';
import path from 'node:path';

// The report's stylesheet with its fonts inlined as data: URLs, for HTML that must stand alone
// (the command line, Save as HTML). Read from the build (the project's out/ or the packaged
// app's): scripts/build.mjs copies renderer/report/print.css to out/report/, whose font URLs
// (../../assets/fonts/…) then point at assets/fonts as they do from the source.

export const PRINT_CSS = path.join('out', 'report', 'print.css');

export async function selfContainedReportCss(root: string): Promise<string> {
  const css = await readFile(path.join(root, PRINT_CSS), 'utf8');
  const fonts = [...new Set([...css.matchAll(/url\('(\.\.\/\.\.\/assets\/fonts\/[^']+\.woff2)'\)/g)].map((m) => m[1]))];
  let inlined = css;
  for (const font of fonts) {
    const data = await readFile(path.join(root, path.dirname(PRINT_CSS), font));
    inlined = inlined.replaceAll(`url('${font}')`, `url('data:font/woff2;base64,${data.toString('base64')}')`);
  }
  return inlined;
}
