import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markerLabelRows } from '../../../renderer/charts/marker-labels';

// A plot from 60 to 620 px, as the printed timeline's.
const LEFT = 60;
const RIGHT = 620;

describe('timeline marker labels', () => {
  it('puts labels that clear each other in the row right above the plot', () => {
    const rows = markerLabelRows(
      [
        { centre: 200, width: 120 },
        { centre: 400, width: 120 },
      ],
      LEFT,
      RIGHT,
      3,
    );
    expect(rows).toEqual([0, 0]);
  });

  it('lifts a label a row where it would touch its left neighbour, and drops back to the lowest row with room', () => {
    // Figure 3.3's markers at 0:01, 0:02, 0:03.1 and 0:04.2 on a 0:00–0:05 axis, labels 150 px wide.
    const centres = [172, 284, 407, 530];
    const rows = markerLabelRows(
      centres.map((centre) => ({ centre, width: 150 })),
      LEFT,
      RIGHT,
      3,
    );
    expect(rows).toEqual([0, 1, 0, 1]);
  });

  it('judges a label at an end of the plot where it is drawn, slid inside', () => {
    // At 600 px a 100 px label is drawn from 520 to 620, so one ending at 518 clears it; centred it would not.
    const rows = markerLabelRows(
      [
        { centre: 468, width: 100 },
        { centre: 600, width: 100 },
      ],
      LEFT,
      RIGHT,
      3,
    );
    expect(rows).toEqual([0, 1]);
    expect(
      markerLabelRows(
        [
          { centre: 466, width: 100 },
          { centre: 600, width: 100 },
        ],
        LEFT,
        RIGHT,
        3,
      ),
    ).toEqual([0, 0]);
  });

  it('lifts one of two labels that both slide in from the end (a guest started, then stopped, at the end of the run)', () => {
    expect(
      markerLabelRows(
        [
          { centre: 560, width: 150 },
          { centre: 600, width: 155 },
        ],
        LEFT,
        RIGHT,
        3,
      ),
    ).toEqual([0, 1]);
  });

  it('never puts two overlapping labels in one row while rows remain', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ centre: fc.double({ min: LEFT, max: RIGHT, noNaN: true }), width: fc.double({ min: 20, max: 200, noNaN: true }) }), {
          maxLength: 3,
        }),
        (labels) => {
          const rows = markerLabelRows(labels, LEFT, RIGHT, 3);
          const boxes = labels.map((l, i) => {
            const left = Math.max(LEFT, Math.min(l.centre - l.width / 2, RIGHT - l.width));
            return { left, right: left + l.width, row: rows[i] };
          });
          for (const a of boxes) for (const b of boxes) if (a !== b && a.row === b.row) expect(a.right <= b.left || b.right <= a.left).toBe(true);
        },
      ),
    );
  });
});
