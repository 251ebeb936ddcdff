import type { Chart, ChartConfiguration, TooltipItem } from 'chart.js';
import { toFont } from 'chart.js/helpers';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { ExperimentRun } from '../../core/experiment/run-schema';
import { formatFixed } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';
import { tickDigits } from './tick-label';
import { GIB, niceCeiling, niceStep } from './experiment-states';
import { MEMORY_COLOR } from './memory-growth-config';
import { CPU_COLOR } from './cpu-step-config';
import { PRINT_PIXEL_RATIO } from './readiness';
import { markerLabelRows } from './marker-labels';

// Every sample of a run over time: memory used (GiB, left) and CPU (% of all CPUs, right),
// time in seconds from the run's first recorded moment, and a vertical marker where a guest
// came up (planned runs) or where a snapshot began (manual runs).

export interface TimelinePoint {
  /** Seconds since the run's first event or sample. */
  x: number;
  memGiB: number;
  cpuPercent: number;
}

export interface TimelineMarker {
  x: number;
  label: string;
  kind: 'start' | 'stop' | 'snapshot';
}

export interface TimelineText {
  time: string;
  axisUsed: string;
  axisCpu: string;
  memory: string;
  cpu: string;
}

type TimelineRun = Pick<ExperimentRun, 'steps' | 'events' | 'guestNames' | 'mode'>;

function originOf(run: TimelineRun): number {
  const times = [...run.events.map((e) => e.time), ...run.steps.flatMap((s) => s.samples.map((x) => x.time))].map(Date.parse);
  return times.length ? times.reduce((a, b) => Math.min(a, b)) : 0;
}

export function timelinePoints(run: TimelineRun): TimelinePoint[] {
  const origin = originOf(run);
  return run.steps
    .flatMap((s) => s.samples)
    .map((s) => ({ x: (Date.parse(s.time) - origin) / 1000, memGiB: s.memUsed / GIB, cpuPercent: s.cpu * 100 }))
    .sort((a, b) => a.x - b.x);
}

const guestLabel = (run: TimelineRun, vmid: number) => (run.guestNames[vmid] ? `${vmid} ${run.guestNames[vmid]}` : String(vmid));

export function timelineMarkers(run: TimelineRun): TimelineMarker[] {
  const origin = originOf(run);
  const at = (time: string) => (Date.parse(time) - origin) / 1000;
  if (run.mode === 'manual') {
    return run.steps.filter((s) => s.samples.length > 0).map((s) => ({ x: at(s.samples[0].time), label: s.label, kind: 'snapshot' as const }));
  }
  return run.events
    .filter((e) => (e.kind === 'running' || e.kind === 'stopped') && e.vmid !== null)
    .map((e) => ({ x: at(e.time), label: guestLabel(run, e.vmid!), kind: e.kind === 'running' ? ('start' as const) : ('stop' as const) }));
}

