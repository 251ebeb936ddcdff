import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { RrdRowView } from '../../core/contract/proxmox';
import { formatFixed, formatSi } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';
import { axisTickLabel, siAxisTickLabel } from './tick-label';

// Data → chart.js configuration for one RRD history chart (docs/proxmox.md §RRD). Rows are oldest
// first and every column is optional: a missing value is a gap in the line, never a zero.

export type RrdMetric = 'cpu' | 'load' | 'memory' | 'network';
export type RrdTimeframe = 'hour' | 'day' | 'week';

interface Series {
  column: string;
  scale: (v: number) => number;
  colour: string;
}

const GIB = 1024 ** 3;

export const RRD_SERIES: Record<RrdMetric, Series[]> = {
  cpu: [
    { column: 'cpu', scale: (v) => v * 100, colour: '#c2571a' },
    { column: 'iowait', scale: (v) => v * 100, colour: '#7a5400' },
  ],
  load: [{ column: 'loadavg', scale: (v) => v, colour: '#6b3fa0' }],
  memory: [
    { column: 'memused', scale: (v) => v / GIB, colour: '#1f5f99' },
    { column: 'memtotal', scale: (v) => v / GIB, colour: '#8795a3' },
  ],
  network: [
    { column: 'netin', scale: (v) => v, colour: '#256b3a' },
    { column: 'netout', scale: (v) => v, colour: '#a1262b' },
  ],
};

export interface RrdChartOptions {
  locale: string;
  timeframe: RrdTimeframe;
  /** Legend text per column (cpu, iowait, loadavg, memused, memtotal, netin, netout). */
  labels: Record<string, string>;
  print?: boolean;
}

export type RrdPoint = { x: number; y: number | null };

export function rrdPoints(rows: readonly RrdRowView[], metric: RrdMetric): RrdPoint[][] {
  return RRD_SERIES[metric].map((series) =>
    rows.map((row) => {
      const raw = row.values[series.column];
      return { x: row.time, y: raw === undefined ? null : series.scale(raw) };
    }),
  );
}

/** How a value of the metric reads, with its unit. */
export function formatRrdValue(metric: RrdMetric, value: number, locale: string): string {
  if (metric === 'cpu') return formatPercent(value, 2, locale);
  if (metric === 'load') return formatFixed(value, 2, locale);
  if (metric === 'memory') return `${formatFixed(value, 2, locale)} GiB`;
  return formatSi(value, 'B/s', locale);
}

/** Seconds between time ticks: every 10 minutes of an hour, 4 hours of a day, each day of a week. */
const TICK_SECONDS: Record<RrdTimeframe, number> = { hour: 600, day: 4 * 3600, week: 86400 };

/**
 * Epoch seconds of the round local times between `min` and `max` (12:10, 12:20 … for an hour;
 * 00:00, 04:00 … for a day; each midnight for a week), counted from the local midnight so
 * that ticks fall on the clock's round times in the reader's time zone.
 */
export function rrdTimeTicks(min: number, max: number, timeframe: RrdTimeframe): number[] {
  const step = TICK_SECONDS[timeframe];
  const midnight = new Date(min * 1000);
  midnight.setHours(0, 0, 0, 0);
  const ticks: number[] = [];
  for (let t = midnight.getTime() / 1000; t <= max; t += step) {
    // A week's steps follow the calendar, so a daylight-saving change keeps them on midnight.
    const at =
      timeframe === 'week'
        ? new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate() + Math.round((t - midnight.getTime() / 1000) / step)).getTime() / 1000
        : t;
    if (at >= min && at <= max) ticks.push(at);
  }
  return ticks;
}

function tickFormatter(locale: string, timeframe: RrdTimeframe): Intl.DateTimeFormat {
  return timeframe === 'week' ? new Intl.DateTimeFormat(locale, { day: '2-digit', month: 'short' }) : timeFormatter(locale, timeframe);
}

function timeFormatter(locale: string, timeframe: RrdTimeframe): Intl.DateTimeFormat {
  return timeframe === 'week'
    ? new Intl.DateTimeFormat(locale, { day: '2-digit', month: 'short', hour: '2-digit', hourCycle: 'h23' })
    : new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

export function rrdConfig(rows: readonly RrdRowView[], metric: RrdMetric, options: RrdChartOptions): ChartConfiguration<'line', RrdPoint[]> {
  const { locale } = options;
  const points = rrdPoints(rows, metric);
  const times = timeFormatter(locale, options.timeframe);
  const tickTimes = tickFormatter(locale, options.timeframe);
  const series = RRD_SERIES[metric];
  const tick = (value: number, ticks: ReadonlyArray<{ value: number }>) => {
    if (metric === 'cpu') return formatPercent(value, 0, locale);
    if (metric === 'memory') return `${axisTickLabel(value, ticks, locale)} GiB`;
    return metric === 'load' ? axisTickLabel(value, ticks, locale) : siAxisTickLabel(value, ticks, 'B/s', locale);
  };
  return {
    type: 'line',
    data: {
      datasets: series.map((s, i) => ({
        label: options.labels[s.column] ?? s.column,
        data: points[i],
        borderColor: s.colour,
        backgroundColor: s.colour,
        pointRadius: 0,
        borderWidth: 1.5,
        spanGaps: false,
      })),
    },
    options: {
      animation: options.print ? false : { duration: 0 },
      responsive: !options.print,
      maintainAspectRatio: false,
      parsing: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: {
          type: 'linear',
          min: rows[0]?.time,
          max: rows.at(-1)?.time,
          afterBuildTicks: (scale) => {
            scale.ticks = rrdTimeTicks(scale.min, scale.max, options.timeframe).map((value) => ({ value }));
          },
          ticks: { autoSkip: true, callback: (value) => tickTimes.format(new Date(Number(value) * 1000)) },
        },
        y: {
          type: 'linear',
          beginAtZero: true,
          max: metric === 'cpu' ? 100 : undefined,
          ticks: { callback: (value, _index, ticks) => tick(Number(value), ticks) },
        },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? times.format(new Date(items[0].parsed.x! * 1000)) : ''),
            label: (item: TooltipItem<'line'>) => `${item.dataset.label}: ${formatRrdValue(metric, item.parsed.y ?? 0, locale)}`,
          },
        },
      },
    },
  };
}
