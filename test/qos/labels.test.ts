import { describe, expect, it } from 'vitest';
import { thresholdSetName } from '../../core/qos/labels';
import { BUILT_IN_THRESHOLD_SETS, TIPHON_KBPS, TIPHON_LINK_PERCENT } from '../../core/qos/thresholds';

describe('threshold set names for a reader', () => {
  it('names each built-in set in the reader’s language, whether given the set or the name a grade stored', () => {
    expect(thresholdSetName(TIPHON_KBPS, 'en')).toBe('TIPHON (thesis table)');
    expect(thresholdSetName(TIPHON_KBPS, 'id')).toBe('TIPHON (tabel skripsi)');
    expect(thresholdSetName(TIPHON_KBPS.name, 'en')).toBe('TIPHON (thesis table)');
    expect(thresholdSetName(TIPHON_LINK_PERCENT.name, 'id')).toBe('TIPHON — throughput sebagai % kapasitas link');
    expect(thresholdSetName(TIPHON_LINK_PERCENT, 'en')).toBe(TIPHON_LINK_PERCENT.name);
    // The names sets are stored and asked for by (--thresholds NAME, a grade's thresholds) stay.
    expect(BUILT_IN_THRESHOLD_SETS.map((s) => s.name)).toEqual(['TIPHON (tabel skripsi)', 'TIPHON — throughput as % of link capacity']);
  });

  it('leaves a user’s own set as they named it', () => {
    expect(thresholdSetName({ id: 'user-1', name: 'Resep dosen' }, 'en')).toBe('Resep dosen');
    expect(thresholdSetName('Resep dosen', 'en')).toBe('Resep dosen');
  });
});
