import { z } from 'zod';
import { GuestActionSchema, PlanSchema } from './plan-schema';

// What an experiment run keeps on disk, sample by sample (docs/cli.md §experiment show).

export const EXPERIMENT_SCHEMA = 'proxlab.experiment/1';

export const MemoryMeaningSchema = z.enum(['total-minus-free', 'total-minus-available']);

export const SampleSchema = z.object({
  time: z.string(),
  memUsed: z.number(),
  memTotal: z.number(),
  memFree: z.number(),
  memAvailable: z.number().nullable(),
  /** Which definition of "used" PVE applied (docs/proxmox.md §Memory: it changed in 8.4). */
  memUsedMeaning: MemoryMeaningSchema,
  /** Fraction 0..1 of all CPUs, as PVE gives it. */
  cpu: z.number(),
  loadavg: z.tuple([z.number(), z.number(), z.number()]),
  swapUsed: z.number(),
  swapTotal: z.number(),
  ksmShared: z.number(),
  /**
   * The planned guests' host-side memory: the guest list's `mem` (up to PVE 8 an estimate from
   * the QEMU process's resident memory, from PVE 9 its cgroup's usage), what the node's RAM grows
   * by, and not the guest's own view that PVE's pages show.
   */
  guests: z.array(z.object({ vmid: z.number(), mem: z.number().nullable(), maxmem: z.number().nullable() })),
});
export type Sample = z.infer<typeof SampleSchema>;

export const StepSchema = z.object({
  index: z.number().int(),
  label: z.string(),
  repetition: z.number().int(),
  running: z.array(z.number()),
  complete: z.boolean(),
  samples: z.array(SampleSchema),
});
export type Step = z.infer<typeof StepSchema>;

export const RunEventSchema = z.object({
  time: z.string(),
  kind: z.enum(['start-requested', 'running', 'shutdown-requested', 'stopped', 'settle-begin', 'sampling-begin', 'paused', 'resumed']),
  vmid: z.number().nullable(),
  step: z.number().int().nullable(),
});
export type RunEvent = z.infer<typeof RunEventSchema>;

export const RunStateSchema = z.enum(['pending', 'running', 'paused', 'interrupted', 'done', 'failed', 'aborted']);
export type RunState = z.infer<typeof RunStateSchema>;

/**
 * planned: the runner starts the plan's guests itself. manual: the students start guests in
 * PVE's own UI and ProxLab takes a labelled snapshot (one step) whenever they ask.
 */
export const RunModeSchema = z.enum(['planned', 'manual']);
export type RunMode = z.infer<typeof RunModeSchema>;

/**
 * Where a run measured, so it can be resumed without asking again: the node's address and the
 * connection profile's name in the app (null from the command line). Never a secret: those stay
 * with the profile or the environment.
 */
export const RunConnectionSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  profile: z.string().nullable(),
});
export type RunConnection = z.infer<typeof RunConnectionSchema>;

export const ExperimentRunSchema = z.object({
  schema: z.literal(EXPERIMENT_SCHEMA),
  mode: RunModeSchema.default('planned'),
  plan: PlanSchema,
  /** The planned guests' names on the node when the run began (chart markers, tables). */
  guestNames: z.record(z.string(), z.string()).default({}),
  state: RunStateSchema,
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  pveVersion: z.string().nullable(),
  /** null for runs recorded before it was kept. */
  connection: RunConnectionSchema.nullable().default(null),
  /** Planned guests that were running before the run touched anything (for restoring). */
  initiallyRunning: z.array(z.number()).nullable(),
  /**
   * The guest actions the user confirmed before the run began: the runner does these and
   * nothing else. Null in runs written before the list was kept; the runner then takes the list
   * the user was shown, worked out from the plan and the guests running when the run began.
   */
  confirmedActions: z.array(GuestActionSchema).nullable().default(null),
  steps: z.array(StepSchema),
  events: z.array(RunEventSchema),
  failure: z
    .object({
      message: z.string(),
      vmid: z.number().nullable(),
      upid: z.string().nullable(),
      log: z.array(z.string()),
      /** The failure in both languages, when ProxLab itself refused to go on. */
      problem: z.object({ en: z.string(), id: z.string() }).nullable().default(null),
    })
    .nullable(),
});
export type ExperimentRun = z.infer<typeof ExperimentRunSchema>;
