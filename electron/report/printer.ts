import type { Language } from '../session/settings';

/** Renders the report route to paper or PDF: Electron's printToPDF in the app (electron/adapters/print.ts). */
export interface ReportPrinter {
  toPdf(language: Language): Promise<Uint8Array>;
  /** Shows the system print dialog; false when the user cancelled it. */
  print(language: Language): Promise<boolean>;
}

export interface ExportDialogs {
  chooseExportTarget(kind: 'pdf' | 'html', suggestedName: string): Promise<string | null>;
}
