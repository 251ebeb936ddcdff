import { describe, expect, it } from 'vitest';
import { liveNodeConfig, livePoints, liveSpan } from '../../../renderer/charts/live-node-config';

// Hand arithmetic: 12 636 221 440 B = 11.7684… GiB; 2.5 GiB more is 14.2684… GiB; the node's
// 65 919 459 328 B are 61.39 GiB, so the memory axis ends at 62 GiB.

const samples = [
  { time: 1_000_000, memUsed: 12636221440, memTotal: 65919459328, cpu: 0.0614213197969543 },
  { time: 1_002_000, memUsed: 12636221440, memTotal: 65919459328, cpu: 0.05 },
  { time: 1_004_000, memUsed: 12636221440 + 2.5 * 1024 ** 3, memTotal: 65919459328, cpu: 0.0689213197969543 },
];

describe('live node chart configuration', () => {
  it('puts samples at seconds before the newest one, memory in GiB and CPU in percent', () => {
    const points = livePoints(samples);
    expect(points.memory.map((p) => p.x)).toEqual([-4, -2, 0]);
    expect(points.memory[0].y).toBeCloseTo(11.7684, 4);
    expect(points.memory[2].y - points.memory[0].y).toBeCloseTo(2.5, 10);
    expect(points.cpu.map((p) => p.y)).toEqual([6.14213197969543, 5, 6.89213197969543].map((v) => expect.closeTo(v, 10)));
  });

  it('scales memory to the node RAM, CPU to 100 % and the window to the chosen span', () => {
    const config = liveNodeConfig(samples, { locale: 'id-ID', labels: { memory: 'RAM', cpu: 'CPU', time: 'Waktu' }, windowSeconds: 120 });
    const scales = config.options!.scales!;
    // 4 s of samples: the axis starts at its shortest, one minute.
    expect(scales.x).toMatchObject({ min: -60, max: 0, ticks: { stepSize: 30 } });
    // Up to the node's 61.39 GiB, ticks every 20 GiB and none at the top to crowd 60 GiB.
    expect(scales.memory).toMatchObject({ min: 0, max: expect.closeTo(61.392, 3), ticks: { stepSize: 20, includeBounds: false } });
    expect(scales.cpu).toMatchObject({ min: 0, max: 100 });
    expect(config.data.datasets.map((d) => d.label)).toEqual(['RAM (GiB)', 'CPU (%)']);
    const tick = (scales.memory!.ticks as { callback: (v: number) => string }).callback;
    expect(tick(12)).toBe('12 GiB');
    const cpuTick = (scales.cpu!.ticks as { callback: (v: number) => string }).callback;
    expect(cpuTick(40)).toBe('40 %');
  });

  it('reaches back over the samples in half minutes, up to the window', () => {
    const at = (seconds: number) => ({ time: seconds * 1000, memUsed: 1, memTotal: 2, cpu: 0 });
    expect(liveSpan([], 300)).toBe(60);
    expect(liveSpan([at(0), at(61)], 300)).toBe(90);
    expect(liveSpan([at(0), at(90)], 300)).toBe(90);
    expect(liveSpan([at(0), at(200)], 120)).toBe(120);
  });

  it('switches animation off for print and copes with no samples yet', () => {
    const config = liveNodeConfig([], { locale: 'en-US', labels: { memory: 'RAM', cpu: 'CPU', time: 'Time' }, windowSeconds: 60, print: true });
    expect(config.options!.animation).toBe(false);
    expect(config.data.datasets[0].data).toEqual([]);
    expect(config.options!.scales!.memory!.max).toBeUndefined();
  });
});
