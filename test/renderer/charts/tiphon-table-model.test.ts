import { describe, expect, it } from 'vitest';
import { tiphonTableRows } from '../../../renderer/charts/tiphon-table-model';
import { TIPHON_KBPS } from '../../../core/qos/thresholds';
import type { ComparisonRow } from '../../../renderer/charts/qos-measure';

// WordPress (docs/qos-method.md §Seed paper vectors): 977,393 B × 8 / 110.660 s = 70,659.4 bit/s → 70.66 kbit/s, index 0;
// delay 110.660 s / 1,755 = 63.054 ms → 4; the mean of 0, 4, 4, 4 is 3 → 75 %, Memuaskan.
const wordpress: ComparisonRow = {
  id: 'wp',
  service: 'WordPress',
  values: { throughputBitsPerSecond: 70_659.4, delayMs: 63.054, jitterMs: 0.25, lossPercent: 0 },
  grade: { thresholds: 'TIPHON (tabel skripsi)', throughput: 0, delay: 4, jitter: 4, loss: 4, mean: 3, percent: 75, verdict: 'Memuaskan' },
};
const partial: ComparisonRow = {
  id: 'm',
  service: 'Moodle',
  values: { throughputBitsPerSecond: 10_236, delayMs: 272.68, jitterMs: null, lossPercent: null },
  grade: { thresholds: 'TIPHON (tabel skripsi)', throughput: 0, delay: 3, jitter: null, loss: null, mean: null, percent: null, verdict: null },
};
const words = { notAvailable: 'n/a', notGraded: 'not graded' };

describe('TIPHON table rows', () => {
  it('prints value, index and word per parameter (throughput, loss, delay, jitter) and the verdict, in Indonesian', () => {
    const [row] = tiphonTableRows([wordpress], TIPHON_KBPS, null, 'id', 'id-ID', words);
    expect(row.service).toBe('WordPress');
    expect(row.cells).toEqual([
      { value: '70,66 kbit/s', index: 0, grade: '0 · Sangat Jelek' },
      { value: '0,00 %', index: 4, grade: '4 · Sangat Bagus' },
      { value: '63,054 ms', index: 4, grade: '4 · Sangat Bagus' },
      { value: '0,250 ms', index: 4, grade: '4 · Sangat Bagus' },
    ]);
    expect(row.mean).toBe('3,00 (75,00 %)');
    expect(row.verdict).toBe('Memuaskan');
  });

  it('writes a percentage the English way, with no space before the sign', () => {
    const [row] = tiphonTableRows([wordpress], TIPHON_KBPS, null, 'en', 'en-US', words);
    expect(row.cells.map((c) => c.value)).toEqual(['70.66 kbit/s', '0.00%', '63.054 ms', '0.250 ms']);
    expect(row.mean).toBe('3.00 (75.00%)');
  });

  it('says what is missing and leaves the verdict ungraded, in English', () => {
    const [row] = tiphonTableRows([partial], TIPHON_KBPS, null, 'en', 'en-US', words);
    expect(row.cells.map((c) => [c.value, c.grade])).toEqual([
      ['10.24 kbit/s', '0 · Very poor'],
      ['n/a', 'not graded'],
      ['272.680 ms', '3 · Good'],
      ['n/a', 'not graded'],
    ]);
    expect([row.mean, row.verdict]).toEqual(['not graded', 'not graded']);
  });
});
