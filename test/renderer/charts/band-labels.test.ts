import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bandGutterWidth, placeBandLabels } from '../../../renderer/charts/band-labels';

const H = 12;
// The plot's top and bottom edges in px.
const TOP = 10;
const BOTTOM = 310;

describe('band edge labels', () => {
  it('puts each label beside its line when there is room', () => {
    expect(placeBandLabels([150, 60], H, TOP, BOTTOM)).toEqual([150, 60]);
  });

  it('moves a label that would touch the one above down just far enough (150 and 125 ms a few px apart)', () => {
    expect(placeBandLabels([100, 106, 300], H, TOP, BOTTOM)).toEqual([100, 113, 300]);
  });

  it('keeps the labels of edges near zero inside the plot, stacked up from its bottom (jitter 0.5, 75 and 125 ms)', () => {
    // A 0–2,000 ms axis over 300 px: 125 → 291.25, 75 → 298.75, 0.5 → 309.925.
    const centres = placeBandLabels([291.25, 298.75, 309.925], H, TOP, BOTTOM);
    expect(centres).toEqual([BOTTOM - H / 2 - 2 * (H + 1), BOTTOM - H / 2 - (H + 1), BOTTOM - H / 2]);
  });

  it('never lets two labels overlap or leave the plot, however close the lines, when they fit', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: TOP, max: BOTTOM, noNaN: true }), { minLength: 1, maxLength: 12 }), (ys) => {
        const centres = placeBandLabels(ys, H, TOP, BOTTOM);
        const sorted = [...centres].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(H);
        for (const c of centres) {
          expect(c - H / 2).toBeGreaterThanOrEqual(TOP);
          expect(c + H / 2).toBeLessThanOrEqual(BOTTOM);
        }
      }),
    );
  });

  it('leaves a gutter wide enough for the longest label, none without labels', () => {
    expect(bandGutterWidth(['338 kbit/s', '2.100 kbit/s'], 11)).toBe(Math.ceil(12 * 11 * 0.6) + 8);
    expect(bandGutterWidth([], 11)).toBe(0);
  });
});
