// Where the band edges' labels go so that none overlaps another: each at the right end of its
// line, above it; one that would touch the label above moves to the left end; one that would
// touch there too moves down, below the label it collides with.

export interface LabelPlace {
  /** 'right': text ends at x; 'left': text starts at x. */
  side: 'right' | 'left';
  x: number;
  /** Baseline (text drawn with textBaseline 'bottom'). */
  y: number;
}

const GAP = 2;

/**
 * lineYs: each line's pixel height, in any order; lineHeight: one label's height in px.
 * Returns one place per line, in the order given.
 */
export function placeBandLabels(lineYs: readonly number[], lineHeight: number, left: number, right: number): LabelPlace[] {
  const order = lineYs.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const lowest = { right: -Infinity, left: -Infinity };
  const places: LabelPlace[] = [];
  for (const { y, i } of order) {
    const baseline = y - GAP;
    const fits = (side: 'right' | 'left') => baseline - lineHeight >= lowest[side] + GAP;
    const side = fits('right') ? 'right' : fits('left') ? 'left' : lowest.right <= lowest.left ? 'right' : 'left';
    const placed = fits(side) ? baseline : lowest[side] + GAP + lineHeight;
    lowest[side] = placed;
    places[i] = { side, x: side === 'right' ? right - 2 : left + 2, y: placed };
  }
  return places;
}
