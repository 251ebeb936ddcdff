// Where the band edges' labels go so that none overlaps another or a bar: in a gutter right of
// the plot, each beside its line; a label that would touch the one above moves down just far
// enough, and labels that would run past the plot's bottom (edges close to zero) move back up
// together, so none sits beside the x axis's ticks.

const GAP = 1;

/**
 * lineYs: each line's pixel height, in any order; lineHeight: one label's height in px;
 * top and bottom: the plot's edges. Returns each label's vertical centre, in the order given.
 */
export function placeBandLabels(lineYs: readonly number[], lineHeight: number, top: number, bottom: number): number[] {
  const order = lineYs.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const centres: number[] = [];
  let previous = top + lineHeight / 2 - lineHeight - GAP;
  for (const { y, i } of order) {
    previous = Math.max(y, previous + lineHeight + GAP);
    centres[i] = previous;
  }
  let next = bottom - lineHeight / 2;
  for (const { i } of [...order].reverse()) {
    centres[i] = Math.min(centres[i], next);
    next = centres[i] - lineHeight - GAP;
  }
  return centres;
}

/** Average width of a label character at `fontPx` (digits, spaces, "kbit/s"), for the gutter's width before drawing. */
const CHAR_WIDTH = 0.6;

/** The gutter's width in px for the longest label. */
export function bandGutterWidth(labels: readonly string[], fontPx: number): number {
  return labels.length ? Math.ceil(Math.max(...labels.map((l) => l.length)) * fontPx * CHAR_WIDTH) + 8 : 0;
}
