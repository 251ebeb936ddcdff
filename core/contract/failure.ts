import { z } from 'zod';

// The one shape of failure the contract carries: main names what went wrong (a catalogue key
// and its parameters) and whoever shows it, page or command line, words it in its own language
// with failureText (core/failure-text.ts). An Error thrown across IPC would keep only its
// English text.

export const FailureParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const FailureSchema = z.object({
  /** What went wrong, for code to branch on (a ProxmoxErrorKind, `session-file`, `unexpected`, …). */
  kind: z.string(),
  messageKey: z.string(),
  params: FailureParamsSchema,
  /** English, for logs. */
  message: z.string(),
});
export type Failure = z.infer<typeof FailureSchema>;
