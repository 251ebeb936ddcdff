import type { ExperimentRun } from '../../core/experiment/run-schema';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadSession, newSession, saveSession, SessionFileError, type Session } from './session-file';
import { loadDemoSession } from './demo';
import { withRecentSession, type SettingsStore } from './settings';
import type { SessionOutcome, SessionState } from '../../core/contract/session';
import type { Failure } from '../../core/contract/failure';
import { failure } from '../failure';
import type { CaptureAnalysis } from './analysis';
import type { Lab } from '../../core/session/lab';
import { fillLab } from '../../core/session/lab-fill';
import { fileNameFrom } from '../files/chosen-file';
import { APP_PROGRAM, lockSession, SessionInUseError, type SessionLock } from './session-lock';

// The open session: what file it came from, whether it has unsaved changes, and autosave.
// The demo session is read-only: saving it always asks for a new file.

export interface SessionDialogs {
  chooseSessionToOpen(): Promise<string | null>;
  chooseSessionTarget(suggestedName: string): Promise<string | null>;
}

export interface SessionServiceOptions {
  settings: SettingsStore;
  dialogs: SessionDialogs;
  /** Where demo.proxlab lives; null when the build has no assets (then there is no demo). */
  assetsDir: string | null;
  /** True once a Proxmox connection profile exists: then the app starts on an empty session, not the demo. */
  hasProxmoxProfiles(): boolean;
  /** Told every change of the open session (another file, an edit, a run, a save), so the window can show it. */
  onChange?(state: SessionState): void;
}

export interface SessionService {
  /** Reopens the last session, or the demo when nothing is configured, or a new session. */
  start(): Promise<void>;
  state(): SessionState;
  current(): { session: Session; path: string | null; demo: boolean };
  create(): SessionState;
  open(path?: string): Promise<SessionOutcome>;
  save(): Promise<SessionOutcome>;
  saveAs(): Promise<SessionOutcome>;
  update(patch: {
    identity?: Partial<Session['identity']>;
    notes?: string;
    conclusion?: string | null;
    analyses?: CaptureAnalysis[];
    lab?: Lab;
  }): Promise<SessionOutcome>;
  /**
   * Puts an experiment run (new, or a newer state of one already there, matched by its start
   * time) into the open session. A run measured while the demo is open starts the student's own
   * session: the demo's figures are never mixed with measured ones.
   */
  upsertExperiment(run: ExperimentRun): Promise<SessionOutcome>;
  /**
   * The environment a run read from the node: fills only the lab's empty fields, so nothing the
   * student typed is replaced behind their back. Like a run, it never goes into the demo.
   */
  recordLab(measured: Lab): Promise<SessionOutcome>;
  setAutosave(enabled: boolean): SessionState;
  /** The bundled demo session, whatever session is open (null when the build has no assets). */
  demo(): Promise<Session | null>;
  /** A session file as it is on disk, to look at: nothing is locked, and the open session stays open. */
  read(file: string): Promise<Session>;
}

const problemOf = (error: unknown, otherwise: 'session.error.unwritable' | 'session.error.unreadable'): Failure => {
  if (error instanceof SessionInUseError) return failure('session-in-use', error.messageKey, error.params, error.message);
  if (error instanceof SessionFileError) return failure('session-file', error.messageKey, {}, error.message);
  return failure('io', otherwise, {}, error instanceof Error ? error.message : String(error));
};

