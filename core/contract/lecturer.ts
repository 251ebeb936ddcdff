import { z } from 'zod';

// Lecturer mode: the projector view. Offline it replays the demo session's scenario 1 steps
// (the seed paper's node with 0 to 3 VMs), so the class sees memory grow without a node.

const DemoStep = z.object({
  label: z.string(),
  /** Names of the guests running in this step. */
  running: z.array(z.string()),
  memUsedBytes: z.number(),
  memTotalBytes: z.number(),
  /** Fraction 0..1 of all CPUs, as the live samples carry it. */
  cpu: z.number(),
});
export type LecturerDemoStep = z.infer<typeof DemoStep>;

export const LecturerDemoSchema = z.object({
  node: z.string().nullable(),
  cpus: z.number().nullable(),
  guests: z.array(z.object({ vmid: z.number().nullable(), name: z.string() })),
  steps: z.array(DemoStep),
});
export type LecturerDemo = z.infer<typeof LecturerDemoSchema>;

export const lecturerCalls = {
  /** null when the build has no demo session. */
  'lecturer.demo': { input: z.undefined(), output: LecturerDemoSchema.nullable() },
} as const;
