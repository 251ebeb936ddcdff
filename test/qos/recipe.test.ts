import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RecipeAccumulator, recipeLossPercent } from '../../electron/qos/recipe';
import { recipeFromManualEntry } from '../../electron/qos/manual';
import { ManualEntrySchema } from '../../core/qos/manual-entry-schema';

describe('recipe column (docs/qos-method.md §Recipe, "Resep praktikum")', () => {
  it('reproduces the seed paper test vectors from manual entry', () => {
    // docs/qos-method.md §Seed paper vectors: bytes, time span, packets → B/s and bit/s.
    const vectors = [
      { bytes: 977_393, span: 110.66, packets: 1755, bytesPerSecond: 8832.4, bits: 70_659 },
      { bytes: 92_804, span: 72.533, packets: 266, bytesPerSecond: 1279.5, bits: 10_236 },
      { bytes: 465_957, span: 90.462, packets: 748, bytesPerSecond: 5150.9, bits: 41_207 },
    ];
    for (const v of vectors) {
      const r = recipeFromManualEntry(ManualEntrySchema.parse({ packets: v.packets, bytes: v.bytes, timeSpanSeconds: v.span }));
      expect(r.throughputBytesPerSecond!).toBeCloseTo(v.bytesPerSecond, 1);
      expect(Math.round(r.throughputBitsPerSecond!)).toBe(v.bits);
      // delay = T / N, in ms
      expect(r.delayMs!).toBeCloseTo((v.span / v.packets) * 1000, 9);
      expect(r.jitterMs).toBeNull();
    }
  });

  it('computes delay and jitter from packet times exactly as the formulas read', () => {
    // Times 0, 1.0, 1.5, 3.5 s: d = [0, 1.0, 0.5, 2.0] s
    const acc = new RecipeAccumulator();
    acc.add(100, 0, 60);
    acc.add(101, 0, 1500);
    acc.add(101, 500_000_000, 60);
    acc.add(103, 500_000_000, 1000);
    const r = acc.result();
    expect(r.packets).toBe(4);
    expect(r.bytes).toBe(2620);
    expect(r.timeSpanNs).toBe(3_500_000_000);
    expect(r.throughputBytesPerSecond).toBeCloseTo(2620 / 3.5, 12);
    expect(r.delayMs).toBeCloseTo(3500 / 4, 12);
    // |1.0−0| + |0.5−1.0| + |2.0−0.5| = 3.0 s over N−1 = 3 → 1000 ms
    expect(r.jitterMs).toBeCloseTo(1000, 12);
    expect(r.jitterZeroVariantMs).toBe(0);
  });

  it('keeps nanosecond differences exact far from the epoch', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 5_000_000_000 }), { minLength: 2, maxLength: 50 }),
        (startSeconds, gapsNs) => {
          const acc = new RecipeAccumulator();
          let tNs = 0n;
          const t0 = BigInt(startSeconds) * 1_000_000_000n;
          acc.add(startSeconds, 0, 100);
          let expectedJitterNs = 0n;
          let previousGap = 0n;
          for (const gap of gapsNs) {
            tNs += BigInt(gap);
            const abs = t0 + tNs;
            acc.add(Number(abs / 1_000_000_000n), Number(abs % 1_000_000_000n), 100);
            const d = BigInt(gap) - previousGap;
            expectedJitterNs += d < 0n ? -d : d;
            previousGap = BigInt(gap);
          }
          const timing = acc.timing();
          expect(timing.timeSpanNs).toBe(Number(tNs));
          expect(timing.sumAbsDeltaChangeNs).toBe(Number(expectedJitterNs));
        },
      ),
    );
  });

  it('computes loss from the capture evidence and refuses to invent a sent count', () => {
    expect(recipeLossPercent({ kind: 'tcp', sent: 200, received: 190 })).toBe(5);
    expect(recipeLossPercent({ kind: 'icmp', sent: 5, received: 4 })).toBe(20);
    expect(recipeLossPercent({ kind: 'none', sent: 0, received: 0 })).toBeNull();
  });
});
