import { describe, expect, it } from 'vitest';
import { gradeQos, verdictFor } from '../../electron/qos/grade';
import { bandFor, copyThresholdSet } from '../../electron/qos/thresholds';
import { TIPHON_KBPS, TIPHON_LINK_PERCENT } from '../../core/qos/thresholds';
import { ThresholdSetSchema } from '../../core/qos/threshold-schema';

const idx = (parameter: keyof typeof TIPHON_KBPS.bands, value: number) => bandFor(TIPHON_KBPS.bands[parameter], value)?.index;

describe('TIPHON (tabel skripsi) bands, edges as docs/qos-method.md §Thresholds states them', () => {
  it('delay: < 150 | 150 – < 300 | 300 – < 450 | ≥ 450 ms', () => {
    expect([149.999, 150, 299.999, 300, 449.999, 450, 10_000].map((v) => idx('delay', v))).toEqual([4, 3, 3, 2, 2, 1, 1]);
  });
  it('jitter: < 0.5 | 0.5 – 75 | > 75 – 125 | > 125 ms', () => {
    expect([0, 0.499, 0.5, 75, 75.001, 125, 125.001].map((v) => idx('jitter', v))).toEqual([4, 4, 3, 3, 2, 2, 1]);
  });
  it('packet loss: < 3 | 3 – < 15 | 15 – < 25 | ≥ 25 %', () => {
    expect([0, 2.999, 3, 14.999, 15, 24.999, 25, 100].map((v) => idx('loss', v))).toEqual([4, 4, 3, 3, 2, 2, 1, 1]);
  });
  it('throughput in kbps: > 2100 | > 1200 – 2100 | > 700 – 1200 | 338 – 700 | below 338 → 0', () => {
    expect([2100.001, 2100, 1200.001, 1200, 700.001, 700, 338, 337.999, 0].map((v) => idx('throughput', v))).toEqual([4, 3, 3, 2, 2, 1, 1, 0, 0]);
  });
});

describe('overall grade', () => {
  it("grades the paper's WordPress recipe numbers (70,659 bit/s, T/N delay)", () => {
    // 70.659 kbps → 0; delay 110.66 s / 1755 = 63.05 ms → 4; jitter 0.3 ms → 4; loss 0 % → 4
    const g = gradeQos({ throughputBitsPerSecond: 70_659, delayMs: 63.05, jitterMs: 0.3, lossPercent: 0 }, TIPHON_KBPS);
    expect([g.throughput, g.delay, g.jitter, g.loss]).toEqual([0, 4, 4, 4]);
    expect(g.mean).toBe(3);
    expect(g.percent).toBe(75);
    expect(g.verdict).toBe('Memuaskan');
  });

  it('uses the verdict thresholds 3.8 / 3 / 2', () => {
    expect([4, 3.8, 3.79, 3, 2.99, 2, 1.99, 0].map(verdictFor)).toEqual([
      'Sangat Memuaskan',
      'Sangat Memuaskan',
      'Memuaskan',
      'Memuaskan',
      'Kurang Memuaskan',
      'Kurang Memuaskan',
      'Jelek',
      'Jelek',
    ]);
  });

  it('grades throughput as a share of the link when the set says so, and needs the capacity', () => {
    const values = { throughputBitsPerSecond: 60e6, delayMs: 20, jitterMs: 1, lossPercent: 1 };
    const g = gradeQos(values, TIPHON_LINK_PERCENT, 100e6);
    expect(g.throughput).toBe(3);
    expect(g.mean).toBe((3 + 4 + 3 + 4) / 4);
    expect(() => gradeQos(values, TIPHON_LINK_PERCENT)).toThrow(/link capacity/);
  });

  it('lets a user copy a set without touching the built-in one, and validates it', () => {
    const mine = copyThresholdSet(TIPHON_KBPS, 'mine', 'Kelas A');
    mine.bands.delay[0].upper!.value = 100;
    expect(TIPHON_KBPS.bands.delay[0].upper!.value).toBe(150);
    expect(ThresholdSetSchema.parse(mine).builtIn).toBe(false);
    // Moving one edge alone leaves 100 – 150 ms in no band: no grade rather than a wrong one.
    const gap = gradeQos({ throughputBitsPerSecond: 3e6, delayMs: 120, jitterMs: 0, lossPercent: 0 }, mine);
    expect(gap.delay).toBeNull();
    expect(gap.verdict).toBeNull();
    mine.bands.delay[1].lower!.value = 100;
    expect(gradeQos({ throughputBitsPerSecond: 3e6, delayMs: 120, jitterMs: 0, lossPercent: 0 }, mine).delay).toBe(3);
  });
});
