import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeBandLabels } from '../../../renderer/charts/band-labels';

const H = 12;
const boxes = (ys: number[]) => placeBandLabels(ys, H, 40, 400).map((p) => ({ side: p.side, top: p.y - H, bottom: p.y }));

describe('band edge labels', () => {
  it('puts each label above its line at the right end when there is room', () => {
    expect(placeBandLabels([150, 60], H, 40, 400)).toEqual([
      { side: 'right', x: 398, y: 148 },
      { side: 'right', x: 398, y: 58 },
    ]);
  });

  it('moves a label that would touch the one above to the left end (150 and 125 ms a few px apart)', () => {
    expect(placeBandLabels([100, 106], H, 40, 400).map((p) => p.side)).toEqual(['right', 'left']);
  });

  it('never lets two labels on one side overlap, however close the lines', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 1, maxLength: 12 }), (ys) => {
        const placed = boxes(ys);
        for (const [i, a] of placed.entries()) {
          for (const b of placed.slice(i + 1)) {
            if (a.side === b.side) expect(a.bottom <= b.top || b.bottom <= a.top).toBe(true);
          }
        }
        // A label is never drawn above its own line's label slot (it only moves down).
        placed.forEach((p, i) => expect(p.bottom).toBeGreaterThanOrEqual(ys[i] - 2 - 1e-9));
      }),
    );
  });
});
