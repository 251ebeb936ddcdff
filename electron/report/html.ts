import type { Language } from '../session/settings';
import type { ReportModel } from './model';
import { selfContainedReportCss } from './assets';
import { reportHtml } from '../../renderer/report/static-html';

/** The report as one self-contained HTML document, with the stylesheet read from `root`. */
export async function renderReportHtml(model: ReportModel, language: Language, root: string): Promise<string> {
  return reportHtml(model, language, await selfContainedReportCss(root));
}
