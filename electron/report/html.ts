import type { Language } from '../session/settings';
import type { ReportModel } from './model';
import type { ReportFigure } from './figures';
import { selfContainedReportCss } from './assets';
import { reportHtml } from '../../renderer/report/static-html';

/**
 * The report as one self-contained HTML document, with the stylesheet read from `root` and the
 * charts as the images a browser drew (`figures`); without them the charts are described.
 */
export async function renderReportHtml(model: ReportModel, language: Language, root: string, figures: readonly ReportFigure[] = []): Promise<string> {
  return reportHtml(model, language, await selfContainedReportCss(root), figures);
}
