import { describe, expect, it } from 'vitest';
import {
  allZero,
  barValueLabel,
  legendIndexes,
  MIN_BAR_PX,
  qosBarsConfig,
  qosBarsDescription,
  type QosBarsInput,
  Y_AXIS_MIN_PX,
} from '../../../renderer/charts/qos-bars-config';
import { INDEX_COLOURS, QOS_PARAMETERS, UNGRADED_COLOUR, type ComparisonRow } from '../../../renderer/charts/qos-measure';
import type { QosParameter } from '../../../core/qos/threshold-schema';
import { TIPHON_KBPS, TIPHON_LINK_PERCENT } from '../../../core/qos/thresholds';
import type { Grade } from '../../../core/qos/grade-schema';

// The paper's three services (docs/qos-method.md §Seed paper vectors): bit/s = bytes × 8 / time span, rounded;
// delay = time span / packets. Grades written by hand from docs/qos-method.md §Thresholds.
const grade = (throughput: number | null, delay: number | null, jitter: number | null, loss: number | null): Grade => ({
  thresholds: 'TIPHON (tabel skripsi)',
  throughput,
  delay,
  jitter,
  loss,
  mean: null,
  percent: null,
  verdict: null,
});
const rows: ComparisonRow[] = [
  // 110.660 s / 1,755 = 63.054 ms; 72.533 s / 266 = 272.680 ms; 90.462 s / 748 = 120.939 ms
  { id: 'a', service: 'WordPress', values: { throughputBitsPerSecond: 70_659, delayMs: 63.054, jitterMs: 0.3, lossPercent: 0 }, grade: grade(0, 4, 4, 4) },
  { id: 'b', service: 'Moodle', values: { throughputBitsPerSecond: 10_236, delayMs: 272.68, jitterMs: 80, lossPercent: 4 }, grade: grade(0, 3, 2, 3) },
  {
    id: 'c',
    service: 'MediaWiki',
    values: { throughputBitsPerSecond: 41_207, delayMs: 120.939, jitterMs: null, lossPercent: null },
    grade: grade(0, 4, null, null),
  },
];
const base: QosBarsInput = {
  parameter: 'throughput',
  rows,
  set: TIPHON_KBPS,
  linkCapacityBitsPerSecond: null,
  title: 'Throughput',
  locale: 'id-ID',
  print: false,
};

describe('QosBars data → config', () => {
  it('draws throughput in kbit/s, one bar per service, coloured by index, with the next band edge in sight', () => {
    const config = qosBarsConfig(base);
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['WordPress', 'Moodle', 'MediaWiki']);
    expect(config.data.datasets[0].data).toEqual([70.659, 10.236, 41.207]);
    expect(config.data.datasets[0].backgroundColor).toEqual([INDEX_COLOURS[0], INDEX_COLOURS[0], INDEX_COLOURS[0]]);
    // Tallest bar 70.659 kbit/s; the first edge above it is 338 kbit/s → axis to 338 × 1.12.
    expect(config.options!.scales!.y!.suggestedMax).toBeCloseTo(378.56, 10);
    expect(config.options!.plugins!.bandLines!.lines).toEqual([{ value: 338, label: '338' }]);
    expect(config.options!.animation).toBeUndefined();
  });

  it('draws every delay edge up to the first above the tallest bar (150 and 300 ms)', () => {
    const config = qosBarsConfig({ ...base, parameter: 'delay', title: 'Delay', locale: 'en-US' });
    expect(config.data.datasets[0].data).toEqual([63.054, 272.68, 120.939]);
    expect(config.data.datasets[0].backgroundColor).toEqual([INDEX_COLOURS[4], INDEX_COLOURS[3], INDEX_COLOURS[4]]);
    expect(config.options!.plugins!.bandLines!.lines).toEqual([
      { value: 150, label: '150' },
      { value: 300, label: '300' },
    ]);
    expect(config.options!.scales!.y!.suggestedMax).toBeCloseTo(336, 10);
  });

  it('leaves a missing value out and greys it; jitter edges with a decimal keep it', () => {
    const config = qosBarsConfig({ ...base, parameter: 'jitter', title: 'Jitter' });
    expect(config.data.datasets[0].data).toEqual([0.3, 80, null]);
    expect(config.data.datasets[0].backgroundColor).toEqual([INDEX_COLOURS[4], INDEX_COLOURS[2], UNGRADED_COLOUR]);
    // Tallest 80 ms; next edge 125 → 140 ms; edges 0.5, 75, 125 all shown, 0.5 in id-ID as "0,5".
    expect(config.options!.plugins!.bandLines!.lines!.map((l) => l.label)).toEqual(['0,5', '75', '125']);
  });

  it('draws throughput as % of a 100 Mbit/s link for the link-capacity set', () => {
    const config = qosBarsConfig({ ...base, set: TIPHON_LINK_PERCENT, linkCapacityBitsPerSecond: 100e6 });
    // 70,659 / 100,000,000 × 100 = 0.070659 %
    expect(config.data.datasets[0].data[0]).toBeCloseTo(0.070659, 12);
    expect(config.options!.plugins!.bandLines!.lines).toEqual([{ value: 25, label: '25' }]);
  });

  it('gives the four charts of a comparison plots of one width, so their service names slant alike', () => {
    const right = (parameter: QosParameter) => (qosBarsConfig({ ...base, parameter }).options!.layout!.padding as { right: number }).right;
    // The set's longest edge label is "2.100" (throughput): 5 × 11 px × 0.6 + 8 px, whichever chart.
    expect(QOS_PARAMETERS.map(right)).toEqual([41, 41, 41, 41]);
    const y = qosBarsConfig(base).options!.scales!.y as { afterFit: (scale: { width: number }) => void };
    const narrow = { width: 30 };
    y.afterFit(narrow);
    expect(narrow.width).toBe(Y_AXIS_MIN_PX);
    const wide = { width: 90 };
    y.afterFit(wide);
    expect(wide.width).toBe(90);
  });

  it('turns animation off for print', () => {
    expect(qosBarsConfig({ ...base, print: true }).options!.animation).toBe(false);
    // Print resolution: 3 device pixels per CSS pixel on paper, the screen's own ratio otherwise.
    expect(qosBarsConfig({ ...base, print: true }).options!.devicePixelRatio).toBe(3);
    expect(qosBarsConfig(base).options!.devicePixelRatio).toBeUndefined();
  });

  it("describes the chart in words in the user's number format", () => {
    const words = ['Sangat Jelek', 'Jelek', 'Sedang', 'Bagus', 'Sangat Bagus'];
    const text = qosBarsDescription({ ...base, parameter: 'loss', title: 'Packet loss' }, (i) => (i === null ? 'tidak dinilai' : words[i]));
    expect(text).toBe('Packet loss: WordPress 0,00 % (Sangat Bagus); Moodle 4,00 % (Bagus); MediaWiki — (tidak dinilai)');
  });
});

