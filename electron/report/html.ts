import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Language } from '../../core/language';
import type { LabReportModel } from '../../core/report/model';
import type { ReportFigure } from '../../core/report/figures-schema';
import { selfContainedReportCss } from './assets';

// The renderer draws the report with React; the main process and the CLI carry no React. The
// renderer's static rendering (renderer/report/static-html.tsx) is built as its own bundle,
// out/report/static-report.js, and loaded from the build when a report is saved as HTML.

export const STATIC_REPORT = path.join('out', 'report', 'static-report.js');

/** What out/report/static-report.js exports (test/report/static-report.test.ts holds the two together). */
export type ReportHtml = (model: LabReportModel, language: Language, css: string, figures?: readonly ReportFigure[]) => string;

/**
 * The report as one self-contained HTML document, with the stylesheet and the renderer read from
 * the build under `root` and the charts as the images a browser drew (`figures`); without them
 * the charts are described.
 */
export async function renderReportHtml(model: LabReportModel, language: Language, root: string, figures: readonly ReportFigure[] = []): Promise<string> {
  const { reportHtml } = (await import(pathToFileURL(path.join(root, STATIC_REPORT)).href)) as { reportHtml: ReportHtml };
  return reportHtml(model, language, await selfContainedReportCss(root), figures);
}
