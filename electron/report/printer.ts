import type { Language } from '../../core/language';
import type { ReportFigure } from '../../core/report/figures-schema';

/** The printable routes: the student's report, and the lecturer's one-page class summary. */
export type PrintRoute = 'report' | 'class-summary';

/** Renders the report route to paper or PDF: Electron's printToPDF in the app (electron/adapters/print.ts). */
export interface ReportPrinter {
  toPdf(language: Language, route?: PrintRoute): Promise<Uint8Array>;
  /** The report's charts as the route drew them, as images for the standalone HTML. */
  figures(language: Language): Promise<ReportFigure[]>;
  /** Shows the system print dialog; false when the user cancelled it. */
  print(language: Language): Promise<boolean>;
}

export interface ExportDialogs {
  chooseExportTarget(kind: 'pdf' | 'html', suggestedName: string): Promise<string | null>;
}
