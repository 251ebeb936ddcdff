import { z } from 'zod';
import { LanguageSchema } from '../session/settings-schema';
import type { LabReportModel } from '../report/model';
import { SavedSchema } from './files';

// Report calls: the model of the open session, and the three ways out (PDF, print, HTML).

export const reportCalls = {
  /** Built in main from the open session; the renderer only formats it. */
  'report.model': { input: z.undefined(), output: z.custom<LabReportModel>((value) => typeof value === 'object' && value !== null) },
  /** Prints the report route in a hidden window to a PDF file the user picks (path null: cancelled). */
  'report.savePdf': { input: z.object({ language: LanguageSchema }), output: SavedSchema },
  /** Opens the system print dialog for the report route. */
  'report.print': { input: z.object({ language: LanguageSchema }), output: z.object({ printed: z.boolean() }) },
  /** Writes the report as one self-contained HTML file (stylesheet and fonts inlined) the user picks. */
  'report.saveHtml': { input: z.object({ language: LanguageSchema }), output: SavedSchema },
} as const;
