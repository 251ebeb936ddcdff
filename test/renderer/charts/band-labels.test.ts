import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bandGutterWidth, placeBandLabels } from '../../../renderer/charts/band-labels';

const H = 12;

describe('band edge labels', () => {
  it('puts each label beside its line when there is room', () => {
    expect(placeBandLabels([150, 60], H)).toEqual([150, 60]);
  });

  it('moves a label that would touch the one above down just far enough (150 and 125 ms a few px apart)', () => {
    expect(placeBandLabels([100, 106, 300], H)).toEqual([100, 113, 300]);
  });

  it('never lets two labels overlap, and only moves a label down, however close the lines', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 1, maxLength: 12 }), (ys) => {
        const centres = placeBandLabels(ys, H);
        const sorted = [...centres].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(H);
        centres.forEach((c, i) => expect(c).toBeGreaterThanOrEqual(ys[i]));
      }),
    );
  });

  it('leaves a gutter wide enough for the longest label, none without labels', () => {
    expect(bandGutterWidth(['338 kbit/s', '2.100 kbit/s'], 11)).toBe(Math.ceil(12 * 11 * 0.6) + 8);
    expect(bandGutterWidth([], 11)).toBe(0);
  });
});
