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

export const barValuesPlugin: Plugin<'bar'> = {
  id: 'barValues',
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options: BarValuesOptions) {
    const bars = chart.getDatasetMeta(0)?.data;
    if (!bars?.length || !options.labels?.length) return;
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = options.colour;
    ctx.font = `600 ${BAR_VALUE_FONT_PX}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    bars.forEach((bar, i) => {
      const label = options.labels[i];
      if (!label) return;
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      // A missing value has no bar: its dash sits on the axis. A bar reaching the top keeps its label inside the chart.
      const at = Number.isFinite(y) ? Math.max(top + BAR_VALUE_FONT_PX + 1, y - 3) : bottom - 2;
      ctx.fillText(label, x, at);
    });
    ctx.restore();
  },
};
