import { describe, expect, it } from 'vitest';
import { cpuRange, lecturerChartConfig, lecturerFontPx, memoryRange } from '../../../renderer/charts/lecturer-chart-config';
import { memoryAdded } from '../../../renderer/pages/Lecturer/memory-added';

// The projector chart, on the stand-in's node: 12 636 221 440 B used of 65 919 459 328 B, then
// guest 103 (mediawiki-debian) starts and takes 2 684 354 560 B (2.5 GiB) on the host.

const GIB = 1024 ** 3;
const BEFORE = 12636221440;
const AFTER = BEFORE + 2684354560;
const TOTAL = 65919459328;
const samples = [0, 2, 4, 6, 8].map((s) => ({ time: 1_000_000 + s * 1000, memUsed: s < 6 ? BEFORE : AFTER, memTotal: TOTAL, cpu: 0.0614 }));
const markers = [{ time: 1_006_000, label: 'mediawiki-debian', kind: 'start' as const }];
const input = {
  samples,
  markers,
  locale: 'id-ID',
  labels: { memory: 'RAM', cpu: 'CPU', time: 'Waktu' },
  windowSeconds: 300,
  fontPx: 20,
  textWidth: (text: string) => text.length * 10,
};

type Scale = { min: number; max: number; ticks: { stepSize: number; font: { size: number }; callback(v: number): string }; title: { font: { size: number } } };

describe('the lecturer chart', () => {
  it('sizes its type at 2.5 % of the viewport height or more', () => {
    expect(lecturerFontPx(768)).toBeGreaterThanOrEqual(768 * 0.025);
    expect(lecturerFontPx(1080)).toBeGreaterThanOrEqual(1080 * 0.025);
    const config = lecturerChartConfig(input);
    const scales = config.options!.scales as unknown as Record<'x' | 'memory' | 'cpu', Scale>;
    for (const scale of Object.values(scales)) {
      expect(scale.ticks.font.size).toBe(20);
      expect(scale.title.font.size).toBe(20);
    }
    expect(config.options!.plugins!.legend!.labels!.font).toEqual({ size: 20 });
  });

  it('starts the memory axis near the lowest value, so a 2.5 GiB start fills a good part of it', () => {
    const range = memoryRange([BEFORE / GIB, AFTER / GIB]);
    expect(range).toEqual({ min: 11, max: 16, step: 1 });
    // Before any start, a flat line gets a narrow axis around it in round steps.
    expect(memoryRange([BEFORE / GIB])).toEqual({ min: 11.6, max: 12, step: 0.2 });
    const memory = (lecturerChartConfig(input).options!.scales as unknown as Record<string, Scale>).memory;
    expect([memory.min, memory.max, memory.ticks.stepSize]).toEqual([11, 16, 1]);
    expect([11, 12, 16].map((v) => memory.ticks.callback(v))).toEqual(['11 GiB', '12 GiB', '16 GiB']);
    expect(memoryRange([11.6, 11.9])).toEqual({ min: 11.4, max: 12.2, step: 0.2 });
  });

  it('keeps the CPU line in the lower half, one number of decimals on its ticks', () => {
    expect(cpuRange([6.14])).toEqual({ min: 0, max: 15, step: 3 });
    const cpu = (lecturerChartConfig({ ...input, locale: 'en-US' }).options!.scales as unknown as Record<string, Scale>).cpu;
    expect([0, 3, 15].map((v) => cpu.ticks.callback(v))).toEqual(['0%', '3%', '15%']);
  });

  it('marks the start with the guest name above the plot, beside the line', () => {
    const config = lecturerChartConfig(input);
    const annotation = config.options!.plugins!.annotation as {
      clip: boolean;
      annotations: Array<{ value: number; label: { content: string; xAdjust: number; yAdjust: number } }>;
    };
    expect(annotation.clip).toBe(false);
    expect(annotation.annotations).toHaveLength(1);
    const [start] = annotation.annotations;
    // Two seconds before the newest sample, in the right half: the name sits to its left.
    expect(start.value).toBe(-2);
    expect(start.label.content).toBe('▶ mediawiki-debian');
    expect(start.label.xAdjust).toBeLessThan(0);
    // Above the plot's top edge, in the band the layout keeps free for it.
    const top = (config.options!.layout!.padding as { top: number }).top;
    expect(-start.label.yAdjust).toBeLessThanOrEqual(top);
    expect(-start.label.yAdjust).toBeGreaterThan(20);
  });

  it('tells the memory added since the first guest started', () => {
    expect(memoryAdded(samples, markers)).toEqual({ bytes: 2684354560, since: 'mediawiki-debian' });
    expect(memoryAdded(samples, [])).toBeNull();
    // Opened after the start: nothing to compare with.
    expect(memoryAdded(samples.slice(3), markers)).toBeNull();
  });
});
