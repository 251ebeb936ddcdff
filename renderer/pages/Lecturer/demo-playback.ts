import type { LecturerDemoStep } from '../../../core/contract/lecturer';
import type { LecturerMarker } from '../../charts/lecturer-chart-config';
import type { LiveSample } from '../../charts/live-node-config';

// Offline, lecturer mode replays the demo's scenario 1 as if it were live: one sample a
// second, each step held for STEP_SECONDS, then round again. Each round starts a fresh chart,
// so the class sees memory climb with each VM started, each start marked with the VM's name.
// Synthetic times start at 0 (the chart shows seconds before the newest).

export const STEP_SECONDS = 8;

export interface DemoFrame {
  step: LecturerDemoStep;
  /** Index of the step being shown. */
  index: number;
  /** This round's samples of the last `windowSeconds`, oldest first. */
  samples: LiveSample[];
  /** Guests started or stopped between the steps drawn, oldest first. */
  markers: LecturerMarker[];
}

const stepAt = (second: number, count: number) => Math.floor(second / STEP_SECONDS) % count;

/** What the chart and the guest list show `second` seconds into the replay (steps must not be empty). */
export function demoFrame(steps: readonly LecturerDemoStep[], second: number, windowSeconds: number): DemoFrame {
  const round = STEP_SECONDS * steps.length;
  const first = Math.max(second - (second % round), second - windowSeconds + 1);
  const samples: LiveSample[] = [];
  const markers: LecturerMarker[] = [];
  for (let s = first; s <= second; s++) {
    const step = steps[stepAt(s, steps.length)];
    samples.push({ time: s * 1000, memUsed: step.memUsedBytes, memTotal: step.memTotalBytes, cpu: step.cpu });
    if (s === first || s % STEP_SECONDS !== 0) continue;
    const before = steps[stepAt(s - 1, steps.length)].running;
    for (const name of step.running.filter((n) => !before.includes(n))) markers.push({ time: s * 1000, label: name, kind: 'start' });
    for (const name of before.filter((n) => !step.running.includes(n))) markers.push({ time: s * 1000, label: name, kind: 'stop' });
  }
  const index = stepAt(second, steps.length);
  return { step: steps[index], index, samples, markers };
}
