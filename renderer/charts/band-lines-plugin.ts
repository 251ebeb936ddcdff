import type { Chart, ChartType, Plugin } from 'chart.js';
import { placeBandLabels } from './band-labels';

// Horizontal lines at a threshold set's band edges, drawn over the bars with their value, so a
// reader sees how far each service is from the next TIPHON band. Labels never overlap (band-labels.ts).

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

const LABEL_FONT_PX = 11;

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
    ctx.font = `${LABEL_FONT_PX}px system-ui, sans-serif`;
    ctx.textBaseline = 'bottom';
    const shown = options.lines.map((line) => ({ line, y: scale.getPixelForValue(line.value) })).filter(({ y }) => y >= top - 0.5 && y <= bottom + 0.5);
    const places = placeBandLabels(shown.map(({ y }) => y), LABEL_FONT_PX + 1, left, right);
    shown.forEach(({ line, y }, i) => {
      ctx.beginPath();
      ctx.moveTo(left, y);
      ctx.lineTo(right, y);
      ctx.stroke();
      ctx.textAlign = places[i].side;
      ctx.fillText(line.label, places[i].x, places[i].y);
    });
    ctx.restore();
  },
};
