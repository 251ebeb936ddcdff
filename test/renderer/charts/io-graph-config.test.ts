import { describe, expect, it } from 'vitest';
import { ioGraphConfig, ioGraphIsReduced, ioIntervalText, type IoData } from '../../../renderer/charts/io-graph-config';

const labels = { bits: 'Bits/s', packets: 'Packets/s', peak: 'Peak bits/s', time: 'Time (s)' };
// Three 1 s intervals: 2 packets of 100 B, none, 1 packet of 1,000 B → 1,600 bit/s, 0, 8,000 bit/s.
const short: IoData = {
  intervalSeconds: 1,
  count: 3,
  intervals: [
    { start: 0, end: 1, packets: 2, bytes: 200, bitsPerSecond: 1600, packetsPerSecond: 2 },
    { start: 1, end: 2, packets: 0, bytes: 0, bitsPerSecond: 0, packetsPerSecond: 0 },
    { start: 2, end: 3, packets: 1, bytes: 1000, bitsPerSecond: 8000, packetsPerSecond: 1 },
  ],
  drawing: [],
};

describe('IoGraph data → config', () => {
  it("plots bits/s on the left axis and packets/s on the right, at each interval's start", () => {
    const config = ioGraphConfig({ io: short, labels, locale: 'en-US', print: false });
    const [bits, packets] = config.data.datasets;
    expect(bits.data).toEqual([
      { x: 0, y: 1600 },
      { x: 1, y: 0 },
      { x: 2, y: 8000 },
    ]);
    expect(packets.data).toEqual([
      { x: 0, y: 2 },
      { x: 1, y: 0 },
      { x: 2, y: 1 },
    ]);
    expect([bits.yAxisID, packets.yAxisID]).toEqual(['y', 'y1']);
    expect(config.options!.scales!.y1!.display).toBe(true);
    expect(config.options!.animation).toBeUndefined();
    expect(ioGraphIsReduced(short)).toBe(false);
  });

  it("formats the bits/s axis in one SI prefix and one number of decimals, in the user's language", () => {
    const y = ioGraphConfig({ io: short, labels, locale: 'id-ID', print: true }).options!.scales!.y!;
    const tick = (y.ticks as { callback: (value: number, index: number, ticks: Array<{ value: number }>) => string }).callback;
    const ticks = [0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000].map((value) => ({ value }));
    expect(ticks.map((t, i) => tick(t.value, i, ticks))).toEqual(['0,0 Mbit/s', '0,5 Mbit/s', '1,0 Mbit/s', '1,5 Mbit/s', '2,0 Mbit/s', '2,5 Mbit/s']);
    const kilo = [0, 80_000, 160_000].map((value) => ({ value }));
    expect(kilo.map((t, i) => tick(t.value, i, kilo))).toEqual(['0 kbit/s', '80 kbit/s', '160 kbit/s']);
  });

  it('draws the reduced series (mean and peak) when the worker kept no full list', () => {
    const io: IoData = {
      intervalSeconds: 1,
      count: 20_000,
      intervals: null,
      drawing: [
        { start: 0, end: 20, min: 0, max: 9000, mean: 1500 },
        { start: 20, end: 40, min: 100, max: 800, mean: 400 },
      ],
    };
    const config = ioGraphConfig({ io, labels, locale: 'en-US', print: true });
    expect(ioGraphIsReduced(io)).toBe(true);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Bits/s', 'Peak bits/s']);
    expect(config.data.datasets[0].data).toEqual([
      { x: 0, y: 1500 },
      { x: 20, y: 400 },
    ]);
    expect(config.data.datasets[1].data).toEqual([
      { x: 0, y: 9000 },
      { x: 20, y: 800 },
    ]);
    expect(config.options!.scales!.y1!.display).toBe(false);
    expect(config.options!.animation).toBe(false);
  });

  it('starts the time axis at 0 and ends it with the last interval, so a 0.27 s capture at 10 ms fills the width', () => {
    const io: IoData = {
      intervalSeconds: 0.01,
      count: 28,
      intervals: Array.from({ length: 28 }, (_, i) => ({
        start: i / 100,
        end: Math.min((i + 1) / 100, 0.27),
        packets: 1,
        bytes: 100,
        bitsPerSecond: 80_000,
        packetsPerSecond: 100,
      })),
      drawing: [],
    };
    const x = ioGraphConfig({ io, labels, locale: 'id-ID', print: true }).options!.scales!.x!;
    expect([x.min, x.max]).toEqual([0, 0.28]);
    expect(ioGraphConfig({ io: short, labels, locale: 'en-US', print: false }).options!.scales!.x!.min).toBe(0);
  });

  it("names the interval as Wireshark's menu does", () => {
    expect([0.001, 0.01, 0.1, 1, 10].map((s) => ioIntervalText(s, 'id-ID'))).toEqual(['1 ms', '10 ms', '100 ms', '1 s', '10 s']);
    expect(ioIntervalText(0.0005, 'id-ID')).toBe('0,5 ms');
  });
});
