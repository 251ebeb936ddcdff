import type { ChartConfiguration } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { formatFixed, formatInteger } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';
import { niceCeiling, niceStep } from './experiment-states';
import { livePoints, liveSpan, liveTimeStep, liveTooltip, type LivePoint, type LiveSample } from './live-node-config';
import { tickDigits } from './tick-label';

// The lecturer view's chart: the live node chart made for a projector. Type is sized from the
// viewport, lines are thick, colours are light on dark, and the memory axis starts near the
// lowest value so that one VM started on a large node is a step the back row can see. Each
// guest start and stop is a vertical marker named after the guest; the names sit in a band above
// the plot, never on the lines.

export interface LecturerMarker {
  /** Epoch milliseconds. */
  time: number;
  label: string;
  kind: 'start' | 'stop';
}

export interface LecturerChartInput {
  samples: readonly LiveSample[];
  markers: readonly LecturerMarker[];
  locale: string;
  labels: { memory: string; cpu: string; time: string };
  windowSeconds: number;
  /** Font size of ticks, axis titles, legend and marker names, in CSS pixels. */
  fontPx: number;
  /** Width of a marker name in pixels at fontPx (the view measures it on a canvas). */
  textWidth(text: string): number;
}

export const LECTURER_COLOURS = {
  background: '#0b0f14',
  text: '#f5f7fa',
  grid: 'rgba(245, 247, 250, 0.18)',
  memory: '#6cb6ff',
  cpu: '#ffa24d',
  start: '#3ddc84',
  stop: '#c9d3de',
};

/** At least 2.5 % of the viewport height, so ticks read from the back of a lecture room. */
export const lecturerFontPx = (viewportHeight: number): number => Math.max(14, Math.ceil(viewportHeight * 0.026));

export interface AxisRange {
  min: number;
  max: number;
  step: number;
}

/**
 * A memory axis around the data: a little room below the lowest value and more above the
 * highest, in round steps, so a step of a few GiB fills a good part of the height.
 */
export function memoryRange(valuesGiB: readonly number[]): AxisRange {
  if (valuesGiB.length === 0) return { min: 0, max: 1, step: 0.2 };
  const low = Math.min(...valuesGiB);
  const high = Math.max(...valuesGiB);
  const span = Math.max(high - low, 0.5);
  const step = niceStep(niceCeiling(span * 1.6));
  // Whole steps, rid of binary fractions (58 × 0.2 is 11.600000000000001).
  const steps = (n: number) => Number((n * step).toPrecision(12));
  const min = Math.max(0, steps(Math.floor((low - span * 0.15) / step)));
  const max = steps(Math.ceil((high + span * 0.45) / step));
  return { min, max, step };
}

/** CPU from 0 to twice the highest value, so the CPU line stays in the lower half. */
export function cpuRange(valuesPercent: readonly number[]): AxisRange {
  const max = Math.min(100, niceCeiling(Math.max(5, ...valuesPercent) * 2));
  return { min: 0, max, step: niceStep(max) };
}

const PAD = 4;
/** Markers close together take turns over this many rows of names. */
const MARKER_ROWS = 3;
/** Height of one row of marker names above the plot. */
const rowHeight = (fontPx: number) => fontPx * 1.3 + PAD * 2;

function markerAnnotation(marker: LecturerMarker, x: number, row: number, input: LecturerChartInput, rightHalf: boolean): AnnotationOptions<'line'> {
  const colour = marker.kind === 'start' ? LECTURER_COLOURS.start : LECTURER_COLOURS.stop;
  const content = `${marker.kind === 'start' ? '▶' : '■'} ${marker.label}`;
  const half = input.textWidth(content) / 2 + PAD + 2;
  return {
    type: 'line',
    scaleID: 'x',
    value: x,
    borderColor: colour,
    borderWidth: 3,
    borderDash: marker.kind === 'stop' ? [10, 8] : [],
    label: {
      display: true,
      content,
      position: 'start',
      // Above the plot, beside the line (to its left near "now"), one row per neighbour.
      xAdjust: rightHalf ? -half : half,
      // 'start' sets the label's top on the plot's top edge: lift it a row per row, and a gap.
      yAdjust: -((row + 1) * rowHeight(input.fontPx) + PAD),
      backgroundColor: LECTURER_COLOURS.background,
      color: colour,
      font: { size: input.fontPx, weight: 'bold' },
      padding: PAD,
    },
  };
}

export function lecturerChartConfig(input: LecturerChartInput): ChartConfiguration<'line', LivePoint[]> {
  const { samples, locale, labels, fontPx } = input;
  const points = livePoints(samples);
  const memory = memoryRange(points.memory.map((p) => p.y));
  const cpu = cpuRange(points.cpu.map((p) => p.y));
  const span = liveSpan(samples, input.windowSeconds);
  const newest = samples.at(-1)?.time ?? 0;
  const shown = input.markers.filter((m) => (m.time - newest) / 1000 >= -span);
  const rows = Math.min(MARKER_ROWS, shown.length);
  const font = { size: fontPx };
  const memoryDigits = tickDigits(memory.step);
  const cpuDigits = tickDigits(cpu.step);
  const axisText = { color: LECTURER_COLOURS.text, font };
  const tooltip = liveTooltip(labels, locale);
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: `${labels.memory} (GiB)`,
          data: points.memory,
          yAxisID: 'memory',
          borderColor: LECTURER_COLOURS.memory,
          backgroundColor: LECTURER_COLOURS.memory,
          pointRadius: 0,
          borderWidth: 6,
        },
        {
          label: `${labels.cpu} (%)`,
          data: points.cpu,
          yAxisID: 'cpu',
          borderColor: LECTURER_COLOURS.cpu,
          backgroundColor: LECTURER_COLOURS.cpu,
          pointRadius: 0,
          borderWidth: 4,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      color: LECTURER_COLOURS.text,
      layout: { padding: { top: rows * rowHeight(fontPx) + 2 * PAD } },
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: {
          type: 'linear',
          min: -span,
          max: 0,
          title: { display: true, text: labels.time, ...axisText },
          grid: { color: LECTURER_COLOURS.grid },
          ticks: { ...axisText, stepSize: liveTimeStep(span), callback: (value) => `${formatInteger(Number(value), locale)} s` },
        },
        memory: {
          type: 'linear',
          position: 'left',
          min: memory.min,
          max: memory.max,
          title: { display: true, text: `${labels.memory} (GiB)`, ...axisText, color: LECTURER_COLOURS.memory },
          grid: { color: LECTURER_COLOURS.grid },
          ticks: { ...axisText, stepSize: memory.step, callback: (value) => `${formatFixed(Number(value), memoryDigits, locale)} GiB` },
        },
        cpu: {
          type: 'linear',
          position: 'right',
          min: cpu.min,
          max: cpu.max,
          title: { display: true, text: `${labels.cpu} (%)`, ...axisText, color: LECTURER_COLOURS.cpu },
          grid: { drawOnChartArea: false },
          ticks: { ...axisText, stepSize: cpu.step, callback: (value) => formatPercent(Number(value), cpuDigits, locale) },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: LECTURER_COLOURS.text, font, boxWidth: fontPx * 2 } },
        tooltip: { titleFont: font, bodyFont: font, callbacks: { label: tooltip } },
        annotation: {
          clip: false,
          annotations: shown.map((m, i) => {
            const x = (m.time - newest) / 1000;
            return markerAnnotation(m, x, i % MARKER_ROWS, input, x > -span / 2);
          }),
        },
      },
    },
  };
}
