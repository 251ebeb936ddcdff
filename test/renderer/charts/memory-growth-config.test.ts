import { describe, expect, it } from 'vitest';
import type { TooltipItem } from 'chart.js';
import { memoryAxisMax, memoryGrowthConfig, memoryGrowthPoints } from '../../../renderer/charts/memory-growth-config';
import { experimentStates, niceCeiling, niceStep } from '../../../renderer/charts/experiment-states';
import { errorBarSegments } from '../../../renderer/charts/error-bars-plugin';
import { sample, step } from './experiment-chart-data';

const TEXT = { axisUsed: 'Used (GiB)', axisPercent: '% of total', state: 'State', mean: 'Mean', sd: 'SD', range: 'Range', samples: 'Samples', total: 'of' };

// State 0: 2, 3, 4 GiB → mean 3, sd √((1 + 0 + 1) / 2) = 1, 18.75 % of 16 GiB.
// State 1: 5, 5 GiB → mean 5, sd 0, 31.25 %.
const steps = [step(0, [sample(0, 2), sample(2, 3), sample(4, 4)]), step(1, [sample(30, 5), sample(32, 5)])];

describe('memory growth chart data', () => {
  it('gives each state its mean, sd, min, max in GiB and its share of the total', () => {
    expect(memoryGrowthPoints(steps)).toEqual([
      { label: '0 VM', meanGiB: 3, sdGiB: 1, minGiB: 2, maxGiB: 4, percentMean: 18.75, totalGiB: 16, samples: 3 },
      { label: '1 VM', meanGiB: 5, sdGiB: 0, minGiB: 5, maxGiB: 5, percentMean: 31.25, totalGiB: 16, samples: 2 },
    ]);
  });

  it('pools the repetitions of a state and leaves out states with no sample yet', () => {
    const repeated = [...steps, step(0, [sample(60, 3)], 2), step(1, [], 2), step(2, [], 1)];
    const states = experimentStates(repeated);
    expect(states.map((s) => [s.label, s.samples.length])).toEqual([
      ['0 VM', 4],
      ['1 VM', 2],
    ]);
    // 2, 3, 4, 3 GiB: mean 3, sd √((1 + 0 + 1 + 0) / 3) = 0.8165.
    const [first] = memoryGrowthPoints(repeated);
    expect(first.meanGiB).toBe(3);
    expect(first.sdGiB).toBeCloseTo(Math.sqrt(2 / 3), 12);
  });

  it('rounds the axes up to a round number and maps the right axis onto % of the total', () => {
    expect([niceCeiling(13.125), niceCeiling(0.42), niceCeiling(100), niceCeiling(101), niceCeiling(0)]).toEqual([15, 0.5, 100, 120, 1]);
    // Ticks end on the axis' end: 15 in steps of 3, 8 in 2s, 60 in 10s, 0.5 in 0.1s, 1.2 in 0.2s.
    expect([niceStep(15), niceStep(8), niceStep(60), niceStep(0.5), niceStep(1.2)]).toEqual([3, 2, 10, 0.1, 0.2]);
    // Highest whisker 5 GiB, +5 % headroom = 5.25 → 6 GiB, which is 6 / 16 = 37.5 % of the node.
    expect(memoryAxisMax(memoryGrowthPoints(steps))).toBe(6);
    const config = memoryGrowthConfig(steps, TEXT, 'en-US', false);
    expect(config.options!.scales!.y).toMatchObject({ min: 0, max: 6 });
    expect(config.options!.scales!.y1).toMatchObject({ min: 0, max: 37.5 });
    expect(config.data.datasets[0].data).toEqual([3, 5]);
    expect(config.options!.plugins!.errorBars).toMatchObject({
      bars: [
        { sdLow: 2, sdHigh: 4, min: 2, max: 4 },
        { sdLow: 5, sdHigh: 5, min: 5, max: 5 },
      ],
    });
  });

  it("prints without animation at a fixed size, and the tooltip in the user's number format", () => {
    const print = memoryGrowthConfig(steps, TEXT, 'id-ID', true);
    expect(print.options).toMatchObject({ animation: false, responsive: false });
    expect(memoryGrowthConfig(steps, TEXT, 'id-ID', false).options!.animation).toBeUndefined();
    const label = print.options!.plugins!.tooltip!.callbacks!.label as (item: TooltipItem<'bar'>) => string[];
    expect(label({ dataIndex: 0 } as TooltipItem<'bar'>)).toEqual([
      'Mean: 3,00 GiB (18,8 % of 16,00 GiB)',
      'SD: ± 1,00 GiB',
      'Range: 2,00 GiB – 4,00 GiB',
      'Samples: 3',
    ]);
  });
});

describe('error bar drawing', () => {
  it('draws the min–max whisker thin with short caps and the ±1 sd whisker thick with wide caps', () => {
    // y = 300 − 10·value: 1 → 290, 2 → 280, 4 → 260, 5 → 250. Bar 40 px: caps 4.8 and 10 px each side.
    const segments = errorBarSegments({ sdLow: 2, sdHigh: 4, min: 1, max: 5 }, 100, (v) => 300 - 10 * v, 40);
    expect(segments).toEqual([
      { x1: 100, y1: 290, x2: 100, y2: 250, width: 1 },
      { x1: 95.2, y1: 290, x2: 104.8, y2: 290, width: 1 },
      { x1: 95.2, y1: 250, x2: 104.8, y2: 250, width: 1 },
      { x1: 100, y1: 280, x2: 100, y2: 260, width: 3 },
      { x1: 90, y1: 280, x2: 110, y2: 280, width: 2 },
      { x1: 90, y1: 260, x2: 110, y2: 260, width: 2 },
    ]);
  });
});
