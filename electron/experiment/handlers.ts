import type { experimentCalls } from '../../core/contract/experiment';
import type { Failure } from '../../core/contract/failure';
import type { Handlers } from '../handler-types';
import { checkPlan } from './plan-check';
import { failureOf } from './messages';
import type { ExperimentService } from './service';

// The Experiment page's calls over the experiment service. Expected failures (a refused
// connection, a guest not on the node, the node changed since the confirmation) come back as
// { ok: false, error: Failure }, shown inline in the page's language.

type ExperimentHandlers = Pick<Handlers, keyof typeof experimentCalls>;

async function attempt<T>(work: () => Promise<T> | T): Promise<{ ok: true; value: T } | { ok: false; error: Failure }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: failureOf(error) };
  }
}

export function experimentHandlers(service: ExperimentService): ExperimentHandlers {
  const progressTo = (ctx: Parameters<Handlers['experiment.start']>[1]) => (progress: Parameters<Parameters<ExperimentService['start']>[3]>[0]) =>
    ctx.emit('experiment.progress', progress);
  return {
    'experiment.context': async () => ({ profiles: service.profiles(), current: await service.current() }),
    'experiment.guests': ({ profileId, node }) => attempt(() => service.guests(profileId, node)),
    'experiment.validatePlan': async ({ plan }) => checkPlan(plan),
    'experiment.preview': ({ profileId, plan }) => attempt(() => service.preview(profileId, plan)),
    'experiment.start': ({ profileId, plan, confirmedActions }, ctx) => attempt(() => service.start(profileId, plan, confirmedActions, progressTo(ctx))),
    'experiment.pause': () => attempt(() => service.pause()),
    'experiment.resume': () => attempt(() => service.resume()),
    'experiment.abort': () => attempt(() => service.abort()),
    'experiment.resumeInterrupted': ({ profileId }, ctx) => attempt(() => service.resumeInterrupted(profileId, progressTo(ctx))),
    'experiment.results': () => service.current(),
    'experiment.manualBegin': ({ profileId, plan }) => attempt(() => service.beginManual(profileId, plan)),
    'experiment.snapshot': ({ label }, ctx) => attempt(() => service.snapshot(label, progressTo(ctx))),
    'experiment.manualFinish': () => attempt(() => service.finishManual()),
    'experiment.export': ({ format, dialect }) => attempt(async () => ({ path: await service.export(format, dialect) })),
  };
}
