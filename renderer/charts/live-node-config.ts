import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatFixed, formatInteger } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';
import { niceCeiling, niceStep } from './experiment-states';
import { tickDigits } from './tick-label';

// Data → chart.js configuration for the rolling chart of the Node page: node memory (GiB, left
// axis up to the node's RAM) and CPU (% of all CPUs, right axis) over the last minutes, with
// time as seconds before the newest sample. The axis grows with the data (from one minute, in
// half minutes) up to the window, so the first samples do not hide in a corner.

export interface LiveSample {
  /** Epoch milliseconds of the sample. */
  time: number;
  memUsed: number;
  memTotal: number;
  /** Fraction 0..1 of all CPUs. */
  cpu: number;
}

export interface LiveChartOptions {
  locale: string;
  labels: { memory: string; cpu: string; time: string };
  /** How far back the x axis reaches. */
  windowSeconds: number;
  print?: boolean;
}

export type LivePoint = { x: number; y: number };
const GIB = 1024 ** 3;

export const MEMORY_COLOUR = '#1f5f99';
export const CPU_COLOUR = '#c2571a';

export function livePoints(samples: readonly LiveSample[]): { memory: LivePoint[]; cpu: LivePoint[] } {
  const newest = samples.at(-1)?.time ?? 0;
  const x = (s: LiveSample) => (s.time - newest) / 1000;
  return {
    memory: samples.map((s) => ({ x: x(s), y: s.memUsed / GIB })),
    cpu: samples.map((s) => ({ x: x(s), y: s.cpu * 100 })),
  };
}

/** Seconds the x axis reaches back: the data's span rounded up to 30 s, at least 60 s, at most the window. */
export function liveSpan(samples: readonly LiveSample[], windowSeconds: number): number {
  const span = samples.length > 1 ? (samples[samples.length - 1].time - samples[0].time) / 1000 : 0;
  return Math.min(windowSeconds, Math.max(60, Math.ceil(span / 30) * 30));
}

/** Time ticks on whole half minutes, or whole minutes once the axis reaches past two. */
export const liveTimeStep = (spanSeconds: number): number => (spanSeconds > 120 ? 60 : 30);

/** The tooltip line of a memory (GiB, dataset 0) and CPU (%) point, as the live charts show it. */
export const liveTooltip =
  (labels: { memory: string; cpu: string }, locale: string) =>
  (item: TooltipItem<'line'>): string =>
    item.datasetIndex === 0
      ? `${labels.memory}: ${formatFixed(item.parsed.y ?? 0, 2, locale)} GiB`
      : `${labels.cpu}: ${formatPercent(item.parsed.y ?? 0, 2, locale)}`;

export function liveNodeConfig(samples: readonly LiveSample[], options: LiveChartOptions): ChartConfiguration<'line', LivePoint[]> {
  const { locale, labels } = options;
  const points = livePoints(samples);
  const totalGib = (samples.at(-1)?.memTotal ?? 0) / GIB;
  // A lone first sample has no line yet: show it as a point.
  const pointRadius = samples.length < 2 ? 3 : 0;
  const span = liveSpan(samples, options.windowSeconds);
  const memoryStep = niceStep(niceCeiling(totalGib));
  const tooltip = liveTooltip(labels, locale);
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: `${labels.memory} (GiB)`,
          data: points.memory,
          yAxisID: 'memory',
          borderColor: MEMORY_COLOUR,
          backgroundColor: MEMORY_COLOUR,
          pointRadius,
          borderWidth: 2,
        },
        { label: `${labels.cpu} (%)`, data: points.cpu, yAxisID: 'cpu', borderColor: CPU_COLOUR, backgroundColor: CPU_COLOUR, pointRadius, borderWidth: 1.5 },
      ],
    },
    options: {
      animation: options.print ? false : { duration: 0 },
      responsive: !options.print,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: {
          type: 'linear',
          min: -span,
          max: 0,
          title: { display: true, text: labels.time },
          ticks: { stepSize: liveTimeStep(span), callback: (value) => `${formatInteger(Number(value), locale)} s` },
        },
        memory: {
          type: 'linear',
          position: 'left',
          min: 0,
          max: totalGib > 0 ? totalGib : undefined,
          title: { display: true, text: `${labels.memory} (GiB)`, color: MEMORY_COLOUR },
          // The top is the node's RAM, not a round figure: no tick there to crowd the last round one.
          ticks: { includeBounds: false, stepSize: memoryStep, callback: (value) => `${formatFixed(Number(value), tickDigits(memoryStep), locale)} GiB` },
        },
        cpu: {
          type: 'linear',
          position: 'right',
          min: 0,
          max: 100,
          title: { display: true, text: `${labels.cpu} (%)`, color: CPU_COLOUR },
          grid: { drawOnChartArea: false },
          ticks: { stepSize: 20, callback: (value) => formatPercent(Number(value), 0, locale) },
        },
      },
      plugins: { legend: { position: 'bottom' }, tooltip: { callbacks: { label: tooltip } } },
    },
  };
}
