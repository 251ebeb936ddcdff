import type { ChartConfiguration } from 'chart.js';
import { overTimeOptions, secondsAxis } from './over-time';
import { axisTickLabel, siAxisTickLabel, tickLabel } from './tick-label';
import type { QosAssessment } from '../../core/qos/qos-report-schema';
import { formatFixed, formatSi } from '../../core/format/numbers';

export type IoData = QosAssessment['measured']['io'];

export interface IoGraphLabels {
  bits: string;
  packets: string;
  /** Bits/s of the busiest interval of each reduced bucket. */
  peak: string;
  time: string;
}

export interface IoGraphInput {
  io: IoData;
  labels: IoGraphLabels;
  locale: string;
  print: boolean;
}

/** The interval as Wireshark's menu names it: "10 ms", "1 s". */
export function ioIntervalText(seconds: number, locale: string): string {
  return seconds < 1 ? `${tickLabel(seconds * 1000, locale)} ms` : `${tickLabel(seconds, locale)} s`;
}

/** Points drawn one per interval up to this many; beyond it the worker's reduced series is used. */
export const IO_POINTS_LIMIT = 1000;

type Point = { x: number; y: number };

/** Whether the graph draws every interval (bits/s and packets/s) or the reduced bits/s series. */
export const ioGraphIsReduced = (io: IoData): boolean => io.intervals === null || io.intervals.length > IO_POINTS_LIMIT;

/**
 * Wireshark's I/O graph: bits/s (left axis) and packets/s (right axis) per interval, plotted at
 * the start of each interval in seconds from the first displayed packet. A series too long to
 * draw point by point shows the mean bits/s of each bucket and its busiest interval instead.
 */
export function ioGraphConfig(input: IoGraphInput): ChartConfiguration<'line', Point[], unknown> {
  const { io, labels, locale } = input;
  const reduced = ioGraphIsReduced(io);
  const datasets: ChartConfiguration<'line', Point[], unknown>['data']['datasets'] = [];
  if (!reduced) {
    const intervals = io.intervals!;
    datasets.push(
      {
        label: labels.bits,
        data: intervals.map((i) => ({ x: i.start, y: i.bitsPerSecond })),
        yAxisID: 'y',
        borderColor: '#1f5f99',
        backgroundColor: '#1f5f99',
      },
      {
        label: labels.packets,
        data: intervals.map((i) => ({ x: i.start, y: i.packetsPerSecond })),
        yAxisID: 'y1',
        borderColor: '#c2571a',
        backgroundColor: '#c2571a',
      },
    );
  } else {
    datasets.push(
      { label: labels.bits, data: io.drawing.map((p) => ({ x: p.start, y: p.mean })), yAxisID: 'y', borderColor: '#1f5f99', backgroundColor: '#1f5f99' },
      {
        label: labels.peak,
        data: io.drawing.map((p) => ({ x: p.start, y: p.max })),
        yAxisID: 'y',
        borderColor: '#8fb3d6',
        backgroundColor: '#8fb3d6',
        borderDash: [3, 3],
      },
    );
  }
  const points = datasets[0].data.length;
  // The axis ends where the last interval does, so a short series fills the width.
  const lastStart = reduced ? (io.drawing.at(-1)?.start ?? 0) : (io.intervals!.at(-1)?.start ?? 0);
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...overTimeOptions(input.print),
      elements: { point: { radius: points > 60 ? 0 : 2 }, line: { borderWidth: 1.5 } },
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: { ...secondsAxis(labels.time, locale), max: lastStart + io.intervalSeconds },
        y: {
          type: 'linear',
          beginAtZero: true,
          position: 'left',
          title: { display: true, text: labels.bits },
          ticks: { callback: (value, _index, ticks) => siAxisTickLabel(value, ticks, 'bit/s', locale) },
        },
        y1: {
          type: 'linear',
          display: !reduced,
          beginAtZero: true,
          position: 'right',
          grid: { drawOnChartArea: false },
          title: { display: true, text: labels.packets },
          ticks: { callback: (value, _index, ticks) => axisTickLabel(value, ticks, locale) },
        },
      },
      plugins: {
        legend: { display: true, position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items) => `${formatFixed(items[0].parsed.x ?? 0, 3, locale)} s`,
            label: (item) =>
              item.dataset.yAxisID === 'y1'
                ? `${item.dataset.label}: ${formatFixed(item.parsed.y ?? 0, 1, locale)}`
                : `${item.dataset.label}: ${formatSi(item.parsed.y ?? 0, 'bit/s', locale)}`,
          },
        },
      },
    },
  };
}
