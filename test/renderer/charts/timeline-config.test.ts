import { describe, expect, it } from 'vitest';
import { Chart } from 'chart.js';
import { toFont } from 'chart.js/helpers';
import '../../../renderer/charts/register';
import type { RunEvent } from '../../../core/experiment/run-schema';
import { clockText, timelineConfig, timelineMarkers, timelinePoints } from '../../../renderer/charts/timeline-config';
import { sample, step, T0 } from './experiment-chart-data';

const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const event = (seconds: number, kind: RunEvent['kind'], vmid: number | null): RunEvent => ({ time: at(seconds), kind, vmid, step: 0 });

// Baseline: 102 is shut down (stopped at 5 s), samples at 20 and 22 s; 101 comes up at 40 s,
// samples at 50 and 52 s.
const run = {
  mode: 'planned' as const,
  guestNames: { '101': 'wordpress-centos', '102': 'moodle-ubuntu' },
  events: [
    event(0, 'shutdown-requested', 102),
    event(5, 'stopped', 102),
    event(10, 'settle-begin', null),
    event(30, 'start-requested', 101),
    event(40, 'running', 101),
  ],
  steps: [step(0, [sample(20, 2, 0.05), sample(22, 2.5, 0.1)]), step(1, [sample(50, 4, 0.25), sample(52, 4, 0.3)])],
};

describe('timeline chart data', () => {
  it("places every sample in seconds from the run's first moment, memory in GiB and CPU in %", () => {
    const points = timelinePoints(run);
    expect(points.map((p) => [p.x, p.memGiB])).toEqual([
      [20, 2],
      [22, 2.5],
      [50, 4],
      [52, 4],
    ]);
    expect(points.map((p) => p.cpuPercent)).toEqual([5, 10, 25, 30]);
  });

  it('marks where a guest came up and where one stopped, with its name', () => {
    expect(timelineMarkers(run)).toEqual([
      { x: 5, label: '102 moodle-ubuntu', kind: 'stop' },
      { x: 40, label: '101 wordpress-centos', kind: 'start' },
    ]);
    const config = timelineConfig(run, { time: 't', axisUsed: 'GiB', axisCpu: '%', memory: 'Mem', cpu: 'CPU' }, 'en-US', true);
    type Adjust = (context: { chart: unknown }) => number;
    const annotations = config.options!.plugins!.annotation!.annotations as Array<{
      value: number;
      label: { content: string; position: string; xAdjust?: number; yAdjust: Adjust };
    }>;
    expect(annotations.map((a) => [a.value, a.label.content])).toEqual([
      [5, '■ 102 moodle-ubuntu'],
      [40, '▶ 101 wordpress-centos'],
    ]);
    // A plot from 50 to 650 px whose x axis puts 1 s at 10 px, labels 6 px a character: 5 s and
    // 40 s are 350 px apart, so both labels take the row right above the plot, centred on their line.
    const chart = {
      chartArea: { left: 50, right: 650 },
      scales: { x: { getPixelForValue: (seconds: number) => 50 + seconds * 10 } },
      ctx: { save() {}, restore() {}, font: '', measureText: (text: string) => ({ width: text.length * 6 }) },
    };
    const band = (config.options!.layout!.padding as { top: number }).top;
    for (const a of annotations) expect([a.label.position, a.label.xAdjust]).toEqual(['start', undefined]);
    for (const a of annotations) expect(-a.label.yAdjust({ chart })).toBeGreaterThan(0);
    for (const a of annotations) expect(-a.label.yAdjust({ chart })).toBeLessThan(band);
    expect(new Set(annotations.map((a) => a.label.yAdjust({ chart }))).size).toBe(1);
  });

  it('lays the labels out in the font they are drawn in', () => {
    // The end of the stand-in run: 103 started at 13.6 s and stopped at 17.2 s on a 0–18 s axis,
    // labels 6 px a character in a regular face and 7 px in bold. Regular, the two clear each
    // other; drawn bold, as the annotation plugin draws a line's label, they would overlap.
    const ending = {
      mode: 'planned' as const,
      guestNames: { '103': 'mediawiki-debian' },
      events: [event(13.6, 'running', 103), event(17.2, 'stopped', 103)],
      steps: [step(0, [sample(14, 2), sample(16, 2)])],
    };
    const config = timelineConfig(ending, { time: 't', axisUsed: 'GiB', axisCpu: '%', memory: 'Mem', cpu: 'CPU' }, 'en-US', true);
    const annotations = config.options!.plugins!.annotation!.annotations as Array<{
      label: { font: object; yAdjust: (context: { chart: unknown }) => number };
    }>;
    const pluginDefault = (Chart.registry.getElement('lineAnnotation') as unknown as { defaults: { label: { font: object } } }).defaults.label.font;
    const drawn = annotations.map((a) => toFont({ ...pluginDefault, ...a.label.font }).string);
    const measured: string[] = [];
    const ctx = {
      font: '',
      save() {},
      restore() {},
      measureText(text: string) {
        measured.push(this.font);
        return { width: text.length * (this.font.includes('bold') ? 7 : 6) };
      },
    };
    const chart = { chartArea: { left: 50, right: 950 }, scales: { x: { getPixelForValue: (seconds: number) => 50 + seconds * 50 } }, ctx };
    const rows = annotations.map((a) => a.label.yAdjust({ chart }));
    expect(new Set(measured)).toEqual(new Set(drawn));
    expect(drawn[0]).toContain(' bold ');
    expect(rows[0]).not.toBe(rows[1]);
  });

  it('marks each snapshot of a manual run with its label', () => {
    const manual = {
      mode: 'manual' as const,
      guestNames: {},
      events: [],
      steps: [step(0, [sample(0, 2), sample(2, 2)], 1, 'before'), step(1, [sample(90, 3)], 1, 'after VM1')],
    };
    expect(timelineMarkers(manual)).toEqual([
      { x: 0, label: 'before', kind: 'snapshot' },
      { x: 90, label: 'after VM1', kind: 'snapshot' },
    ]);
  });

  it('prints time as minutes:seconds, with hours past the hour', () => {
    expect([clockText(0), clockText(75), clockText(3725)]).toEqual(['0:00', '1:15', '1:02:05']);
  });

  it('steps the time axis by whole seconds, so a run of a few seconds never prints one tick twice', () => {
    const short = { ...run, events: [], steps: [step(0, [sample(0, 2), sample(2.5, 2)]), step(1, [sample(4.5, 3)])] };
    const x = timelineConfig(short, { time: 't', axisUsed: 'GiB', axisCpu: '%', memory: 'Mem', cpu: 'CPU' }, 'en-US', true).options!.scales!.x!;
    expect((x.ticks as { precision?: number }).precision).toBe(0);
  });
});
