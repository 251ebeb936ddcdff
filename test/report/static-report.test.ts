import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { findAssetsDir, loadDemoSession } from '../../electron/session/demo';
import { buildLabReportModel } from '../../electron/report/model';
import { renderReportHtml, type ReportHtml } from '../../electron/report/html';
import { selfContainedReportCss } from '../../electron/report/assets';
import { reportHtml } from '../../renderer/report/static-html';

// Save as HTML runs the renderer's static rendering from its own bundle (out/report/static-report.js),
// so that main.js and the CLI carry no React. The bundle must say what the source says.

const root = fileURLToPath(new URL('../..', import.meta.url));
// Fails to type-check when the renderer's function and the signature html.ts expects part ways.
const expected: ReportHtml = reportHtml;

describe('the report as static HTML from its own bundle', () => {
  it('renders the demo report exactly as the renderer source does, in both languages', async () => {
    const model = buildLabReportModel(await loadDemoSession(findAssetsDir(root)!), { demo: true });
    const css = await selfContainedReportCss(root);
    for (const language of ['id', 'en'] as const) {
      const html = await renderReportHtml(model, language, root);
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toBe(expected(model, language, css));
    }
  });
});
