import type { Chart, ChartType, Plugin } from 'chart.js';
import { placeBandLabels } from './band-labels';

// Horizontal lines at a threshold set's band edges, drawn over the bars with their value, so a
// reader sees how far each service is from the next TIPHON band. Labels sit in a gutter right of the plot, within its height, and never overlap (band-labels.ts).

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

/** The config leaves a gutter this font's labels fit in (bandGutterWidth). */
export const BAND_LABEL_FONT_PX = 11;

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
    ctx.font = `${BAND_LABEL_FONT_PX}px system-ui, sans-serif`;
    const shown = options.lines.map((line) => ({ line, y: scale.getPixelForValue(line.value) })).filter(({ y }) => y >= top - 0.5 && y <= bottom + 0.5);
    const centres = placeBandLabels(
      shown.map(({ y }) => y),
      BAND_LABEL_FONT_PX + 1,
      top,
      bottom,
    );
    shown.forEach(({ y }) => {
      ctx.beginPath();
      ctx.moveTo(left, y);
      ctx.lineTo(right, y);
      ctx.stroke();
    });
    ctx.setLineDash([]);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    shown.forEach(({ line }, i) => ctx.fillText(line.label, right + 4, centres[i]));
    ctx.restore();
  },
};
