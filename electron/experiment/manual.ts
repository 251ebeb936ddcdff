import { plannedGuestNames } from './guest-names';
import type { Clock, ExperimentPort } from './port';
import type { ExperimentRun, Step } from '../../core/experiment/run-schema';

// Manual mode: the students start guests in PVE's own UI, as the seed paper did, and ask for a
// snapshot whenever the node is in a state they want measured. A snapshot is one step: the
// plan's samples per step at its interval, each on disk before the next is taken.

export interface SnapshotProgress {
  step: Step;
  samplesTaken: number;
}

export async function takeSnapshot(
  port: ExperimentPort,
  run: ExperimentRun,
  label: string,
  clock: Clock,
  persist: (run: ExperimentRun) => Promise<void>,
  signal: AbortSignal,
  onSample: (progress: SnapshotProgress) => void = () => undefined,
): Promise<Step> {
  if (run.mode !== 'manual') throw new Error('snapshots are taken in manual runs only');
  const { plan } = run;
  run.pveVersion ??= await port.pveVersion();
  if (Object.keys(run.guestNames).length === 0) run.guestNames = await plannedGuestNames(port, plan.node, plan.guests);
  const runningNow = await port.runningGuests(plan.node);
  const running = plan.guests.filter((vmid) => runningNow.has(vmid));
  const step: Step = {
    index: run.steps.length,
    label: label.trim() || `${running.length} VM`,
    repetition: 1,
    running,
    complete: false,
    samples: [],
  };
  run.steps.push(step);
  run.state = 'running';
  await persist(run);
  while (step.samples.length < plan.samplesPerStep) {
    const last = step.samples.at(-1);
    const wait = last ? Date.parse(last.time) + plan.intervalSeconds * 1000 - clock.now().getTime() : 0;
    if (wait > 0) await clock.sleep(wait, signal);
    if (signal.aborted) break;
    const started = clock.now();
    step.samples.push({ ...(await port.sample(plan.node, running)), time: started.toISOString() });
    await persist(run);
    onSample({ step, samplesTaken: run.steps.reduce((n, s) => n + s.samples.length, 0) });
  }
  step.complete = step.samples.length >= plan.samplesPerStep;
  await persist(run);
  return step;
}
