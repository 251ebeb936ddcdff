import { z } from 'zod';

// The experiment plan, as docs/cli.md §Plan file fixes its JSON. Step k (k = 0..guests.length) has
// the first k planned guests running.

export const PlanSchema = z.object({
  node: z.string().min(1),
  guests: z
    .array(z.number().int().min(100).max(999_999_999))
    .min(1)
    .refine((g) => new Set(g).size === g.length, 'a guest is listed twice'),
  settleSeconds: z.number().min(0).max(3600).default(60),
  intervalSeconds: z.number().min(0.5).max(600).default(2),
  samplesPerStep: z.number().int().min(1).max(10_000).default(30),
  repetitions: z.number().int().min(1).max(100).default(1),
  stopPlannedGuestsFirst: z.boolean().default(true),
  restoreAtEnd: z.boolean().default(true),
});
export type Plan = z.infer<typeof PlanSchema>;

export const GuestActionSchema = z.object({ kind: z.enum(['start', 'shutdown']), vmid: z.number().int() });
export type GuestAction = z.infer<typeof GuestActionSchema>;
