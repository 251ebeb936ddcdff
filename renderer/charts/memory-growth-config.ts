import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { Step } from '../../core/experiment/run-schema';
import { summariseSamples } from '../../core/experiment/summary';
import { formatFixed, formatInteger } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';
import type { ErrorBar } from './error-bars-plugin';
import { experimentStates, GIB, niceCeiling, niceStep } from './experiment-states';
import { PRINT_PIXEL_RATIO } from './readiness';

// Memory used per state (the seed paper's Figure 7): the mean of the state's samples as a bar,
// ±1 sd and the min–max range as whiskers, GiB on the left axis and % of the node's total on
// the right (both axes share one scale, so a bar reads on either).

export interface MemoryGrowthPoint {
  label: string;
  meanGiB: number;
  sdGiB: number;
  minGiB: number;
  maxGiB: number;
  /** Mean over the samples of used / total, in %. */
  percentMean: number;
  totalGiB: number;
  samples: number;
}

export interface MemoryGrowthText {
  axisUsed: string;
  axisPercent: string;
  state: string;
  mean: string;
  sd: string;
  range: string;
  samples: string;
  total: string;
}

export function memoryGrowthPoints(steps: readonly Step[]): MemoryGrowthPoint[] {
  return experimentStates(steps).map((state) => {
    const s = summariseSamples(state.samples)!;
    return {
      label: state.label,
      meanGiB: s.memUsedMean / GIB,
      sdGiB: s.memUsedSd / GIB,
      minGiB: s.memUsedMin / GIB,
      maxGiB: s.memUsedMax / GIB,
      percentMean: s.memUsedPercentMean,
      totalGiB: state.samples[0].memTotal / GIB,
      samples: s.samples,
    };
  });
}

/** The top of the GiB axis: a round number above every whisker, with a little headroom. */
export function memoryAxisMax(points: readonly MemoryGrowthPoint[]): number {
  const top = Math.max(0, ...points.map((p) => Math.max(p.maxGiB, p.meanGiB + p.sdGiB)));
  return niceCeiling(top * 1.05);
}

export const MEMORY_COLOR = '#1f5f99';
const BAR_FILL = 'rgba(31, 95, 153, 0.55)';
const WHISKER = '#1d2329';

export function memoryGrowthConfig(steps: readonly Step[], text: MemoryGrowthText, locale: string, print: boolean): ChartConfiguration<'bar'> {
  const points = memoryGrowthPoints(steps);
  const yMax = memoryAxisMax(points);
  const totalGiB = points[0]?.totalGiB ?? 0;
  const gib = (v: number) => `${formatFixed(v, 2, locale)} GiB`;
  const bars: ErrorBar[] = points.map((p) => ({ sdLow: p.meanGiB - p.sdGiB, sdHigh: p.meanGiB + p.sdGiB, min: p.minGiB, max: p.maxGiB }));
  return {
    type: 'bar',
    data: {
      labels: points.map((p) => p.label),
      datasets: [{ label: text.mean, data: points.map((p) => p.meanGiB), backgroundColor: BAR_FILL, borderColor: MEMORY_COLOR, borderWidth: 1, yAxisID: 'y' }],
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
          max: yMax,
          title: { display: true, text: text.axisUsed },
          ticks: { stepSize: niceStep(yMax), callback: (v) => formatFixed(Number(v), yMax < 5 ? 1 : 0, locale) },
        },
        // The same scale as y, relabelled as a share of the node's total memory.
        y1: {
          position: 'right',
          min: 0,
          max: totalGiB > 0 ? (yMax / totalGiB) * 100 : 100,
          grid: { drawOnChartArea: false },
          title: { display: true, text: text.axisPercent },
          // The axis' end is wherever y's end falls in %: label only the round values below it.
          ticks: { includeBounds: false, callback: (v) => formatPercent(Number(v), 0, locale) },
        },
      },
      plugins: {
        // A legend as the CPU chart beside it has, so the two plots stand at one height; its one
        // series is not hidden by a click, which would leave an empty chart.
        legend: { position: 'bottom', labels: { boxWidth: 24 }, onClick: () => undefined },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar'>) => {
              const p = points[item.dataIndex];
              return [
                `${text.mean}: ${gib(p.meanGiB)} (${formatPercent(p.percentMean, 1, locale)} ${text.total} ${gib(p.totalGiB)})`,
                `${text.sd}: ± ${gib(p.sdGiB)}`,
                `${text.range}: ${gib(p.minGiB)} – ${gib(p.maxGiB)}`,
                `${text.samples}: ${formatInteger(p.samples, locale)}`,
              ];
            },
          },
        },
        errorBars: { datasetIndex: 0, scaleId: 'y', bars, color: WHISKER },
      },
    },
  };
}
