import { z } from 'zod';
import type { CsvDialect } from '../csv';
import { FailureSchema } from './failure';

// Tables the pages hand over to be saved as a CSV file the user picks (the comparison; the
// experiment saves its own through experiment.export), and charts saved as PNG images.

/** "comma": "," and "." decimals; "semicolon": ";" and decimal commas, as Excel on Indonesian Windows reads them. */
export const CsvDialectSchema = z.enum(['comma', 'semicolon']) satisfies z.ZodType<CsvDialect>;

/** A PNG image as base64 (a chart drawn at its size on screen; 40 MB is far above a full-screen chart). */
export const PngBase64Schema = z
  .string()
  .min(1)
  .max(40_000_000)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/);

const Cell = z.union([z.string().max(10_000), z.number(), z.null()]);

/** Where the file was saved, or why it was not; both null: the user cancelled the dialog. */
export const SavedSchema = z.object({ path: z.string().nullable(), problem: FailureSchema.nullable() });
export type Saved = z.infer<typeof SavedSchema>;

export const filesCalls = {
  /** Asks where to save `rows` (header first) and writes them there as UTF-8 CSV with a BOM; path null: cancelled. */
  'csv.save': {
    input: z.object({
      suggestedName: z.string().min(1).max(200),
      rows: z.array(z.array(Cell).max(200)).min(1).max(100_000),
      dialect: CsvDialectSchema,
    }),
    output: SavedSchema,
  },
  /** Asks where to save a chart and writes the PNG there; path null: cancelled. */
  'image.save': {
    input: z.object({ suggestedName: z.string().min(1).max(200), png: PngBase64Schema }),
    output: SavedSchema,
  },
} as const;
