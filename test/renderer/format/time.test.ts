import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatSeconds, formatTimestamp, parseEpoch, precisionDigits } from '../../../core/format/time';
import { formatElapsed } from '../../../core/format/elapsed';
import { corpusFiles, expectedFor } from '../../support/shared';

const englishDays = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

describe('capture timestamps', () => {
  it('splits epoch text into whole seconds and nanoseconds without rounding', () => {
    expect(parseEpoch('1418145369.924505488')).toEqual({ seconds: 1418145369n, nanos: 924505488 });
    expect(parseEpoch('1270661369.782934')).toEqual({ seconds: 1270661369n, nanos: 782934000 });
    expect(parseEpoch('-1.25')).toEqual({ seconds: -2n, nanos: 750000000 });
    expect(() => parseEpoch('n/a')).toThrow();
  });

  it('reads the out-of-range nanosecond field capinfos prints as a count added to the seconds', () => {
    // capinfos -T -m -Q -M -S -A corrupt_invalid_nsec_timestamp.pcap: End time "1418145370.-2147483648".
    expect(parseEpoch('1418145370.-2147483648')).toEqual({ seconds: 1418145367n, nanos: 852516352 });
    expect(parseEpoch('101.1000000000')).toEqual({ seconds: 102n, nanos: 0 });
    expect(parseEpoch('-4026531840.-00000002')).toEqual({ seconds: -4026531841n, nanos: 999999998 });
  });

  it('reads back every nanosecond it is given (property)', () => {
    const range = 10n ** 19n;
    fc.assert(
      fc.property(fc.bigInt({ min: -range, max: range }), (total) => {
        const magnitude = total < 0n ? -total : total;
        const text = `${total < 0n ? '-' : ''}${magnitude / 1_000_000_000n}.${String(magnitude % 1_000_000_000n).padStart(9, '0')}`;
        const { seconds, nanos } = parseEpoch(text);
        expect(seconds * 1_000_000_000n + BigInt(nanos)).toBe(total);
        expect(nanos).toBeGreaterThanOrEqual(0);
        expect(nanos).toBeLessThan(1_000_000_000);
      }),
    );
  });

  it('knows how many decimals each resolution carries', () => {
    expect(precisionDigits('microseconds')).toBe(6);
    expect(precisionDigits('nanoseconds')).toBe(9);
    expect(precisionDigits('milliseconds')).toBe(3);
    expect(precisionDigits('10^-4 seconds')).toBe(4);
    // 2^-20 s ≈ 0.95 µs: seven decimals tell neighbouring ticks apart.
    expect(precisionDigits('2^-20 seconds')).toBe(7);
  });

  it("prints local time with the file's digits, the language's decimal sign and the zone", () => {
    // capinfos (TZ=UTC): 2010-04-07 17:29:29.782934; Jakarta is UTC+7 all year.
    expect(formatTimestamp('1270661369.782934000', 6, 'id-ID', 'Asia/Jakarta')).toBe('2010-04-08 00:29:29,782934 WIB');
    expect(formatTimestamp('1270661369.782934000', 6, 'en-US', 'Asia/Jakarta')).toBe('2010-04-08 00:29:29.782934 GMT+7');
    expect(formatTimestamp('1418145369.924505488', 9, 'en-US', 'UTC')).toBe('2014-12-09 17:16:09.924505488 UTC');
    expect(formatTimestamp('0.5', 0, 'en-US', 'UTC')).toBe('1970-01-01 00:00:00 UTC');
  });

  it("agrees with capinfos' first and last packet times on the corpus (UTC)", () => {
    let compared = 0;
    for (const name of corpusFiles()) {
      const expected = expectedFor(name);
      const fields = expected.capinfos.long_machine_readable.fields;
      const row = expected.capinfos.table.row;
      if (!row || !/^\d+\.\d+$/.test(row['Start time'] ?? '') || !fields['First packet time']) continue;
      // capinfos prints an out-of-range nanosecond field literally; a clock cannot show it.
      if (name === 'corrupt_invalid_nsec_timestamp.pcap') continue;
      // The human-readable time has the first/last packet's own resolution (mixed in multi-interface files).
      const digitsOf = (text: string) => text.split('.')[1]?.length ?? 0;
      const first = fields['First packet time'];
      const last = fields['Last packet time'];
      expect(formatTimestamp(row['Start time'], digitsOf(first), 'en-US', 'UTC'), name).toBe(`${first} UTC`);
      expect(formatTimestamp(row['End time'], digitsOf(last), 'en-US', 'UTC'), name).toBe(`${last} UTC`);
      compared++;
    }
    if (corpusFiles().length) expect(compared).toBeGreaterThan(20);
  });

  it("prints Elapsed as Wireshark's dialog does, on the corpus", () => {
    let compared = 0;
    for (const name of corpusFiles()) {
      const properties = expectedFor(name).derived.capture_file_properties;
      if (properties.elapsed_s === null || properties.elapsed_display === undefined) continue;
      expect(formatElapsed(Number(properties.elapsed_s), englishDays), name).toBe(properties.elapsed_display);
      compared++;
    }
    if (corpusFiles().length) expect(compared).toBeGreaterThan(20);
  });

  it('counts days past 24 hours', () => {
    expect(formatElapsed(90061.5, englishDays)).toBe('1 day 01:01:01');
    expect(formatElapsed(3 * 86400 + 59, englishDays)).toBe('3 days 00:00:59');
    expect(formatSeconds(14.471633, 6, 'id-ID')).toBe('14,471633 s');
  });
});
