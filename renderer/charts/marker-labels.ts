// Which row of the band above the timeline's plot each marker label takes. A label is centred
// on its line, slid back inside the plot where it would overhang an end (as the annotation
// plugin draws it); going left to right, it takes the lowest row where it clears the labels
// already there, so it sits straight on its line's top unless a neighbour is in the way.

/** A label's wanted centre (its line's x) and its width, in px. */
export interface LabelSpan {
  centre: number;
  width: number;
}

/** Clear space between two labels of one row, in px. */
const GAP = 4;

/**
 * Rows counted from 0, right above the plot, for labels between `left` and `right`. When every
 * row is taken, a label shares the row whose last label ends furthest left.
 */
export function markerLabelRows(labels: readonly LabelSpan[], left: number, right: number, maxRows: number): number[] {
  const order = labels.map((label, i) => ({ ...label, i })).sort((a, b) => a.centre - b.centre);
  const rowEnds: number[] = [];
  const rows: number[] = [];
  for (const { centre, width, i } of order) {
    const start = Math.max(left, Math.min(centre - width / 2, right - width));
    let row = rowEnds.findIndex((end) => end + GAP <= start);
    if (row === -1) row = rowEnds.length < maxRows ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = start + width;
    rows[i] = row;
  }
  return rows;
}
