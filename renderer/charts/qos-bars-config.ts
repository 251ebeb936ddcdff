import type { ChartConfiguration } from 'chart.js';
import type { QosParameter, ThresholdSet } from '../../electron/qos/thresholds';
import { formatFixed } from '../format/numbers';
import { bandLinesPlugin, type BandLine } from './band-lines-plugin';
import { bandEdges, colourForIndex, gradedMeasure, MEASURE_DIGITS, measureUnit, type ComparisonRow } from './qos-measure';

export interface QosBarsInput {
  parameter: QosParameter;
  rows: readonly ComparisonRow[];
  set: ThresholdSet;
  linkCapacityBitsPerSecond: number | null;
  /** Chart title and axis label, already in the user's language. */
  title: string;
  locale: string;
  print: boolean;
}

/** Head-room above the tallest bar or the first band edge above it. */
const HEADROOM = 1.12;

/**
 * One bar per service, coloured by its TIPHON index, with the set's band edges as lines. The
 * axis reaches the first edge above the tallest bar, so the next band is always in sight;
 * edges far above it are left out rather than squashing every bar flat.
 */
export function qosBarsConfig(input: QosBarsInput): ChartConfiguration<'bar', (number | null)[], string> {
  const { parameter, rows, set, locale } = input;
  const unit = measureUnit(parameter, set);
  const digits = MEASURE_DIGITS[parameter];
  const values = rows.map((row) => gradedMeasure(parameter, row.values, set, input.linkCapacityBitsPerSecond));
  const tallest = Math.max(0, ...values.map((v) => v ?? 0));
  const edges = bandEdges(set.bands[parameter]);
  const nextEdge = edges.find((edge) => edge > tallest);
  const top = Math.max(tallest, nextEdge ?? 0) * HEADROOM || 1;
  const lines: BandLine[] = edges.filter((edge) => edge <= top).map((edge) => ({ value: edge, label: `${formatFixed(edge, edge % 1 === 0 ? 0 : 1, locale)} ${unit}` }));
  const index = (i: number) => rows[i].grade[parameter];

  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => row.service),
      datasets: [
        {
          label: input.title,
          data: values,
          backgroundColor: rows.map((_, i) => colourForIndex(index(i))),
          borderColor: rows.map((_, i) => colourForIndex(index(i))),
          borderWidth: 1,
          maxBarThickness: 72,
        },
      ],
    },
    options: {
      animation: input.print ? false : undefined,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { grid: { display: false } },
        y: {
          beginAtZero: true,
          suggestedMax: top,
          title: { display: true, text: `${input.title} (${unit})` },
          ticks: { callback: (value) => formatFixed(Number(value), Number(value) % 1 === 0 ? 0 : 1, locale) },
        },
      },
      plugins: {
        legend: { display: false },
        title: { display: true, text: input.title },
        tooltip: {
          callbacks: {
            label: (item) => (item.raw === null ? '—' : `${formatFixed(item.raw as number, digits, locale)} ${unit}`),
          },
        },
        bandLines: { lines, colour: '#4a5560' },
      },
    },
    plugins: [bandLinesPlugin],
  };
}

/** The chart in words, for screen readers and the tests: "WordPress 70,66 kbit/s (Sangat Jelek); …". */
export function qosBarsDescription(input: QosBarsInput, indexLabel: (index: number | null) => string): string {
  const unit = measureUnit(input.parameter, input.set);
  const digits = MEASURE_DIGITS[input.parameter];
  const parts = input.rows.map((row) => {
    const value = gradedMeasure(input.parameter, row.values, input.set, input.linkCapacityBitsPerSecond);
    const shown = value === null ? '—' : `${formatFixed(value, digits, input.locale)} ${unit}`;
    return `${row.service} ${shown} (${indexLabel(row.grade[input.parameter])})`;
  });
  return `${input.title}: ${parts.join('; ')}`;
}
