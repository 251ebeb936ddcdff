import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { axisTickLabel, siAxisTickLabel, tickDigits, tickLabel } from '../../../renderer/charts/tick-label';

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

  it('write every tick of an axis with the decimals of its step', () => {
    const ticks = [0, 0.5, 1, 1.5, 2].map((value) => ({ value }));
    expect(ticks.map((t) => axisTickLabel(t.value, ticks, 'id-ID'))).toEqual(['0,0', '0,5', '1,0', '1,5', '2,0']);
    // chart.js may add an uneven last tick at the bound: the usual step decides.
    const bounded = [0, 20, 40, 60, 61.39].map((value) => ({ value }));
    expect(bounded.map((t) => axisTickLabel(t.value, bounded, 'en-US'))).toEqual(['0', '20', '40', '60', '61']);
  });

  it('put a whole bit-rate axis in one SI prefix: "80 kbit/s" beside "160 kbit/s"', () => {
    const ticks = [0, 40_000, 80_000, 120_000, 160_000].map((value) => ({ value }));
    expect(ticks.map((t) => siAxisTickLabel(t.value, ticks, 'bit/s', 'id-ID'))).toEqual(['0 kbit/s', '40 kbit/s', '80 kbit/s', '120 kbit/s', '160 kbit/s']);
    const mega = [0, 500_000, 1_000_000, 1_500_000].map((value) => ({ value }));
    expect(mega.map((t) => siAxisTickLabel(t.value, mega, 'bit/s', 'en-US'))).toEqual(['0.0 Mbit/s', '0.5 Mbit/s', '1.0 Mbit/s', '1.5 Mbit/s']);
    const small = [0, 200, 400].map((value) => ({ value }));
    expect(small.map((t) => siAxisTickLabel(t.value, small, 'B/s', 'en-US'))).toEqual(['0 B/s', '200 B/s', '400 B/s']);
  });
});
