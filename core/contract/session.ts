import { z } from 'zod';
import { IdentitySchema } from '../session/identity-schema';
import { LabSchema } from '../session/lab-schema';
import { FailureSchema } from './failure';

// Session calls: the open .proxlab session, its file and the recent list. Dialogs run in main.

export const SessionStateSchema = z.object({
  /** null for a session never saved (and for the demo, which is read-only). */
  path: z.string().nullable(),
  demo: z.boolean(),
  dirty: z.boolean(),
  /**
   * Set when the demo was just left and the result is not saved yet: "edit" (the student's edit
   * made a session of their own from the demo's figures), "run" (a measurement started a new,
   * empty one). Cleared by save, open and new.
   */
  leftDemo: z.enum(['edit', 'run']).nullable(),
  autosave: z.boolean(),
  identity: IdentitySchema,
  conclusion: z.string().nullable(),
  recent: z.array(z.string()),
});
export type SessionState = z.infer<typeof SessionStateSchema>;

const Outcome = z.object({ state: SessionStateSchema, problem: FailureSchema.nullable(), cancelled: z.boolean() });
export type SessionOutcome = z.infer<typeof Outcome>;

export const sessionEvents = {
  /** The open session changed: another file, an edit, a run, a save. */
  'session.changed': SessionStateSchema,
} as const;

export const sessionCalls = {
  'session.current': { input: z.undefined(), output: SessionStateSchema },
  'session.new': { input: z.undefined(), output: SessionStateSchema },
  /** Opens `path`, or asks for a file when none is given. */
  'session.open': { input: z.object({ path: z.string().min(1).max(4096).optional() }), output: Outcome },
  'session.save': { input: z.undefined(), output: Outcome },
  'session.saveAs': { input: z.undefined(), output: Outcome },
  'session.recent': { input: z.undefined(), output: z.array(z.string()) },
  'session.autosave': { input: z.object({ enabled: z.boolean() }), output: SessionStateSchema },
  /** The student's own text: identity, notes, conclusion (null = back to the generated one), the test environment. */
  'session.update': {
    input: z.object({
      identity: IdentitySchema.partial().optional(),
      notes: z.string().max(200_000).optional(),
      conclusion: z.string().max(200_000).nullable().optional(),
      lab: LabSchema.optional(),
    }),
    output: Outcome,
  },
} as const;
