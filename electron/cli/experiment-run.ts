import { readRegularFile } from '../files/read-regular';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { PlanSchema, baselineBlockers, plannedActions } from '../experiment/plan';
import { newRun, type ExperimentRun } from '../experiment/run-model';
import { ExperimentRunner, type RunnerProgress } from '../experiment/runner';
import { systemClock } from '../experiment/port';
import { experimentDocument } from '../experiment/show';
import { proxmoxExperimentPort } from '../proxmox/experiment-port';
import { fillLab } from '../../core/session/lab-fill';
import { loadSession, newSession, saveSession, type Session } from '../session/session-file';
import { lockSession, SessionInUseError } from '../session/session-lock';
import { fillTemplate } from '../../core/catalogue';
import { ExperimentError, experimentMessages } from '../experiment/messages';
import { asProxmoxError } from '../proxmox/errors';
import { CONNECTION_OPTIONS, CONNECTION_USAGE, connect, exitCodeFor, hostArgument } from './proxmox-connection';
import { experimentText } from './experiment-text';
import { cliLanguage } from './lang';
import { EXIT, type CliIo } from './io';
import type { Language } from '../session/settings';

export const EXPERIMENT_RUN_USAGE = `Usage: proxlab experiment run --plan PLAN.json --session FILE.proxlab --host HOST[:PORT] AUTH TRUST [--json] [--lang id|en]
       proxlab experiment resume --session FILE.proxlab [--host HOST[:PORT]] AUTH TRUST [--json] [--lang id|en]

  run      measures the node with 0, 1, … N of the plan's guests running (docs/cli.md has the
           plan's JSON); every sample is in the session file before the next is taken, and so is
           the node's address (never a secret); the node and the planned guests fill the
           session's test environment where it is empty
  resume   continues the session's interrupted run from its first incomplete step, on the node
           the run recorded; --host overrides it (needed for runs recorded before ProxLab kept
           it). AUTH and TRUST are given again: the session holds no secret
  Either holds the session through FILE.proxlab.lock while it works: another command or the
  app is refused that file until it returns (a lock left by a process that is gone is taken over)
${CONNECTION_USAGE}
`;

/** `experiment run` and `experiment resume`; Ctrl+C stops at the next safe point and keeps every sample. */
export async function experimentRunCommand(mode: 'run' | 'resume', args: string[], io: CliIo, signals: NodeJS.EventEmitter = process): Promise<number> {
  const command = `proxlab experiment ${mode}`;
  let values;
  try {
    ({ values } = parseRunArgs(args));
  } catch (error) {
    io.stderr(`${command}: ${(error as Error).message}\n\n${EXPERIMENT_RUN_USAGE}`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout(EXPERIMENT_RUN_USAGE);
    return EXIT.ok;
  }
  const lang = cliLanguage(values.lang, io.env);
  const usage = usageError(command, io);
  if (!lang) return usage(`--lang takes id or en, not "${values.lang}"`);
  if (!values.session) return usage('--session is required');
  if (mode === 'run' && !values.plan) return usage('--plan is required');

  // The file is this command's alone until it returns: another writer would save over its samples.
  let lock;
  try {
    lock = await lockSession(values.session, command);
  } catch (error) {
    io.stderr(`${command}: ${error instanceof SessionInUseError ? error.text(lang) : (error as Error).message}\n`);
    return EXIT.partial;
  }
  try {
    return await runLocked(mode, { ...values, session: values.session, lang }, io, signals);
  } finally {
    lock.release();
  }
}

const usageError = (command: string, io: CliIo) => (why: string) => {
  io.stderr(`${command}: ${why}\n\n${EXPERIMENT_RUN_USAGE}`);
  return EXIT.usage;
};

type RunValues = ReturnType<typeof parseRunArgs>['values'] & { session: string; lang: Language };

const parseRunArgs = (args: string[]) =>
  parseArgs({
    args,
    options: {
      ...CONNECTION_OPTIONS, plan: { type: 'string' }, session: { type: 'string' }, json: { type: 'boolean', default: false },
      lang: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false },
    },
  });

