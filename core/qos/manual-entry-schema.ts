import { z } from 'zod';

// Manual entry: a student who has only Wireshark's dialog types the three numbers it shows
// (and, if they have them, loss, delay and jitter) and is graded the same way.

export const ManualEntrySchema = z.object({
  packets: z.number().int().positive(),
  bytes: z.number().int().nonnegative(),
  timeSpanSeconds: z.number().positive(),
  lossPercent: z.number().min(0).max(100).nullable().default(null),
  delayMs: z.number().nonnegative().nullable().default(null),
  jitterMs: z.number().nonnegative().nullable().default(null),
});
export type ManualEntry = z.infer<typeof ManualEntrySchema>;
