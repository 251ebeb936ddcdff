import { z } from 'zod';
import { NotRegularFileError, readRegularFile } from '../files/read-regular';
import { ExperimentRunSchema } from '../../core/experiment/run-schema';
import { asReopened } from '../experiment/run-model';
import { writeFileAtomic } from './atomic-file';
import { LabSchema } from '../../core/session/lab-schema';
import { IdentitySchema } from '../../core/session/identity-schema';
import { ProvenanceSchema } from '../../core/session/provenance-schema';
import { CaptureAnalysisSchema } from './analysis';
import { MIGRATIONS } from './migrations';

// The .proxlab session: everything a report needs, readable with neither the captures nor the
// Proxmox node at hand. JSON with a schema version; older versions are migrated on open.

export const SESSION_SCHEMA_VERSION = 3;

export const SessionSchema = z.object({
  schema: z.literal('proxlab.session'),
  version: z.literal(SESSION_SCHEMA_VERSION),
  identity: IdentitySchema,
  lab: LabSchema.default(LabSchema.parse({})),
  experiments: z.array(ExperimentRunSchema).default([]),
  analyses: z.array(CaptureAnalysisSchema).default([]),
  provenance: ProvenanceSchema.default(ProvenanceSchema.parse({})),
  notes: z.string().default(''),
  conclusion: z.string().nullable().default(null),
});
export type Session = z.infer<typeof SessionSchema>;

export function newSession(): Session {
  return SessionSchema.parse({ schema: 'proxlab.session', version: SESSION_SCHEMA_VERSION, identity: {} });
}

export class SessionFileError extends Error {
  constructor(
    readonly messageKey: 'session.error.unreadable' | 'session.error.notSession' | 'session.error.newer',
    message: string,
  ) {
    super(message);
  }
}

export function parseSession(text: string): Session {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new SessionFileError('session.error.unreadable', 'the session file is not valid JSON');
  }
  if (typeof document !== 'object' || document === null || (document as { schema?: unknown }).schema !== 'proxlab.session') {
    throw new SessionFileError('session.error.notSession', 'this is not a ProxLab session file');
  }
  let current = document as Record<string, unknown>;
  let version = Number(current.version);
  if (version > SESSION_SCHEMA_VERSION) {
    throw new SessionFileError('session.error.newer', `the session was written by a newer ProxLab (format ${version})`);
  }
  while (version < SESSION_SCHEMA_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) throw new SessionFileError('session.error.unreadable', `no migration from session format ${version}`);
    current = { ...migrate(current), version: ++version };
  }
  const parsed = SessionSchema.safeParse(current);
  if (!parsed.success) throw new SessionFileError('session.error.unreadable', `the session file is damaged: ${parsed.error.issues[0]?.message}`);
  return { ...parsed.data, experiments: parsed.data.experiments.map(asReopened) };
}

/** Far above any real session (a day of samples every second is about 40 MB). */
const SESSION_MAX_BYTES = 256 << 20;

export async function loadSession(path: string): Promise<Session> {
  let text: string;
  try {
    text = await readRegularFile(path, SESSION_MAX_BYTES, 'utf8');
  } catch (error) {
    if (error instanceof NotRegularFileError) throw new SessionFileError('session.error.notSession', error.message);
    throw error;
  }
  return parseSession(text);
}

export async function saveSession(path: string, session: Session): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(SessionSchema.parse(session), null, 1));
}