async function runLocked(mode: 'run' | 'resume', values: RunValues, io: CliIo, signals: NodeJS.EventEmitter): Promise<number> {
  const command = `proxlab experiment ${mode}`;
  const { lang } = values;
  const usage = usageError(command, io);

  // The session and the run to work on, before any connection is made.
  let session: Session;
  let run: ExperimentRun;
  try {
    session = existsSync(values.session) ? await loadSession(values.session) : newSession();
    if (mode === 'run') {
      const parsed = PlanSchema.safeParse(JSON.parse(await readRegularFile(values.plan!, 1 << 20, 'utf8')));
      if (!parsed.success) return usage(`${values.plan}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      run = newRun(parsed.data, new Date());
      session.experiments.push(run);
    } else {
      const last = session.experiments.at(-1);
      if (!last || !['interrupted', 'aborted'].includes(last.state)) {
        io.stderr(`${command}: ${values.session} has no interrupted run to resume\n`);
        return EXIT.usage;
      }
      run = last;
    }
  } catch (error) {
    io.stderr(`${command}: ${(error as Error).message}\n`);
    return EXIT.partial;
  }

  const recorded = mode === 'resume' ? run.connection : null;
  const host = values.host ?? (recorded ? hostArgument(recorded.host, recorded.port) : undefined);
  if (mode === 'resume' && !host) return usage(`--host is required: the run in ${values.session} did not record its node`);
  const connection = await connect({ ...values, host }, io, lang, command, values.json);
  if ('exit' in connection) return connection.exit;
  const { client, target } = connection;
  // A run resumed on another address (--host) keeps that one; a profile name only goes with its own node.
  const sameNode = recorded !== null && recorded.host === target.host && recorded.port === target.port;
  run.connection = { ...target, profile: sameNode ? recorded.profile : null };
  const port = proxmoxExperimentPort(client);
  const proxmoxFailure = (error: unknown) => {
    const failure = asProxmoxError(error);
    if (!failure) throw error;
    io.stderr(`${command}: ${failure.text(lang)}\n`);
    return exitCodeFor(failure);
  };
  try {
    const running = await port.runningGuests(run.plan.node).catch((error: unknown) => proxmoxFailure(error));
    if (typeof running === 'number') return running;
    if (mode === 'run') {
      const blockers = baselineBlockers(run.plan, running);
      if (blockers.length) {
        io.stderr(`${command}: ${new ExperimentError('experiment.error.baselineNeedsStop', { list: blockers.join(', '), node: run.plan.node }).problem()[lang]}\n`);
        return EXIT.usage;
      }
      // The report's test environment: what the session does not hold yet, saved with the first sample.
      const environment = await port.environment(run.plan.node, run.plan.guests).catch((error: unknown) => proxmoxFailure(error));
      if (typeof environment === 'number') return environment;
      session.lab = fillLab(session.lab, environment);
      // Running the command with the plan is the user's confirmation of exactly these actions.
      run.confirmedActions = plannedActions(run.plan, running);
      io.stderr(`${command}: ${run.confirmedActions.length ? run.confirmedActions.map((a) => `${a.kind} ${a.vmid}`).join(', ') : 'no guest changes'}\n`);
    }
    const sessionFile = values.session;
    const onProgress = (p: RunnerProgress) => {
      if (!values.json) io.stderr(`${command}: ${p.phase} ${Math.min(p.stepPosition + 1, p.stepCount)}/${p.stepCount}, ${p.samplesTaken} ${p.samplesTaken === 1 ? 'sample' : 'samples'}${p.settleRemaining !== null ? `, settling ${p.settleRemaining} s` : ''}\n`);
    };
    const runner = new ExperimentRunner(port, () => saveSession(sessionFile, session), systemClock, onProgress);
    const stop = () => runner.abort();
    signals.once('SIGINT', stop);
    const finished = await runner.run(run).finally(() => signals.off('SIGINT', stop));
    const document = experimentDocument(finished);
    io.stdout(values.json ? `${JSON.stringify(document, null, 2)}\n` : experimentText(document, lang));
    if (finished.state === 'done') return EXIT.ok;
    if (finished.state === 'interrupted') {
      io.stderr(`${command}: ${fillTemplate(experimentMessages['experiment.cli.interrupted'][lang], { session: sessionFile })}\n`);
      if (asProxmoxError(runner.cause)) return proxmoxFailure(runner.cause);
    }
    if (finished.failure) io.stderr(`${command}: ${finished.failure.message}\n${finished.failure.log.join('\n')}\n`);
    return EXIT.partial;
  } finally {
    client.close();
  }
}
