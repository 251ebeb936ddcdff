import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { Step } from '../../core/experiment/run-schema';
import { summariseSamples } from '../../core/experiment/summary';
import { formatFixed } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';
import type { ErrorBar } from './error-bars-plugin';
import { experimentStates, niceCeiling, niceStep } from './experiment-states';
import { tickDigits } from './tick-label';
import { PRINT_PIXEL_RATIO } from './readiness';

// CPU per state: the node's CPU use in % of all its CPUs (bars, ±1 sd and min–max whiskers)
// and the mean load averages over 1, 5 and 15 minutes (lines on their own axis).

export interface CpuStepPoint {
  label: string;
  cpuMeanPercent: number;
  cpuSdPercent: number;
  cpuMinPercent: number;
  cpuMaxPercent: number;
  load1: number;
  load5: number;
  load15: number;
}

export interface CpuStepText {
  state: string;
  axisCpu: string;
  axisLoad: string;
  cpu: string;
  load1: string;
  load5: string;
  load15: string;
  sd: string;
  range: string;
}

export function cpuStepPoints(steps: readonly Step[]): CpuStepPoint[] {
  return experimentStates(steps).map((state) => {
    const s = summariseSamples(state.samples)!;
    const cpu = state.samples.map((x) => x.cpu * 100);
    return {
      label: state.label,
      cpuMeanPercent: s.cpuMean * 100,
      cpuSdPercent: s.cpuSd * 100,
      cpuMinPercent: cpu.reduce((a, b) => Math.min(a, b), Infinity),
      cpuMaxPercent: cpu.reduce((a, b) => Math.max(a, b), -Infinity),
      load1: s.load1Mean,
      load5: s.load5Mean,
      load15: s.load15Mean,
    };
  });
}

export const CPU_COLOR = '#b3541e';
const LOAD_COLORS = ['#2d7a46', '#5f9c72', '#9cc3a6'];

export function cpuStepConfig(steps: readonly Step[], text: CpuStepText, locale: string, print: boolean): ChartConfiguration<'bar' | 'line'> {
  const points = cpuStepPoints(steps);
  const cpuMax = Math.min(100, niceCeiling(Math.max(...points.map((p) => Math.max(p.cpuMaxPercent, p.cpuMeanPercent + p.cpuSdPercent)), 0) * 1.05));
  const bars: ErrorBar[] = points.map((p) => ({
    sdLow: Math.max(0, p.cpuMeanPercent - p.cpuSdPercent),
    sdHigh: p.cpuMeanPercent + p.cpuSdPercent,
    min: p.cpuMinPercent,
    max: p.cpuMaxPercent,
  }));
  const pct = (v: number) => formatPercent(v, 2, locale);
  const loads: Array<[string, keyof CpuStepPoint]> = [
    [text.load1, 'load1'],
    [text.load5, 'load5'],
    [text.load15, 'load15'],
  ];
  return {
    type: 'bar',
    data: {
      labels: points.map((p) => p.label),
      datasets: [
        {
          type: 'bar',
          label: text.cpu,
          data: points.map((p) => p.cpuMeanPercent),
          backgroundColor: 'rgba(179, 84, 30, 0.5)',
          borderColor: CPU_COLOR,
          borderWidth: 1,
          yAxisID: 'y',
          order: 2,
        },
        ...loads.map(([label, key], i) => ({
          type: 'line' as const,
          label,
          data: points.map((p) => p[key] as number),
          borderColor: LOAD_COLORS[i],
          backgroundColor: LOAD_COLORS[i],
          borderDash: i === 0 ? [] : [6, 3],
          yAxisID: 'y1',
          order: 1,
        })),
      ],
    },
    options: {
      animation: print ? false : undefined,
      responsive: !print,
      maintainAspectRatio: false,
      devicePixelRatio: print ? PRINT_PIXEL_RATIO : undefined,
      scales: {
        x: { title: { display: true, text: text.state } },
        y: {
          min: 0,
          max: cpuMax,
          title: { display: true, text: text.axisCpu },
          ticks: { stepSize: niceStep(cpuMax), callback: (v) => formatPercent(Number(v), tickDigits(niceStep(cpuMax)), locale) },
        },
        y1: {
          position: 'right',
          min: 0,
          grid: { drawOnChartArea: false },
          title: { display: true, text: text.axisLoad },
          ticks: { callback: (v) => formatFixed(Number(v), 2, locale) },
        },
      },
      plugins: {
        // Short keys keep the four entries on one row in Indonesian too, so this plot is as tall as the memory chart's beside it,
        // whose legend has one row.
        legend: { position: 'bottom', labels: { boxWidth: 24 } },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) => {
              const p = points[item.dataIndex];
              if (item.datasetIndex > 0) return `${item.dataset.label}: ${formatFixed(item.parsed.y ?? 0, 2, locale)}`;
              return [
                `${text.cpu}: ${pct(p.cpuMeanPercent)}`,
                `${text.sd}: ± ${pct(p.cpuSdPercent)}`,
                `${text.range}: ${pct(p.cpuMinPercent)} – ${pct(p.cpuMaxPercent)}`,
              ];
            },
          },
        },
        errorBars: { datasetIndex: 0, scaleId: 'y', bars, color: '#1d2329' },
      },
    },
  };
}
