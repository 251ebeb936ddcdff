import { fileNameFrom, saveChosen } from '../files/chosen-file';
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

export interface ReportServices {
  printer: ReportPrinter;
  dialogs: ExportDialogs;
  /** The self-contained HTML of a report with its charts as images (electron/report/html.ts). */
  html(model: LabReportModel, language: Language, figures: readonly ReportFigure[]): Promise<string>;
}

const baseName = (sessions: SessionService) => fileNameFrom(sessions.current().session.identity.title || 'laporan-praktikum');

export function reportHandlers(sessions: SessionService, reports: ReportServices): DomainHandlers<typeof reportCalls> {
  const saveTo = async (kind: 'pdf' | 'html', suggested: string, produce: () => Promise<string | Uint8Array>) =>
    saveChosen(await reports.dialogs.chooseExportTarget(kind, suggested), produce);
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