export function createSessionService(options: SessionServiceOptions): SessionService {
  const { settings } = options;
  let session = newSession();
  let file: string | null = null;
  let demo = false;
  let dirty = false;
  // How the demo was left, until the student saves or opens another session: the page says so.
  let leftDemo: SessionState['leftDemo'] = null;
  // The open file stays locked while it is open: autosave writes the app's copy over it at any edit.
  let lock: SessionLock | null = null;

  /** Locks `target` unless it is the file already locked. */
  const lockFor = async (target: string): Promise<SessionLock> => (lock && lock.file === target ? lock : lockSession(target, APP_PROGRAM));
  const keepLock = (next: SessionLock | null) => {
    if (lock && lock !== next) lock.release();
    lock = next;
  };

  const state = (): SessionState => ({
    path: file,
    demo,
    dirty,
    leftDemo,
    autosave: settings.read().autosave,
    identity: session.identity,
    conclusion: session.conclusion,
    recent: settings.read().recentSessions,
  });
  const changed = () => options.onChange?.(state());
  const outcome = (extra: Partial<SessionOutcome> = {}): SessionOutcome => ({ state: state(), problem: null, cancelled: false, ...extra });
  const remember = (target: string) => settings.write(withRecentSession(settings.read(), target));

  async function writeTo(requested: string): Promise<SessionOutcome> {
    const target = path.resolve(requested);
    let taken: SessionLock | null = null;
    try {
      taken = await lockFor(target);
      await saveSession(target, session);
    } catch (error) {
      if (taken && taken !== lock) taken.release();
      return outcome({ problem: problemOf(error, 'session.error.unwritable') });
    }
    keepLock(taken);
    file = target;
    demo = false;
    dirty = false;
    leftDemo = null;
    remember(target);
    changed();
    return outcome();
  }

  /** Measured figures start the student's own session: the demo's are never mixed with them. */
  function leaveDemo(): void {
    if (!demo) return;
    session = newSession();
    demo = false;
    file = null;
    keepLock(null);
    leftDemo = 'run';
  }

  async function saveAs(): Promise<SessionOutcome> {
    const suggested = `${fileNameFrom(session.identity.title || 'praktikum')}.proxlab`;
    const target = await options.dialogs.chooseSessionTarget(suggested);
    return target ? writeTo(target) : outcome({ cancelled: true });
  }

  return {
    async start() {
      const last = settings.read().recentSessions.find((p) => existsSync(p));
      if (last) {
        const opened = await this.open(last);
        if (!opened.problem) return;
      }
      if (!options.hasProxmoxProfiles() && options.assetsDir) {
        session = await loadDemoSession(options.assetsDir);
        demo = true;
        changed();
      }
    },
    state,
    current: () => ({ session, path: file, demo }),
    create() {
      session = newSession();
      file = null;
      keepLock(null);
      demo = false;
      dirty = false;
      leftDemo = null;
      changed();
      return state();
    },
    async open(requested) {
      const target = requested ?? (await options.dialogs.chooseSessionToOpen());
      if (!target) return outcome({ cancelled: true });
      const resolved = path.resolve(target);
      let taken: SessionLock | null = null;
      try {
        taken = await lockFor(resolved);
        session = await loadSession(resolved);
      } catch (error) {
        if (taken && taken !== lock) taken.release();
        return outcome({ problem: problemOf(error, 'session.error.unreadable') });
      }
      keepLock(taken);
      file = resolved;
      demo = false;
      dirty = false;
      leftDemo = null;
      remember(file);
      changed();
      return outcome();
    },
    save: () => (file && !demo ? writeTo(file) : saveAs()),
    saveAs,
    async update(patch) {
      // The demo stays read-only, and its published figures never reach a student's report
      // unasked: an edit starts the student's own session holding only what they changed.
      if (demo) {
        session = newSession();
        demo = false;
        file = null;
        leftDemo = 'edit';
      }
      session = {
        ...session,
        identity: { ...session.identity, ...patch.identity },
        notes: patch.notes ?? session.notes,
        conclusion: patch.conclusion === undefined ? session.conclusion : patch.conclusion,
        analyses: patch.analyses ?? session.analyses,
        lab: patch.lab ?? session.lab,
      };
      dirty = true;
      if (file && settings.read().autosave) return writeTo(file);
      changed();
      return outcome();
    },
    demo: async () => (options.assetsDir ? loadDemoSession(options.assetsDir) : null),
    read: (target) => loadSession(target),
    async upsertExperiment(run) {
      leaveDemo();
      const others = session.experiments.filter((r) => r.createdAt !== run.createdAt);
      const at = session.experiments.findIndex((r) => r.createdAt === run.createdAt);
      const experiments = at < 0 ? [...others, run] : [...others.slice(0, at), run, ...others.slice(at)];
      session = { ...session, experiments };
      dirty = true;
      if (file && settings.read().autosave) return writeTo(file);
      changed();
      return outcome();
    },
    async recordLab(measured) {
      leaveDemo();
      session = { ...session, lab: fillLab(session.lab, measured) };
      dirty = true;
      if (file && settings.read().autosave) return writeTo(file);
      changed();
      return outcome();
    },
    setAutosave(enabled) {
      settings.write({ ...settings.read(), autosave: enabled });
      changed();
      return state();
    },
  };
}
