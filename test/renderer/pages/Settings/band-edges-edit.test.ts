import { describe, expect, it } from 'vitest';
import { edgesOf, withEdge } from '../../../../renderer/pages/Settings/band-edges-edit';
import { TIPHON_KBPS } from '../../../../core/qos/thresholds';

describe('threshold set edges', () => {
  it('reads the edges of docs/qos-method.md §Thresholds and which band holds a value on each', () => {
    // Delay: < 150 | 150 – < 300 | 300 – < 450 | ≥ 450: each edge belongs to the band above it.
    expect(edgesOf(TIPHON_KBPS.bands.delay)).toEqual([
      { position: 0, value: 150, belongsTo: 1 },
      { position: 1, value: 300, belongsTo: 2 },
      { position: 2, value: 450, belongsTo: 3 },
    ]);
    // Throughput, listed 4 → 0: > 2100 | > 1200 – 2100 | > 700 – 1200 | 338 – 700 | < 338.
    expect(edgesOf(TIPHON_KBPS.bands.throughput)).toEqual([
      { position: 0, value: 2100, belongsTo: 1 },
      { position: 1, value: 1200, belongsTo: 2 },
      { position: 2, value: 700, belongsTo: 3 },
      { position: 3, value: 338, belongsTo: 3 },
    ]);
  });

  it('moves an edge in both bands and hands the edge value to the chosen band', () => {
    const moved = withEdge(TIPHON_KBPS.bands.delay, 0, 280, 0);
    expect(moved[0].upper).toEqual({ value: 280, inclusive: true });
    expect(moved[1].lower).toEqual({ value: 280, inclusive: false });
    expect(moved[2]).toEqual(TIPHON_KBPS.bands.delay[2]);
    expect(edgesOf(moved)[0]).toEqual({ position: 0, value: 280, belongsTo: 0 });
    // The built-in set itself is untouched.
    expect(TIPHON_KBPS.bands.delay[0].upper).toEqual({ value: 150, inclusive: false });
  });
});
