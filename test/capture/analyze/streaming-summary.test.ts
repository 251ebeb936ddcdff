import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUANTILE_RELATIVE_ERROR, StreamingSummary } from '../../../electron/capture/analyze/streaming-summary';
import { summarise } from '../../../electron/capture/analyze/summary-stats';

/** Deterministic RTT-like samples in ns: log-normal around 1 ms, a long tail, some repeats. */
function rtts(count: number, seed = 7): Float64Array {
  let s = seed;
  const uniform = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 2 ** 32;
  };
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const normal = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    out[i] = Math.round(1e6 * Math.exp(0.9 * normal));
  }
  return out;
}

const fed = (values: ArrayLike<number>, limit: number) => {
  const summary = new StreamingSummary(limit);
  for (let i = 0; i < values.length; i++) summary.push(values[i]);
  return summary.summary();
};

describe('streaming summary', () => {
  it('is the exact summary, with nothing marked, while the samples fit', () => {
    const values = rtts(5_000);
    expect(fed(values, 5_000)).toEqual(summarise(values));
    expect('approximate' in fed(values, 5_000)).toBe(false);
    expect(fed([], 10)).toEqual(summarise([]));
  });

  it('equals the exact summary of any list up to its limit, and holds just those values', () => {
    const value = fc.oneof(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 10 }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), fc.nat(5), (values, spare) => {
        const summary = new StreamingSummary(values.length + spare);
        for (const v of values) summary.push(v);
        expect(summary.summary()).toStrictEqual(summarise(values));
        expect(summary.retained).toBe(values.length);
      }),
    );
  });

  it('past its limit keeps count, min and max exact, median and p95 within the stated error, and says so', () => {
    const values = rtts(300_000);
    const exact = summarise(values);
    const approx = fed(values, 1_000);
    expect(approx.approximate).toEqual({ relativeError: 0.005 });
    expect([approx.count, approx.min, approx.max]).toEqual([exact.count, exact.min, exact.max]);
    expect(Math.abs(approx.mean! - exact.mean!) / exact.mean!).toBeLessThan(1e-9);
    expect(Math.abs(approx.sd! - exact.sd!) / exact.sd!).toBeLessThan(1e-9);
    for (const q of ['median', 'p95'] as const) {
      const error = Math.abs(approx[q]! - exact[q]!) / exact[q]!;
      expect(error, q).toBeLessThanOrEqual(QUANTILE_RELATIVE_ERROR);
      // A sketch, not a copy: it does not happen to be exact.
      expect(approx[q], q).not.toBe(exact[q]);
    }
  });

  it('places zeros below every positive value and spans values a billion times apart', () => {
    const values = [...new Array(600).fill(0), ...Array.from({ length: 400 }, (_, i) => (i % 2 ? 1e9 : 1) * (1 + i / 400))];
    const exact = summarise(values);
    const approx = fed(values, 10);
    expect(approx.median).toBe(0);
    expect(Math.abs(approx.p95! - exact.p95!) / exact.p95!).toBeLessThanOrEqual(QUANTILE_RELATIVE_ERROR);
    expect([approx.min, approx.max]).toEqual([0, exact.max]);
  });
});
