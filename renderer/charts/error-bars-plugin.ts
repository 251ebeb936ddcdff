import type { Chart, ChartType, Plugin } from 'chart.js';

// Error bars for bar charts, drawn by a small plugin of our own: a thick whisker for ±1 sd and
// a thin one, with short caps, from the minimum to the maximum sample.

export interface ErrorBar {
  /** Mean − sd and mean + sd, in the value axis' units. */
  sdLow: number;
  sdHigh: number;
  min: number;
  max: number;
}

export interface ErrorBarsOptions {
  /** The dataset whose bars get whiskers, and its value axis. */
  datasetIndex: number;
  scaleId: string;
  bars: Array<ErrorBar | null>;
  color: string;
}

declare module 'chart.js' {
  // An augmentation must repeat chart.js' type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    errorBars?: ErrorBarsOptions | false;
  }
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

/** The lines of one error bar at pixel x: the range whisker with its caps, then the sd whisker with its caps. */
export function errorBarSegments(bar: ErrorBar, x: number, yOf: (value: number) => number, barWidth: number): Segment[] {
  const cap = (y: number, half: number, width: number): Segment => ({ x1: x - half, y1: y, x2: x + half, y2: y, width });
  const rangeCap = Math.max(2, barWidth * 0.12);
  const sdCap = Math.max(3, barWidth * 0.25);
  const [min, max, low, high] = [bar.min, bar.max, bar.sdLow, bar.sdHigh].map(yOf);
  return [
    { x1: x, y1: min, x2: x, y2: max, width: 1 },
    cap(min, rangeCap, 1),
    cap(max, rangeCap, 1),
    { x1: x, y1: low, x2: x, y2: high, width: 3 },
    cap(low, sdCap, 2),
    cap(high, sdCap, 2),
  ];
}

export const errorBarsPlugin: Plugin = {
  id: 'errorBars',
  afterDatasetsDraw(chart: Chart, _args, raw) {
    const options = raw as Partial<ErrorBarsOptions>;
    if (!options.bars || options.datasetIndex === undefined || !options.scaleId) return;
    const meta = chart.getDatasetMeta(options.datasetIndex);
    const scale = chart.scales[options.scaleId];
    if (!meta || meta.hidden || !scale) return;
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = options.color ?? '#000';
    ctx.lineCap = 'butt';
    options.bars.forEach((bar, i) => {
      const element = meta.data[i] as unknown as { x: number; width?: number } | undefined;
      if (!bar || !element) return;
      for (const s of errorBarSegments(bar, element.x, (v) => scale.getPixelForValue(v), element.width ?? 20)) {
        ctx.lineWidth = s.width;
        ctx.beginPath();
        ctx.moveTo(s.x1, s.y1);
        ctx.lineTo(s.x2, s.y2);
        ctx.stroke();
      }
    });
    ctx.restore();
  },
};
