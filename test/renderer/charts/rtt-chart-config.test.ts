import { describe, expect, it } from 'vitest';
import { rttChartConfig, type RttData } from '../../../renderer/charts/rtt-chart-config';

const labels = { tcp: 'TCP ACK RTT', icmp: 'Ping RTT', peak: '(largest)', time: 'Time (s)', rtt: 'RTT (ms)' };
const sample = (t: number, ms: number) => ({ start: t, end: t, min: ms, max: ms, mean: ms });

describe('RttChart data → config', () => {
  it('draws each sample as a dot, TCP and ping apart, and leaves out a kind with no samples', () => {
    const rtt: RttData = { tcp: { count: 2, points: [sample(0.1, 28.5), sample(0.9, 30.25)] }, icmp: { count: 0, points: [] } };
    const config = rttChartConfig({ rtt, labels, locale: 'en-US', print: true });
    expect(config.data.datasets.map((d) => [d.label, d.data, d.showLine])).toEqual([
      [
        'TCP ACK RTT',
        [
          { x: 0.1, y: 28.5 },
          { x: 0.9, y: 30.25 },
        ],
        false,
      ],
    ]);
    expect(config.options!.animation).toBe(false);
  });

  it('draws a reduced series as its bucket means with the largest sample of each bucket dashed', () => {
    // 5 000 samples in two buckets: 0–50 s mean 20 ms (peak 90), 50–100 s mean 25 ms (peak 40).
    const rtt: RttData = {
      tcp: { count: 0, points: [] },
      icmp: {
        count: 5000,
        points: [
          { start: 0, end: 50, min: 10, max: 90, mean: 20 },
          { start: 50, end: 100, min: 12, max: 40, mean: 25 },
        ],
      },
    };
    const [mean, peak] = rttChartConfig({ rtt, labels, locale: 'en-US', print: false }).data.datasets;
    expect([mean.label, mean.data]).toEqual([
      'Ping RTT',
      [
        { x: 0, y: 20 },
        { x: 50, y: 25 },
      ],
    ]);
    expect([peak.label, peak.data, peak.borderDash]).toEqual([
      'Ping RTT (largest)',
      [
        { x: 0, y: 90 },
        { x: 50, y: 40 },
      ],
      [3, 3],
    ]);
  });

  it("labels the RTT axis in ms in the user's language", () => {
    const rtt: RttData = { tcp: { count: 1, points: [sample(0, 1.5)] }, icmp: { count: 0, points: [] } };
    const y = rttChartConfig({ rtt, labels, locale: 'id-ID', print: false }).options!.scales!.y!;
    const tick = (y.ticks as { callback: (value: number, index: number, ticks: Array<{ value: number }>) => string }).callback;
    const ticks = [0, 0.5, 1, 1.5].map((value) => ({ value }));
    expect(ticks.map((t, i) => tick(t.value, i, ticks))).toEqual(['0,0 ms', '0,5 ms', '1,0 ms', '1,5 ms']);
  });
});
