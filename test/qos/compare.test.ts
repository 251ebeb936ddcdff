import { failureText } from '../../core/failure-text';
import { describe, expect, it } from 'vitest';
import { compareServices } from '../../electron/qos/compare';
import type { QosEvidence } from '../../electron/qos/columns';
import { copyThresholdSet } from '../../electron/qos/thresholds';
import { TIPHON_KBPS } from '../../core/qos/thresholds';
import { thresholdSetProblems } from '../../electron/qos/threshold-validation';
import { allThresholdSets, deleteThresholdSet, saveThresholdSet } from '../../electron/qos/user-threshold-sets';
import { memorySettingsStore } from '../../electron/session/settings';
import { qosHandlers } from '../../electron/qos/handlers';

// A ping capture: recipe numbers by hand — 9 packets, 882 B over 4 s → 1,764 bit/s; delay
// 4 s / 9 = 444.444 ms; jitter 100 ms; 5 requests, 4 answered → 20 % — and the measured values
// the analysis picked (mean round trip 12.5 ms, its variation 3 ms).
const ping: QosEvidence = {
  recipe: {
    packets: 9,
    bytes: 882,
    timeSpanSeconds: 4,
    throughputBytesPerSecond: 220.5,
    throughputBitsPerSecond: 1764,
    delayMs: 444.444,
    jitterMs: 100,
    jitterZeroVariantMs: 0,
    lossPercent: 20,
    lossEvidence: 'icmp',
    lossSent: 5,
    lossReceived: 4,
  },
  measuredValues: {
    throughputBitsPerSecond: 1764,
    delayMs: 12.5,
    jitterMs: 3,
    lossPercent: 20,
    sources: { throughput: 'displayed', delay: 'icmp-rtt', jitter: 'icmp-rtt-variation', loss: 'icmp-unanswered' },
  },
};

describe('comparison of services', () => {
  it("grades a manual entry of the paper's WordPress numbers the same in both columns", () => {
    const [wp] = compareServices(
      [{ kind: 'manual', id: 'wp', entry: { packets: 1755, bytes: 977_393, timeSpanSeconds: 110.66, lossPercent: 0, delayMs: null, jitterMs: 0.3 } }],
      TIPHON_KBPS,
      null,
    );
    // 977,393 × 8 / 110.660 = 70,659.17 bit/s → 70.66 kbit/s < 338 → 0; 110.660 s / 1,755 = 63.05 ms → 4.
    expect(wp.recipe.values.throughputBitsPerSecond).toBeCloseTo(70_659.17, 2);
    expect(wp.recipe.values.delayMs).toBeCloseTo(63.054, 3);
    expect([wp.recipe.grade.throughput, wp.recipe.grade.delay, wp.recipe.grade.jitter, wp.recipe.grade.loss]).toEqual([0, 4, 4, 4]);
    expect([wp.recipe.grade.mean, wp.recipe.grade.verdict]).toEqual([3, 'Memuaskan']);
    expect(wp.measured).toEqual(wp.recipe);
    expect(wp.recipe.sources).toEqual({ throughput: 'manual', delay: 'manual', jitter: 'manual', loss: 'manual' });
  });

  it("grades a capture's recipe column and its measured column", () => {
    const [row] = compareServices([{ kind: 'capture', id: 'p', qos: ping }], TIPHON_KBPS, null);
    // Recipe: 1.764 kbit/s → 0; 444.444 ms → 2; 100 ms → 2; 20 % → 2: mean 1.5 → Jelek.
    expect([row.recipe.grade.throughput, row.recipe.grade.delay, row.recipe.grade.jitter, row.recipe.grade.loss]).toEqual([0, 2, 2, 2]);
    expect(row.recipe.grade.verdict).toBe('Jelek');
    expect(row.recipe.sources).toEqual({ throughput: 'displayed', delay: 'displayed', jitter: 'displayed', loss: 'icmp' });
    // Measured: 1.764 kbit/s → 0; round trip 12.5 ms → 4; variation 3 ms → 3; 20 % → 2: mean 2.25 → Kurang Memuaskan.
    expect(row.measured.values).toEqual({ throughputBitsPerSecond: 1764, delayMs: 12.5, jitterMs: 3, lossPercent: 20 });
    expect(row.measured.sources).toEqual({ throughput: 'displayed', delay: 'icmp-rtt', jitter: 'icmp-rtt-variation', loss: 'icmp-unanswered' });
    expect([row.measured.grade.throughput, row.measured.grade.delay, row.measured.grade.jitter, row.measured.grade.loss]).toEqual([0, 4, 3, 2]);
    expect([row.measured.grade.mean, row.measured.grade.verdict]).toEqual([2.25, 'Kurang Memuaskan']);
  });
});

