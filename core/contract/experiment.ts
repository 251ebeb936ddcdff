import { z } from 'zod';
import { GuestActionSchema, PlanSchema } from '../experiment/plan-schema';
import { ExperimentRunSchema, RunStateSchema, SampleSchema } from '../experiment/run-schema';
import { FailureSchema } from './failure';
import { CsvDialectSchema } from './files';

// The Experiment page's calls and events (api.ts spreads them into the one contract).

const ProfileId = z.string().min(1).max(64);
const Node = z.string().min(1).max(100);

const failed = z.object({ ok: z.literal(false), error: FailureSchema });
const outcome = <T extends z.ZodType>(value: T) => z.union([z.object({ ok: z.literal(true), value }), failed]);

const CurrentSchema = z.object({ run: ExperimentRunSchema.nullable(), active: z.boolean(), profileId: z.string().nullable() });

export const PlanFieldProblemSchema = z.union([
  z.object({ field: z.string(), code: z.enum(['required', 'notInteger', 'duplicate', 'invalid']) }),
  z.object({ field: z.string(), code: z.literal('tooSmall'), min: z.number() }),
  z.object({ field: z.string(), code: z.literal('tooBig'), max: z.number() }),
]);

export const experimentCalls = {
  /** The connections a run can use (made on the Connect page) and the session's latest run. */
  'experiment.context': {
    input: z.undefined(),
    output: z.object({ profiles: z.array(z.object({ id: z.string(), name: z.string(), node: z.string().nullable() })), current: CurrentSchema }),
  },
  'experiment.guests': {
    input: z.object({ profileId: ProfileId, node: Node }),
    output: outcome(
      z.array(z.object({ vmid: z.number(), name: z.string(), type: z.enum(['qemu', 'lxc']), status: z.string(), maxmem: z.number().nullable() })),
    ),
  },
  /** The plan form's fields checked, each problem tied to its field. */
  'experiment.validatePlan': {
    input: z.object({ plan: z.record(z.string(), z.unknown()) }),
    output: z.union([z.object({ ok: z.literal(true), plan: PlanSchema }), z.object({ ok: z.literal(false), problems: z.array(PlanFieldProblemSchema) })]),
  },
  /** Every guest the run will stop or start, for the one confirmation. */
  'experiment.preview': {
    input: z.object({ profileId: ProfileId, plan: PlanSchema }),
    output: outcome(
      z.object({ node: z.string(), actions: z.array(GuestActionSchema), runningNow: z.array(z.number()), guestNames: z.record(z.string(), z.string()) }),
    ),
  },
  /** Starts after the confirmation; refused (nothing touched) when the actions would differ. */
  'experiment.start': {
    input: z.object({ profileId: ProfileId, plan: PlanSchema, confirmedActions: z.array(GuestActionSchema) }),
    output: outcome(ExperimentRunSchema),
  },
  'experiment.pause': { input: z.undefined(), output: outcome(RunStateSchema) },
  'experiment.resume': { input: z.undefined(), output: outcome(RunStateSchema) },
  'experiment.abort': { input: z.undefined(), output: outcome(ExperimentRunSchema) },
  /** Continues the session's interrupted run (reopened after a crash) from its first incomplete step. */
  'experiment.resumeInterrupted': { input: z.object({ profileId: ProfileId }), output: outcome(ExperimentRunSchema) },
  'experiment.results': { input: z.undefined(), output: CurrentSchema },
  'experiment.manualBegin': { input: z.object({ profileId: ProfileId, plan: PlanSchema }), output: outcome(ExperimentRunSchema) },
  /** Measures the node as it is now: one step of the plan's samples, labelled. */
  'experiment.snapshot': { input: z.object({ label: z.string().max(100) }), output: outcome(ExperimentRunSchema) },
  'experiment.manualFinish': { input: z.undefined(), output: outcome(ExperimentRunSchema) },
  /** Saves the latest run as CSV (the results table, in the dialect asked for) or JSON (every sample); path null when cancelled. */
  'experiment.export': {
    input: z.object({ format: z.enum(['csv', 'json']), dialect: CsvDialectSchema.default('comma') }),
    output: outcome(z.object({ path: z.string().nullable() })),
  },
} as const;

export const ExperimentProgressSchema = z.object({
  state: RunStateSchema,
  phase: z.enum(['preparing', 'changing-guests', 'settling', 'sampling', 'restoring', 'finished', 'snapshot']),
  stepPosition: z.number().int(),
  stepCount: z.number().int(),
  stepLabel: z.string().nullable(),
  settleRemaining: z.number().nullable(),
  samplesTaken: z.number().int(),
  latest: SampleSchema.nullable(),
});

export const experimentEvents = {
  'experiment.progress': ExperimentProgressSchema,
} as const;
