import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IoSeries, MAX_INTERVALS, reduceForDrawing } from '../../../electron/capture/analyze/io-series';

describe('I/O series', () => {
  it('puts a packet at exactly N s into the interval that starts at N s, and lists empty intervals', () => {
    const io = new IoSeries(1);
    io.add(0, 100);
    io.add(999_999_999, 100);
    io.add(1_000_000_000, 60);
    io.add(3_500_000_000, 40);
    expect(io.intervals().map((i) => [i.start, i.end, i.packets, i.bytes, i.bitsPerSecond])).toEqual([
      [0, 1, 2, 200, 1600], [1, 2, 1, 60, 480], [2, 3, 0, 0, 0], [3, 4, 1, 40, 320],
    ]);
  });

  it('keeps every packet and byte whatever the times, and never holds more than MAX_INTERVALS intervals', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 2e18, noNaN: true }), fc.integer({ min: 0, max: 1514 })), { minLength: 1, maxLength: 200 }), (packets) => {
        const io = new IoSeries(1);
        for (const [t, len] of packets) io.add(t, len);
        const intervals = io.intervals();
        expect(intervals.length).toBeLessThanOrEqual(MAX_INTERVALS);
        expect(intervals.reduce((n, i) => n + i.packets, 0)).toBe(packets.length);
        expect(intervals.reduce((n, i) => n + i.bytes, 0)).toBe(packets.reduce((n, [, len]) => n + len, 0));
        expect(Math.log2(io.intervalSeconds) % 1).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('reduces a long series for drawing without losing its peak', () => {
    const io = new IoSeries(1);
    for (let s = 0; s < 100_000; s++) io.add(s * 1e9, s === 77_777 ? 9000 : 100);
    const points = reduceForDrawing(io.intervals(), 1000);
    expect(points.length).toBe(1000);
    expect(Math.max(...points.map((p) => p.max))).toBe(72_000);
    expect(points[0].start).toBe(0);
    expect(points.at(-1)!.end).toBe(100_000);
  });
});
