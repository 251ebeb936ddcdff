import type { Chart, ChartType, Plugin } from 'chart.js';

// Each bar's value written above it, so a reader has every figure even where the bar is a stub
// (368 bit/s beside 2 Mbit/s) and need not hover in a printed report.

export interface BarValuesOptions {
  /** One text per bar, already formatted with its unit. */
  labels: string[];
  colour: string;
}

declare module 'chart.js' {
  // The augmentation must repeat chart.js's own type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    barValues?: BarValuesOptions;
  }
}

export const BAR_VALUE_FONT_PX = 11;
/** Labels shrink to fit their bar's share of the width down to this size, then take two rows. */
const MIN_FONT_PX = 8;

export const barValuesPlugin: Plugin<'bar'> = {
  id: 'barValues',
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options: BarValuesOptions) {
    const bars = chart.getDatasetMeta(0)?.data;
    if (!bars?.length || !options.labels?.length) return;
    const { left, right, top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    const room = (right - left) / bars.length - 4;
    const font = (px: number) => `600 ${px}px system-ui, sans-serif`;
    const widest = (px: number) => {
      ctx.font = font(px);
      return Math.max(...options.labels.map((label) => ctx.measureText(label).width));
    };
    let px = BAR_VALUE_FONT_PX;
    while (px > MIN_FONT_PX && widest(px) > room) px--;
    // Still too wide: neighbours alternate between two rows, so no two labels share a line.
    const rows = widest(px) > room ? 2 : 1;
    ctx.font = font(px);
    ctx.fillStyle = options.colour;
    // A white halo keeps the figure legible where a band line crosses it.
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    bars.forEach((bar, i) => {
      const label = options.labels[i];
      if (!label) return;
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      const raise = rows === 2 && i % 2 === 1 ? px + 2 : 0;
      // A missing value has no bar: its dash sits on the axis. A bar reaching the top keeps its label inside the chart.
      const at = Number.isFinite(y) ? Math.max(top + px * rows + 1, y - 3 - raise) : bottom - 2 - raise;
      ctx.strokeText(label, x, at);
      ctx.fillText(label, x, at);
    });
    ctx.restore();
  },
};
