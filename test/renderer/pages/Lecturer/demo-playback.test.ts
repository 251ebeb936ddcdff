import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { demoFrame, STEP_SECONDS } from '../../../../renderer/pages/Lecturer/demo-playback';

// The paper's node: 849.94 MiB with no VM, 2.72, 3.44, 4.02 GiB with 1, 2, 3 (of 9.56 GiB).
const MIB = 1024 ** 2;
const GIB = 1024 ** 3;
const total = 9.56 * GIB;
const steps = [
  { label: '0 VM', running: [], memUsedBytes: 849.94 * MIB, memTotalBytes: total, cpu: 0.0191 },
  { label: '1 VM', running: ['wordpress'], memUsedBytes: 2.72 * GIB, memTotalBytes: total, cpu: 0.0585 },
  { label: '2 VM', running: ['wordpress', 'moodle'], memUsedBytes: 3.44 * GIB, memTotalBytes: total, cpu: 0.0267 },
  { label: '3 VM', running: ['wordpress', 'moodle', 'mediawiki'], memUsedBytes: 4.02 * GIB, memTotalBytes: total, cpu: 0.0272 },
];

describe('the offline replay of the demo steps', () => {
  it('holds each step for STEP_SECONDS and starts again after the last', () => {
    expect(demoFrame(steps, 0, 60).step.label).toBe('0 VM');
    expect(demoFrame(steps, STEP_SECONDS - 1, 60).index).toBe(0);
    expect(demoFrame(steps, STEP_SECONDS, 60).step.label).toBe('1 VM');
    expect(demoFrame(steps, 3 * STEP_SECONDS, 60).step.running).toEqual(['wordpress', 'moodle', 'mediawiki']);
    expect(demoFrame(steps, 4 * STEP_SECONDS, 60).step.label).toBe('0 VM');
  });

  it('draws one sample a second of this round over the window, the newest being the step shown', () => {
    const round = steps.length * STEP_SECONDS;
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 300 }), (second, window) => {
        const frame = demoFrame(steps, second, window);
        expect(frame.samples).toHaveLength(Math.min(window, (second % round) + 1));
        expect(frame.samples.at(-1)).toEqual({ time: second * 1000, memUsed: frame.step.memUsedBytes, memTotal: total, cpu: frame.step.cpu });
        for (let i = 1; i < frame.samples.length; i++) expect(frame.samples[i].time - frame.samples[i - 1].time).toBe(1000);
      }),
    );
  });

  it('marks each VM started in this round with its name, at the second its step begins', () => {
    const round = steps.length * STEP_SECONDS;
    expect(demoFrame(steps, 2 * round + 3 * STEP_SECONDS + 2, 60).markers).toEqual([
      { time: (2 * round + STEP_SECONDS) * 1000, label: 'wordpress', kind: 'start' },
      { time: (2 * round + 2 * STEP_SECONDS) * 1000, label: 'moodle', kind: 'start' },
      { time: (2 * round + 3 * STEP_SECONDS) * 1000, label: 'mediawiki', kind: 'start' },
    ]);
    // A new round starts a new chart: no marker is left from the last one.
    expect(demoFrame(steps, 3 * round + 1, 60).markers).toEqual([]);
  });
});
