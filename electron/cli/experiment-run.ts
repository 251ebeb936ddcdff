import { readRegularFile } from '../files/read-regular';
import { parseArgs } from 'node:util';
import { PlanSchema, type Plan } from '../../core/experiment/plan-schema';
import type { ExperimentRun } from '../../core/experiment/run-schema';
import type { ExperimentProfile, ExperimentProgress, ExperimentService } from '../experiment/service';
import { experimentDocument } from '../experiment/show';
import { SessionInUseError } from '../session/session-lock';
import { fillTemplate } from '../../core/catalogue';
import { ExperimentError, failureOf } from '../experiment/messages';
import { failureText } from '../../core/failure-text';
import { experimentMessages } from '../../core/experiment/messages';
import { asProxmoxError } from '../proxmox/errors';
import { CONNECTION_OPTIONS, CONNECTION_USAGE, exitCodeFor, hostArgument, resolveConnection } from './proxmox-connection';
import { CLI_PROFILE, openProfile, proxmoxAdapters } from './proxmox-profile';
import type { ProxmoxService } from '../proxmox/service';
import { experimentText } from './experiment-text';
import { cliLanguage } from './lang';
import { cliServices } from './services';
import { experimentService, proxmoxService } from '../app-services';
import { EXIT, type CliIo } from './io';
import type { Language } from '../../core/language';

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
  // The service holds it from its first read (current) until close. The run's port is the app's
  // ProxmoxService over the command's profile; the profile the run records is the command's own.
  let profile: ExperimentProfile | null = null;
  const services = cliServices({
    ...(await proxmoxAdapters(values, io.env)),
    experimentConnections: {
      portFor: async (id) => (await proxmoxService(services)).experimentPort(id),
      profiles: () => (profile ? [profile] : []),
    },
    experimentJournal: { sessionPath: values.session, program: command },
  });
  const [experiments, proxmox] = await Promise.all([experimentService(services), proxmoxService(services)]);
  try {
    return await runLocked(mode, { ...values, session: values.session, lang }, io, signals, { experiments, proxmox }, (as) => {
      profile = as;
    });
  } finally {
    experiments.close();
    proxmox.close();
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
      ...CONNECTION_OPTIONS,
      plan: { type: 'string' },
      session: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });

async function runLocked(
  mode: 'run' | 'resume',
  values: RunValues,
  io: CliIo,
  signals: NodeJS.EventEmitter,
  { experiments, proxmox }: { experiments: ExperimentService; proxmox: ProxmoxService },
  useProfile: (profile: ExperimentProfile) => void,
): Promise<number> {
  const command = `proxlab experiment ${mode}`;
  const { lang } = values;
  const usage = usageError(command, io);

  // The session and the run to work on, before any connection is made.
  let plan: Plan | null = null;
  let run: ExperimentRun | null;
  try {
    run = (await experiments.current()).run;
  } catch (error) {
    io.stderr(`${command}: ${error instanceof SessionInUseError ? error.text(lang) : (error as Error).message}\n`);
    return EXIT.partial;
  }
  try {
    if (mode === 'run') {
      const parsed = PlanSchema.safeParse(JSON.parse(await readRegularFile(values.plan!, 1 << 20, 'utf8')));
      if (!parsed.success) return usage(`${values.plan}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      plan = parsed.data;
    } else if (!run || !['interrupted', 'aborted'].includes(run.state)) {
      io.stderr(`${command}: ${values.session} has no interrupted run to resume\n`);
      return EXIT.usage;
    }
  } catch (error) {
    io.stderr(`${command}: ${(error as Error).message}\n`);
    return EXIT.partial;
  }

  const recorded = mode === 'resume' ? (run?.connection ?? null) : null;
  const host = values.host ?? (recorded ? hostArgument(recorded.host, recorded.port) : undefined);
  if (mode === 'resume' && !host) return usage(`--host is required: the run in ${values.session} did not record its node`);
  const connection = await resolveConnection({ ...values, host }, io, command);
  if ('exit' in connection) return connection.exit;
  const refusedConnection = await openProfile(proxmox, connection, io, lang, command, values.json);
  if (refusedConnection !== null) return refusedConnection;
  const { target } = connection;
  // A run resumed on another address (--host) keeps that one; a profile name only goes with its own node.
  const sameNode = recorded !== null && recorded.host === target.host && recorded.port === target.port;
  const node = plan?.node ?? run?.plan.node ?? null;
  useProfile({ id: CLI_PROFILE, name: (sameNode && recorded.profile) || '', node, host: target.host, port: target.port });
  const refused = (error: unknown) => {
    const proxmoxError = asProxmoxError(error);
    if (!(error instanceof ExperimentError) && !proxmoxError) throw error;
    io.stderr(`${command}: ${failureText(failureOf(error), lang)}\n`);
    return proxmoxError ? exitCodeFor(proxmoxError) : EXIT.usage;
  };
  // The runner reports a step again when its state changes; the terminal needs each report once.
  let told = '';
  const onProgress = (p: ExperimentProgress) => {
    const line = `${command}: ${p.phase} ${Math.min(p.stepPosition + 1, p.stepCount)}/${p.stepCount}, ${p.samplesTaken} ${p.samplesTaken === 1 ? 'sample' : 'samples'}${p.settleRemaining !== null ? `, settling ${p.settleRemaining} s` : ''}\n`;
    if (values.json || line === told) return;
    told = line;
    io.stderr(line);
  };
  let started: ExperimentRun | number;
  if (plan) {
    const preview = await experiments.preview(CLI_PROFILE, plan).catch(refused);
    if (typeof preview === 'number') return preview;
    // Running the command with the plan is the user's confirmation of exactly these actions.
    io.stderr(`${command}: ${preview.actions.length ? preview.actions.map((a) => `${a.kind} ${a.vmid}`).join(', ') : 'no guest changes'}\n`);
    started = await experiments.start(CLI_PROFILE, plan, preview.actions, onProgress).catch(refused);
  } else {
    started = await experiments.resumeInterrupted(CLI_PROFILE, onProgress).catch(refused);
  }
  if (typeof started === 'number') return started;
  const stop = () => void experiments.abort().catch(() => undefined);
  signals.once('SIGINT', stop);
  await experiments.idle().finally(() => signals.off('SIGINT', stop));
  const finished = started;
  const sessionFile = values.session;
  const document = experimentDocument(finished);
  io.stdout(values.json ? `${JSON.stringify(document, null, 2)}\n` : experimentText(document, lang));
  if (finished.state === 'done') return EXIT.ok;
  if (finished.state === 'interrupted') {
    io.stderr(`${command}: ${fillTemplate(experimentMessages['experiment.cli.interrupted'][lang], { session: sessionFile })}\n`);
    if (asProxmoxError(experiments.cause())) return refused(experiments.cause());
  }
  if (finished.failure) io.stderr(`${command}: ${finished.failure.message}\n${finished.failure.log.join('\n')}\n`);
  return EXIT.partial;
}
