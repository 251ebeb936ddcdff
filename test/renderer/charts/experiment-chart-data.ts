import type { Sample, Step } from '../../../core/experiment/run-schema';

// Hand-made steps for the chart tests: memory in whole GiB, a 16 GiB node.
export const GiB = 1024 ** 3;
export const T0 = Date.UTC(2026, 10, 25, 8, 0, 0);

export function sample(secondsAfterT0: number, usedGiB: number, cpu = 0.1, loadavg: [number, number, number] = [1, 1, 1]): Sample {
  return {
    time: new Date(T0 + secondsAfterT0 * 1000).toISOString(),
    memUsed: usedGiB * GiB,
    memTotal: 16 * GiB,
    memFree: (16 - usedGiB) * GiB,
    memAvailable: null,
    memUsedMeaning: 'total-minus-available',
    cpu,
    loadavg,
    swapUsed: 0,
    swapTotal: 0,
    ksmShared: 0,
    guests: [],
  };
}

export function step(index: number, samples: Sample[], repetition = 1, label = `${index} VM`): Step {
  return { index, label, repetition, running: [], complete: true, samples };
}
