import type { ChartConfiguration } from 'chart.js';
import { overTimeOptions, secondsAxis } from './over-time';
import { axisTickLabel } from './tick-label';
import type { QosAssessment } from '../../core/qos/qos-report-schema';
import { formatFixed } from '../../core/format/numbers';

export type RttData = QosAssessment['measured']['rttSeries'];

export interface RttChartLabels {
  tcp: string;
  icmp: string;
  /** Suffix for the largest sample of each bucket when a series is reduced. */
  peak: string;
  time: string;
  rtt: string;
}

export interface RttChartInput {
  rtt: RttData;
  labels: RttChartLabels;
  locale: string;
  print: boolean;
}

type Point = { x: number; y: number };
type Dataset = ChartConfiguration<'line', Point[], unknown>['data']['datasets'][number];

const COLOURS = { tcp: ['#1f5f99', '#8fb3d6'], icmp: ['#2e7d32', '#9ccc9f'] } as const;

/** A series is reduced when the worker merged samples into time buckets. */
const reduced = (series: RttData['tcp']) => series.points.length < series.count;

/**
 * RTT over time (seconds from the first displayed packet): TCP ACK RTTs and ping round trips as
 * dots, one per sample; a series reduced to time buckets is drawn as its mean with a dashed
 * line through each bucket's largest sample, so spikes stay visible.
 */
export function rttChartConfig(input: RttChartInput): ChartConfiguration<'line', Point[], unknown> {
  const { rtt, labels, locale } = input;
  const datasets: Dataset[] = [];
  for (const kind of ['tcp', 'icmp'] as const) {
    const series = rtt[kind];
    if (series.count === 0) continue;
    const [colour, light] = COLOURS[kind];
    const label = labels[kind];
    if (!reduced(series)) {
      datasets.push({
        label,
        data: series.points.map((p) => ({ x: p.start, y: p.mean })),
        borderColor: colour,
        backgroundColor: colour,
        showLine: false,
        pointRadius: 2,
      });
    } else {
      datasets.push(
        { label, data: series.points.map((p) => ({ x: p.start, y: p.mean })), borderColor: colour, backgroundColor: colour, pointRadius: 0 },
        {
          label: `${label} ${labels.peak}`,
          data: series.points.map((p) => ({ x: p.start, y: p.max })),
          borderColor: light,
          backgroundColor: light,
          borderDash: [3, 3],
          pointRadius: 0,
        },
      );
    }
  }
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...overTimeOptions(input.print),
      elements: { line: { borderWidth: 1.5 } },
      interaction: { mode: 'nearest', intersect: false },
      scales: {
        x: secondsAxis(labels.time, locale),
        y: {
          type: 'linear',
          beginAtZero: true,
          title: { display: true, text: labels.rtt },
          ticks: { callback: (value, _index, ticks) => `${axisTickLabel(value, ticks, locale)} ms` },
        },
      },
      plugins: {
        legend: { display: true, position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items) => `${formatFixed(items[0].parsed.x ?? 0, 3, locale)} s`,
            label: (item) => `${item.dataset.label}: ${formatFixed(item.parsed.y ?? 0, 3, locale)} ms`,
          },
        },
      },
    },
  };
}