describe('user threshold sets', () => {
  it('accepts a copy and finds overlaps, bad bounds, a turned-round index and an empty name', () => {
    const copy = copyThresholdSet(TIPHON_KBPS, 'mine', 'Punyaku');
    expect(thresholdSetProblems(copy)).toEqual([]);
    copy.bands.delay[1] = { ...copy.bands.delay[1], lower: { value: 100, inclusive: true } };
    copy.bands.loss[2] = { ...copy.bands.loss[2], upper: { value: -1, inclusive: false } };
    copy.bands.jitter[0] = { ...copy.bands.jitter[0], index: 1 };
    copy.name = ' ';
    expect(thresholdSetProblems(copy)).toEqual([
      { parameter: null, band: null, code: 'name' },
      // delay band 1 now starts at 100 ms, inside band 0 (< 150 ms)
      { parameter: 'delay', band: 1, code: 'overlap' },
      { parameter: 'jitter', band: null, code: 'direction' },
      { parameter: 'loss', band: 2, code: 'bound' },
    ]);
  });

  it('saves, renames and deletes a user set in the settings; built-in ids stay untouched', () => {
    const store = memorySettingsStore();
    const copy = copyThresholdSet(TIPHON_KBPS, 'mine', 'Punyaku');
    expect(saveThresholdSet(store, { ...copy, id: TIPHON_KBPS.id }).ok).toBe(false);
    expect(saveThresholdSet(store, { ...copy, name: 'TIPHON (tabel skripsi)' }).ok).toBe(false);
    expect(saveThresholdSet(store, copy).ok).toBe(true);
    expect(saveThresholdSet(store, { ...copy, name: 'Renamed' }).ok).toBe(true);
    expect(store.read().thresholdSets.map((s) => s.name)).toEqual(['Renamed']);
    expect(allThresholdSets(store).map((s) => s.id)).toEqual(['tiphon-skripsi', 'tiphon-link-percent', 'mine']);
    expect(deleteThresholdSet(store, 'mine').map((s) => s.id)).toEqual(['tiphon-skripsi', 'tiphon-link-percent']);
  });

  it('a user set with a lower delay edge changes the grade of the same capture', async () => {
    const store = memorySettingsStore();
    const strict = copyThresholdSet(TIPHON_KBPS, 'strict', 'Ketat');
    // 4 below 10 ms instead of 150 ms: the 12.5 ms round trip drops from 4 to 3.
    strict.bands.delay[0] = { ...strict.bands.delay[0], upper: { value: 10, inclusive: false } };
    strict.bands.delay[1] = { ...strict.bands.delay[1], lower: { value: 10, inclusive: true } };
    const handlers = qosHandlers(store);
    expect((await handlers['qos.saveThresholdSet'](strict)).ok).toBe(true);
    const result = await handlers['qos.compare']({ thresholds: 'strict', linkCapacityBitsPerSecond: null, items: [{ kind: 'capture', id: 'p', qos: ping }] });
    expect(result.ok && result.items[0].measured.grade.delay).toBe(3);
    const refused = await handlers['qos.compare']({ thresholds: 'tiphon-link-percent', linkCapacityBitsPerSecond: null, items: [] });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'needs-capacity', messageKey: 'comparison.error.needsCapacity', params: {} } });
    expect(!refused.ok && failureText(refused.error, 'id')).toBe(
      'Tabel ambang ini menilai throughput sebagai persentase kapasitas link: isi kapasitas link dalam Mbit/s.',
    );
    expect(await handlers['qos.compare']({ thresholds: 'gone', linkCapacityBitsPerSecond: null, items: [] })).toMatchObject({
      ok: false,
      error: { kind: 'unknown-set', messageKey: 'comparison.error.unknownSet', params: { set: 'gone' } },
    });
  });
});
