import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tickDigits, tickLabel } from '../../../renderer/charts/tick-label';

describe('axis tick labels', () => {
  it('give neighbouring ticks of a 0.05 step different labels (1,75 and 1,8, not 1,8 twice)', () => {
    expect([1.7, 1.75, 1.8, 1.85, 2].map((v) => tickLabel(v, 'id-ID'))).toEqual(['1,7', '1,75', '1,8', '1,85', '2']);
    expect(tickLabel(0.125, 'en-US')).toBe('0.125');
    expect(tickLabel(1200, 'id-ID')).toBe('1.200');
  });

  it('never need more than three decimals and lose nothing a step of 1/1000 shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (thousandths) => {
        const value = thousandths / 1000;
        const digits = tickDigits(value);
        expect(digits).toBeLessThanOrEqual(3);
        expect(Number(value.toFixed(digits))).toBeCloseTo(value, 9);
      }),
    );
  });
});
