import type { Band } from '../../../core/qos/threshold-schema';

// Editing a threshold set by its edges: each edge is shared by two neighbouring bands, so
// moving it moves both, and no gap or overlap can appear. Which band a value exactly on the
// edge belongs to is a second, separate choice.

export interface Edge {
  /** Position of the first of the two neighbouring bands in the set's list. */
  position: number;
  value: number;
  /** Which of the two bands (their positions) holds a value exactly on the edge. */
  belongsTo: number;
}

/** The two bounds of bands a and b that meet: [a's bound, b's bound], or null if they do not meet. */
function meeting(a: Band, b: Band): ['upper' | 'lower', 'upper' | 'lower'] | null {
  if (a.upper && b.lower && a.upper.value === b.lower.value) return ['upper', 'lower'];
  if (a.lower && b.upper && a.lower.value === b.upper.value) return ['lower', 'upper'];
  return null;
}

export function edgesOf(bands: readonly Band[]): Edge[] {
  const edges: Edge[] = [];
  for (let i = 0; i + 1 < bands.length; i++) {
    const meet = meeting(bands[i], bands[i + 1]);
    if (!meet) continue;
    const first = bands[i][meet[0]]!;
    edges.push({ position: i, value: first.value, belongsTo: first.inclusive ? i : i + 1 });
  }
  return edges;
}

/** The bands with one edge moved to `value` and given to band `belongsTo` (one of its two bands). */
export function withEdge(bands: readonly Band[], position: number, value: number, belongsTo: number): Band[] {
  const meet = meeting(bands[position], bands[position + 1]);
  if (!meet) return [...bands];
  const next = bands.map((b) => ({ ...b }));
  next[position] = { ...next[position], [meet[0]]: { value, inclusive: belongsTo === position } };
  next[position + 1] = { ...next[position + 1], [meet[1]]: { value, inclusive: belongsTo === position + 1 } };
  return next;
}
