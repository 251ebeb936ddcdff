import type { Chart, ChartType, Plugin } from 'chart.js';

// Horizontal lines at a threshold set's band edges, drawn over the bars with their value, so a
// reader sees how far each service is from the next TIPHON band.

export interface BandLine {
  value: number;
  label: string;
}

export interface BandLinesOptions {
  lines: BandLine[];
  colour: string;
}

declare module 'chart.js' {
  // The augmentation must repeat chart.js's own type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    bandLines?: BandLinesOptions;
  }
}

export const bandLinesPlugin: Plugin<'bar'> = {
  id: 'bandLines',
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options: BandLinesOptions) {
    const scale = chart.scales.y;
    if (!scale || !options.lines?.length) return;
    const { left, right, top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = options.colour;
    ctx.fillStyle = options.colour;
    ctx.lineWidth = 1;
    ctx.setLineDash([5, 4]);
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    for (const line of options.lines) {
      const y = scale.getPixelForValue(line.value);
      if (y < top - 0.5 || y > bottom + 0.5) continue;
      ctx.beginPath();
      ctx.moveTo(left, y);
      ctx.lineTo(right, y);
      ctx.stroke();
      ctx.fillText(line.label, right - 2, y - 2);
    }
    ctx.restore();
  },
};
