import type { LecturerDemoStep } from '../../../electron/contract/lecturer';
import type { LiveSample } from '../../charts/live-node-config';

// Offline, lecturer mode replays the demo's scenario 1 as if it were live: one sample a
// second, each step held for STEP_SECONDS, then round again, so the class sees memory climb
// with each VM started. Synthetic times start at 0 (the chart shows seconds before the newest).

export const STEP_SECONDS = 8;

export interface DemoFrame {
  step: LecturerDemoStep;
  /** Index of the step being shown. */
  index: number;
  /** The samples of the last `windowSeconds`, oldest first. */
  samples: LiveSample[];
}

const stepAt = (second: number, count: number) => Math.floor(second / STEP_SECONDS) % count;

/** What the chart and the guest list show `second` seconds into the replay (steps must not be empty). */
export function demoFrame(steps: readonly LecturerDemoStep[], second: number, windowSeconds: number): DemoFrame {
  const first = Math.max(0, second - windowSeconds + 1);
  const samples: LiveSample[] = [];
  for (let s = first; s <= second; s++) {
    const step = steps[stepAt(s, steps.length)];
    samples.push({ time: s * 1000, memUsed: step.memUsedBytes, memTotal: step.memTotalBytes, cpu: step.cpu });
  }
  const index = stepAt(second, steps.length);
  return { step: steps[index], index, samples };
}