describe('QosBars: every bar readable', () => {
  // 2 080 449 bit/s beside 368 bit/s: more than three orders of magnitude.
  const wide: ComparisonRow[] = [
    { id: 'a', service: 'Video', values: { throughputBitsPerSecond: 2_080_449, delayMs: 2, jitterMs: 0, lossPercent: 0 }, grade: grade(4, 4, 4, 4) },
    { id: 'b', service: 'Chat', values: { throughputBitsPerSecond: 368, delayMs: 900, jitterMs: 0, lossPercent: 0 }, grade: grade(0, 1, 4, 4) },
    { id: 'c', service: 'Mail', values: { throughputBitsPerSecond: null, delayMs: 40, jitterMs: 0, lossPercent: 0 }, grade: grade(null, 4, 4, 4) },
  ];
  const input: QosBarsInput = { ...base, rows: wide };

  it("writes each bar's value on it, throughput with an SI prefix, and a dash where there is none", () => {
    const config = qosBarsConfig(input);
    expect(config.options!.plugins!.barValues!.labels).toEqual(['2,08 Mbit/s', '368 bit/s', '—']);
    expect(qosBarsConfig({ ...input, parameter: 'delay', locale: 'en-US' }).options!.plugins!.barValues!.labels).toEqual([
      '2.000 ms',
      '900.000 ms',
      '40.000 ms',
    ]);
  });

  it('draws a bar far smaller than the tallest as a stub, not as nothing', () => {
    const dataset = qosBarsConfig(input).data.datasets[0];
    expect(dataset.minBarLength).toBe(MIN_BAR_PX);
    expect(MIN_BAR_PX).toBeGreaterThanOrEqual(3);
  });

  it('says "0 % for every service" instead of drawing an empty frame', () => {
    expect(allZero({ ...input, parameter: 'loss' })).toBe(true);
    expect(allZero({ ...input, parameter: 'jitter' })).toBe(true);
    expect(barValueLabel({ ...input, parameter: 'loss' }, 0)).toBe('0 %');
    expect(barValueLabel({ ...input, parameter: 'jitter' }, 0)).toBe('0 ms');
    expect(allZero(input)).toBe(false);
    expect(allZero({ ...input, parameter: 'loss', rows: [] })).toBe(false);
    // A missing value beside zeros: still a chart (its dash says the value is missing).
    expect(allZero({ ...input, parameter: 'loss', rows: [wide[0], { ...wide[1], values: { ...wide[1].values, lossPercent: null } }] })).toBe(false);
  });

  it('lists the grades its bars show in the legend, best first, not graded last', () => {
    expect(legendIndexes(input)).toEqual([4, 0, null]);
    expect(legendIndexes({ ...input, parameter: 'delay' })).toEqual([4, 1]);
  });
});