/** "75" → "1:15", "3725" → "1:02:05". */
export function clockText(seconds: number): string {
  const s = Math.round(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

const MARKER_STYLE = {
  start: { color: '#2d7a46', dash: [] as number[], prefix: '▶ ' },
  stop: { color: '#8a939c', dash: [4, 4], prefix: '■ ' },
  snapshot: { color: '#6b4fa0', dash: [2, 3], prefix: '' },
};

const LABEL_FONT_PX = 11;
/** Spelled out in full: the annotation plugin draws a line's label bold unless told, and the rows are laid out in this font. */
const LABEL_FONT = { size: LABEL_FONT_PX, weight: 'bold' } as const;
const LABEL_PAD = 2;
/** Markers close together take turns over at most this many rows of labels. */
const LABEL_ROWS = 3;
/** One row of labels in the band above the plot. */
const LABEL_ROW_PX = LABEL_FONT_PX * 1.2 + 2 * LABEL_PAD + 3;

const labelText = (marker: TimelineMarker) => `${MARKER_STYLE[marker.kind].prefix}${marker.label}`;

/** Every label's row on the chart as laid out, measured in the font it is drawn in. */
function labelRowsOn(chart: Chart, markers: readonly TimelineMarker[], rows: number): number[] {
  const ctx = chart.ctx;
  ctx.save();
  ctx.font = toFont(LABEL_FONT).string;
  const spans = markers.map((m) => ({ centre: chart.scales.x.getPixelForValue(m.x), width: ctx.measureText(labelText(m)).width + 2 * LABEL_PAD }));
  ctx.restore();
  const { left, right } = chart.chartArea;
  return markerLabelRows(spans, left + LABEL_PAD, right - LABEL_PAD, rows);
}

/**
 * A marker's line across the plot, its label centred on the line's top in the band above the
 * plot (never on the lines); the annotation plugin keeps it from overhanging the plot's ends.
 */
function annotationOf(marker: TimelineMarker, i: number, markers: readonly TimelineMarker[], rows: number): AnnotationOptions<'line'> {
  const style = MARKER_STYLE[marker.kind];
  return {
    type: 'line',
    scaleID: 'x',
    value: marker.x,
    borderColor: style.color,
    borderWidth: 1,
    borderDash: style.dash,
    label: {
      display: true,
      content: labelText(marker),
      position: 'start',
      // 'start' sets the label's top on the plot's top edge: lift it into its row of the band.
      yAdjust: ({ chart }) => -(labelRowsOn(chart, markers, rows)[i] + 1) * LABEL_ROW_PX,
      backgroundColor: 'rgba(255, 255, 255, 0.85)',
      color: style.color,
      font: LABEL_FONT,
      padding: LABEL_PAD,
    },
  };
}

export function timelineConfig(run: TimelineRun, text: TimelineText, locale: string, print: boolean): ChartConfiguration<'line'> {
  const points = timelinePoints(run);
  const markers = timelineMarkers(run);
  const memMax = niceCeiling(Math.max(0, ...points.map((p) => p.memGiB)) * 1.05);
  const cpuMax = Math.min(100, niceCeiling(Math.max(0, ...points.map((p) => p.cpuPercent)) * 1.1));
  // Room for as many rows as close markers could need: the plot's width is not known until chart.js lays it out.
  const labelRows = Math.min(LABEL_ROWS, markers.length);
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: text.memory,
          data: points.map((p) => ({ x: p.x, y: p.memGiB })),
          borderColor: MEMORY_COLOR,
          backgroundColor: MEMORY_COLOR,
          yAxisID: 'y',
          pointRadius: 2,
          borderWidth: 1.5,
        },
        {
          label: text.cpu,
          data: points.map((p) => ({ x: p.x, y: p.cpuPercent })),
          borderColor: CPU_COLOR,
          backgroundColor: CPU_COLOR,
          yAxisID: 'y1',
          pointRadius: 1.5,
          borderWidth: 1,
        },
      ],
    },
    options: {
      animation: print ? false : undefined,
      responsive: !print,
      maintainAspectRatio: false,
      devicePixelRatio: print ? PRINT_PIXEL_RATIO : undefined,
      layout: { padding: { top: labelRows * LABEL_ROW_PX + LABEL_PAD } },
      interaction: { mode: 'nearest', intersect: false },
      scales: {
        // Ticks print whole seconds, so they step by whole seconds: a 5 s run would otherwise
        // read 0:00, 0:01, 0:01, 0:02 …
        x: { type: 'linear', min: 0, title: { display: true, text: text.time }, ticks: { precision: 0, callback: (v) => clockText(Number(v)) } },
        y: {
          min: 0,
          max: memMax,
          title: { display: true, text: text.axisUsed },
          ticks: { stepSize: niceStep(memMax), callback: (v) => formatFixed(Number(v), memMax < 5 ? 1 : 0, locale) },
        },
        y1: {
          position: 'right',
          min: 0,
          max: cpuMax,
          grid: { drawOnChartArea: false },
          title: { display: true, text: text.axisCpu },
          ticks: { stepSize: niceStep(cpuMax), callback: (v) => formatPercent(Number(v), tickDigits(niceStep(cpuMax)), locale) },
        },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => clockText(items[0]?.parsed.x ?? 0),
            label: (item: TooltipItem<'line'>) =>
              item.datasetIndex === 0
                ? `${text.memory}: ${formatFixed(item.parsed.y ?? 0, 2, locale)} GiB`
                : `${text.cpu}: ${formatPercent(item.parsed.y ?? 0, 2, locale)}`,
          },
        },
        annotation: { clip: false, annotations: markers.map((m, i) => annotationOf(m, i, markers, labelRows)) },
      },
    },
  };
}
