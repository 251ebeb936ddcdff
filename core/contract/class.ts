import { z } from 'zod';
import { ClassLabSchema, ClassResultSchema } from '../class/schema';
import { LanguageSchema } from '../session/settings-schema';
import { FailureSchema } from './failure';
import { CsvDialectSchema, SavedSchema } from './files';

// The Class page's calls: the lecturer's view of a folder of students' work, read by the same
// builder as `proxlab class`. Main keeps the class it read last: the exports and the printed
// summary are of it.

const JobId = z.string().min(1).max(64);
const Folder = z.string().min(1).max(4096);

export const ClassProgressSchema = z.object({
  jobId: JobId,
  /** Captures handed to the analysis so far, and how many of them are done. */
  files: z.number().int().nonnegative(),
  filesDone: z.number().int().nonnegative(),
  bytesRead: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
});
export type ClassProgress = z.infer<typeof ClassProgressSchema>;

export const classCalls = {
  /** The system's folder dialog; null when cancelled. */
  'class.chooseFolder': { input: z.undefined(), output: z.string().nullable() },
  /** Reads the folder with the lab definition given (progress as class.progress events). */
  'class.open': {
    input: z.object({ jobId: JobId, folder: Folder, lab: ClassLabSchema.nullable() }),
    output: z.union([
      z.object({ ok: z.literal(true), result: ClassResultSchema }),
      /** cancelled: class.cancel stopped it; otherwise problem says why the folder could not be read. */
      z.object({ ok: z.literal(false), cancelled: z.boolean(), problem: FailureSchema.nullable() }),
    ]),
  },
  'class.cancel': { input: z.object({ jobId: JobId }), output: z.boolean() },
  /** Opens a .proxlab-class file the user picks (lab null and problem null: cancelled). */
  'class.openLab': {
    input: z.undefined(),
    output: z.object({ lab: ClassLabSchema.nullable(), path: z.string().nullable(), problem: FailureSchema.nullable() }),
  },
  'class.saveLab': { input: z.object({ lab: ClassLabSchema }), output: SavedSchema },
  /** The class read last as `proxlab class --csv` writes it, headed in `language`, in the spreadsheet dialect asked for, to a file the user picks. */
  'class.saveCsv': { input: z.object({ dialect: CsvDialectSchema, language: LanguageSchema }), output: SavedSchema },
  /** The class read last, as `proxlab class --json` prints it, to a file the user picks. */
  'class.saveJson': { input: z.undefined(), output: SavedSchema },
  /** The one-page summary of the class read last, printed to a PDF the user picks. */
  'class.savePdf': { input: z.object({ language: LanguageSchema }), output: SavedSchema },
  /** The class read last, for the printed summary; null before a folder was read. */
  'class.current': { input: z.undefined(), output: ClassResultSchema.nullable() },
} as const;

export const classEvents = {
  'class.progress': ClassProgressSchema,
} as const;
