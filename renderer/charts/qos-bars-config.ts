import type { ChartConfiguration } from 'chart.js';
import { PRINT_PIXEL_RATIO } from './readiness';
import type { QosParameter, ThresholdSet } from '../../core/qos/threshold-schema';
import { formatFixed, formatSi } from '../../core/format/numbers';
import { BAND_LABEL_FONT_PX, bandLinesPlugin, type BandLine } from './band-lines-plugin';
import { axisTickLabel } from './tick-label';
import { bandGutterWidth } from './band-labels';
import { barValuesPlugin } from './bar-values-plugin';
import { bandEdges, colourForIndex, formatMeasure, gradedMeasure, MEASURE_DIGITS, measureUnit, QOS_PARAMETERS, type ComparisonRow } from './qos-measure';

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

/** Head-room above the tallest bar or the first band edge above it (room for its value label). */
const HEADROOM = 1.12;

/**
 * The shortest bar drawn, in px. Values two orders of magnitude apart (368 bit/s beside
 * 2 Mbit/s) would leave the small one under a pixel tall: it is drawn as a stub this high, and
 * its value label says what it is. A log axis was not used: it would hide a 0 and misstate how
 * far apart the bars are to a reader comparing heights with the band lines.
 */
export const MIN_BAR_PX = 4;

/**
 * The value axis is at least this wide (its title and four-digit ticks such as "2,500"), so that the charts of
 * one comparison, side by side, have plots of one width.
 */
export const Y_AXIS_MIN_PX = 72;

/** A band edge beside its line: the number alone, as the axis title gives the unit. */
const edgeLabel = (edge: number, locale: string) => formatFixed(edge, edge % 1 === 0 ? 0 : 1, locale);

/**
 * The gutter right of the plot, wide enough for every edge label of the set, whatever the
 * parameter: the charts of a comparison get plots of one width, so chart.js slants the service
 * names of all of them or of none.
 */
export function setGutterWidth(set: ThresholdSet, locale: string): number {
  const labels = QOS_PARAMETERS.flatMap((p) => bandEdges(set.bands[p]).map((edge) => edgeLabel(edge, locale)));
  return bandGutterWidth(labels, BAND_LABEL_FONT_PX);
}

const values = (input: QosBarsInput): (number | null)[] =>
  input.rows.map((row) => gradedMeasure(input.parameter, row.values, input.set, input.linkCapacityBitsPerSecond));

/** The value as written on its bar: throughput with an SI prefix ("2,08 Mbit/s"), the rest in their unit. */
export function barValueLabel(input: QosBarsInput, value: number | null): string {
  if (value === null) return '—';
  const kbps = input.parameter === 'throughput' && input.set.throughputMeasure === 'kbps';
  if (value === 0 && kbps) return '0 bit/s';
  if (kbps) return formatSi(value * 1000, 'bit/s', input.locale);
  return formatMeasure(value, input.parameter, input.set, input.locale, value === 0 ? 0 : MEASURE_DIGITS[input.parameter]);
}

/** Every service has the value 0 (loss 0 % everywhere): a sentence says so instead of an empty frame. */
export function allZero(input: QosBarsInput): boolean {
  const all = values(input);
  return all.length > 0 && all.every((v) => v === 0);
}

/** The grades the chart's bars show, best first, "not graded" last: the chart's colour legend. */
export function legendIndexes(input: QosBarsInput): (number | null)[] {
  const present = new Set(input.rows.map((row) => row.grade[input.parameter]));
  return [...present].sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a));
}

/**
 * One bar per service, coloured by its TIPHON index, with the set's band edges as lines. The
 * axis reaches the first edge above the tallest bar, so the next band is always in sight;
 * edges far above it are left out rather than squashing every bar flat.
 */
export function qosBarsConfig(input: QosBarsInput): ChartConfiguration<'bar', (number | null)[], string> {
  const { parameter, rows, set, locale } = input;
  const unit = measureUnit(parameter, set);
  const data = values(input);
  const tallest = Math.max(0, ...data.map((v) => v ?? 0));
  const edges = bandEdges(set.bands[parameter]);
  const nextEdge = edges.find((edge) => edge > tallest);
  const top = Math.max(tallest, nextEdge ?? 0) * HEADROOM || 1;
  const lines: BandLine[] = edges.filter((edge) => edge <= top).map((edge) => ({ value: edge, label: edgeLabel(edge, locale) }));
  const index = (i: number) => rows[i].grade[parameter];

  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => row.service),
      datasets: [
        {
          label: input.title,
          data,
          backgroundColor: rows.map((_, i) => colourForIndex(index(i))),
          borderColor: rows.map((_, i) => colourForIndex(index(i))),
          borderWidth: 1,
          maxBarThickness: 72,
          minBarLength: MIN_BAR_PX,
        },
      ],
    },
    options: {
      animation: input.print ? false : undefined,
      devicePixelRatio: input.print ? PRINT_PIXEL_RATIO : undefined,
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { right: setGutterWidth(set, locale) } },
      scales: {
        // Every bar keeps its service's name: skipping one would leave a bar nobody can name.
        x: { grid: { display: false }, ticks: { autoSkip: false } },
        y: {
          beginAtZero: true,
          suggestedMax: top,
          title: { display: true, text: `${input.title} (${unit})` },
          ticks: { callback: (value, _index, ticks) => axisTickLabel(value, ticks, locale) },
          afterFit: (scale) => {
            scale.width = Math.max(scale.width, Y_AXIS_MIN_PX);
          },
        },
      },
      plugins: {
        legend: { display: false },
        title: { display: true, text: input.title },
        tooltip: {
          callbacks: {
            label: (item) => (item.raw === null ? '—' : formatMeasure(item.raw as number, parameter, set, locale)),
          },
        },
        bandLines: { lines, colour: '#4a5560' },
        barValues: { labels: data.map((v) => barValueLabel(input, v)), colour: '#1d2329' },
      },
    },
    plugins: [bandLinesPlugin, barValuesPlugin],
  };
}

/** The chart in words, for screen readers and the tests: "WordPress 70,66 kbit/s (Sangat Jelek); …". */
export function qosBarsDescription(input: QosBarsInput, indexLabel: (index: number | null) => string): string {
  const parts = input.rows.map((row) => {
    const value = gradedMeasure(input.parameter, row.values, input.set, input.linkCapacityBitsPerSecond);
    const shown = value === null ? '—' : formatMeasure(value, input.parameter, input.set, input.locale);
    return `${row.service} ${shown} (${indexLabel(row.grade[input.parameter])})`;
  });
  return `${input.title}: ${parts.join('; ')}`;
}
