import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMemory, formatSeconds, throughputFormula } from '../../../renderer/report/format';
import { formatTimestamp, timestampDigits } from '../../../core/format/time';

// Expected strings are the seed paper vectors (docs/qos-method.md) and issue 6's figures, rewritten by hand in each
// language's number format.

describe('report number formats', () => {
  it('works the throughput out as the paper does, with the exact bit/s', () => {
    expect(throughputFormula(977_393, 110.66, 977_393 / 110.66, 'id-ID')).toBe('Throughput = 977.393 B / 110,660 s = 8.832,4 B/s × 8 = 70.659 bit/s');
    expect(throughputFormula(977_393, 110.66, 977_393 / 110.66, 'en-US')).toBe('Throughput = 977,393 B / 110.660 s = 8,832.4 B/s × 8 = 70,659 bit/s');
    expect(throughputFormula(92_804, 72.533, 92_804 / 72.533, 'en-US')).toBe('Throughput = 92,804 B / 72.533 s = 1,279.5 B/s × 8 = 10,236 bit/s');
    expect(throughputFormula(465_957, 90.462, 465_957 / 90.462, 'id-ID')).toBe('Throughput = 465.957 B / 90,462 s = 5.150,9 B/s × 8 = 41.207 bit/s');
  });

  it('prints memory as PVE does: MiB under 1 GiB, GiB above', () => {
    expect(formatMemory(891_226_685, 'id-ID')).toBe('849,94 MiB');
    expect(formatMemory(2_920_577_761, 'en-US')).toBe('2.72 GiB');
    expect(formatMemory(10_265_171_837, 'id-ID')).toBe('9,56 GiB');
  });

  it('keeps nanoseconds a time span has and shows three decimals otherwise', () => {
    expect(formatSeconds(2.047482, 'en-US')).toBe('2.047482 s');
    expect(formatSeconds(72.5, 'id-ID')).toBe('72,500 s');
  });

  it("prints capture timestamps as the app does: the reader's time zone, decimal sign and the file's resolution", () => {
    // http_espn_browse.pcapng: first 1270661369.782934000, last 1270661371.830416000 (µs resolution).
    const digits = timestampDigits('1270661369.782934000', '1270661371.830416000');
    expect(digits).toBe(6);
    expect(formatTimestamp('1270661369.782934000', digits, 'id-ID', 'Asia/Jakarta')).toBe('2010-04-08 00:29:29,782934 WIB');
    expect(formatTimestamp('1270661371.830416000', digits, 'en-US', 'Asia/Jakarta')).toBe('2010-04-08 00:29:31.830416 GMT+7');
    expect([timestampDigits('1.500000000'), timestampDigits('1.000000000'), timestampDigits('1.123456789'), timestampDigits('1.000100000', '2.5')]).toEqual([
      3, 0, 9, 6,
    ]);
  });

  it('never rounds bit/s from a rounded B/s (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 1e7 }), (bytes, ms) => {
        const seconds = ms / 1000;
        const text = throughputFormula(bytes, seconds, bytes / seconds, 'en-US');
        const bits = Number(text.split(' = ').at(-1)!.replace(' bit/s', '').replaceAll(',', ''));
        return Math.abs(bits - (bytes * 8) / seconds) <= 0.5 + 1e-6 * bits;
      }),
    );
  });
});
