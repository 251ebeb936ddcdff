import { describe, expect, it } from 'vitest';
import { cpuStepConfig, cpuStepPoints } from '../../../renderer/charts/cpu-step-config';
import { sample, step } from './experiment-chart-data';

const TEXT = { state: 'State', axisCpu: 'CPU %', axisLoad: 'Load', cpu: 'CPU', load1: 'L1', load5: 'L5', load15: 'L15', sd: 'SD', range: 'Range' };

// CPU 0.1, 0.2, 0.3 → mean 20 %, sd √((0.01 + 0 + 0.01) / 2) = 10 %; load averages (1,2,3),
// (3,2,1), (2,2,2) → means 2, 2, 2. State 1: CPU 0.5 twice, load (4, 3, 2) twice.
const steps = [
  step(0, [sample(0, 2, 0.1, [1, 2, 3]), sample(2, 2, 0.2, [3, 2, 1]), sample(4, 2, 0.3, [2, 2, 2])]),
  step(1, [sample(30, 3, 0.5, [4, 3, 2]), sample(32, 3, 0.5, [4, 3, 2])]),
];

describe('CPU per step chart data', () => {
  it('gives CPU in % with its sd and range, and the mean load averages', () => {
    const [a, b] = cpuStepPoints(steps);
    expect(a.cpuMeanPercent).toBeCloseTo(20, 10);
    expect(a.cpuSdPercent).toBeCloseTo(10, 10);
    expect([a.cpuMinPercent, a.cpuMaxPercent]).toEqual([10, 30]);
    expect([a.load1, a.load5, a.load15]).toEqual([2, 2, 2]);
    expect(b).toEqual({ label: '1 VM', cpuMeanPercent: 50, cpuSdPercent: 0, cpuMinPercent: 50, cpuMaxPercent: 50, load1: 4, load5: 3, load15: 2 });
  });

  it('puts CPU bars on the % axis and the three load averages on their own axis', () => {
    const config = cpuStepConfig(steps, TEXT, 'en-US', true);
    // Highest whisker 50 %, +5 % = 52.5 → 60 %.
    expect(config.options!.scales!.y).toMatchObject({ min: 0, max: 60 });
    expect(config.data.datasets.map((d) => [d.type, d.label, d.yAxisID])).toEqual([
      ['bar', 'CPU', 'y'],
      ['line', 'L1', 'y1'],
      ['line', 'L5', 'y1'],
      ['line', 'L15', 'y1'],
    ]);
    expect(config.data.datasets[3].data).toEqual([2, 2]);
    expect(config.options!.animation).toBe(false);
  });
});
