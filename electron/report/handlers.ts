import { writeFileAtomic } from '../session/atomic-file';
import type { SessionService } from '../session/service';
import { buildLabReportModel } from './model';
import type { ExportDialogs, ReportPrinter } from './printer';
import type { reportCalls } from '../../core/contract/report';
import type { DomainHandlers } from '../handler-types';
import type { LabReportModel } from '../../core/report/model';
import type { Language } from '../../core/language';
import type { ReportFigure } from '../../core/report/figures-schema';
import { withPdfInfo } from './pdf-info';
import { groupAuthor } from '../../core/identity';
import { fileFailure } from '../files/file-failure';

export interface ReportServices {
  printer: ReportPrinter;
  dialogs: ExportDialogs;
  /** The self-contained HTML of a report with its charts as images (electron/report/html.ts). */
  html(model: LabReportModel, language: Language, figures: readonly ReportFigure[]): Promise<string>;
}

const baseName = (sessions: SessionService) =>
  (sessions.current().session.identity.title || 'laporan-praktikum')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .trim()
    .slice(0, 80);

export function reportHandlers(sessions: SessionService, reports: ReportServices): DomainHandlers<typeof reportCalls> {
  const saveTo = async (kind: 'pdf' | 'html', suggested: string, produce: () => Promise<string | Uint8Array>) => {
    const target = await reports.dialogs.chooseExportTarget(kind, suggested);
    if (!target) return { path: null, problem: null };
    try {
      await writeFileAtomic(target, await produce());
      return { path: target, problem: null };
    } catch (error) {
      return { path: null, problem: fileFailure(error, 'save', target) };
    }
  };
  const model = () => {
    const { session, demo } = sessions.current();
    return buildLabReportModel(session, { demo });
  };
  return {
    'report.model': async () => model(),
    'report.savePdf': ({ language }) =>
      saveTo('pdf', `${baseName(sessions)}.pdf`, async () =>
        withPdfInfo(await reports.printer.toPdf(language), { author: groupAuthor(sessions.current().session.identity) }),
      ),
    'report.print': async ({ language }) => ({ printed: await reports.printer.print(language) }),
    'report.saveHtml': ({ language }) =>
      saveTo('html', `${baseName(sessions)}.html`, async () => reports.html(model(), language, await reports.printer.figures(language))),
  };
}
