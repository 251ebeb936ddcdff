import { describe, expect, it } from 'vitest';
import { readManualEntry, readManualField, type ManualEntryText } from '../../../../renderer/pages/Captures/manual-entry';
import { recipeFromManualEntry } from '../../../../electron/qos/manual';

// The paper's WordPress vector as Wireshark's Capture File Properties prints it: 1755 packets,
// 977393 bytes, Time span 110.660 s → 977393 × 8 / 110.660 = 70 659 bit/s.
const WIRESHARK: ManualEntryText = { service: 'WordPress', packets: '1755', bytes: '977393', timeSpan: '110.660', loss: '', delay: '', jitter: '' };

describe('manual entry', () => {
  it('reads Wireshark\'s "110.660" as 110.66 s in Indonesian too, so the throughput is 70 659 bit/s, not 1000× lower', () => {
    for (const locale of ['id-ID', 'en-US']) {
      const read = readManualEntry(WIRESHARK, locale);
      expect('entry' in read && read.entry).toEqual({
        packets: 1755,
        bytes: 977393,
        timeSpanSeconds: 110.66,
        lossPercent: null,
        delayMs: null,
        jitterMs: null,
      });
      if (!('entry' in read)) continue;
      expect(Math.round(recipeFromManualEntry(read.entry).throughputBitsPerSecond!)).toBe(70659);
    }
  });

  it('reads the Indonesian way of writing the same figures', () => {
    const read = readManualEntry({ ...WIRESHARK, packets: '1.755', bytes: '977.393', timeSpan: '110,660', loss: '0,5', jitter: '0,3' }, 'id-ID');
    expect('entry' in read && read.entry).toEqual({ packets: 1755, bytes: 977393, timeSpanSeconds: 110.66, lossPercent: 0.5, delayMs: null, jitterMs: 0.3 });
  });

  it('refuses "110,660" s in English as ambiguous, naming both readings', () => {
    const read = readManualEntry({ ...WIRESHARK, timeSpan: '110,660' }, 'en-US');
    expect('problems' in read && read.problems).toEqual({ timeSpan: { code: 'ambiguous', asDecimal: 110.66, asWhole: 110660 } });
  });

  it('accepts the unit Wireshark prints after a figure, and refuses another', () => {
    expect(readManualField('timeSpan', '110.660 s', 'id-ID')).toEqual({ value: 110.66, decimals: 3 });
    expect(readManualField('bytes', '977393 bytes', 'en-US')).toEqual({ value: 977393, decimals: 0 });
    expect(readManualField('loss', '0.5%', 'id-ID')).toEqual({ value: 0.5, decimals: 1 });
    expect(readManualField('delay', '63,05 ms', 'id-ID')).toEqual({ value: 63.05, decimals: 2 });
    expect(readManualField('timeSpan', '110.660 ms', 'id-ID')).toEqual({ problem: { code: 'number' } });
  });

  it("tells Wireshark's Elapsed (00:01:50) from the Time span it needs", () => {
    expect(readManualField('timeSpan', '00:01:50', 'id-ID')).toEqual({ problem: { code: 'clock' } });
  });

  it('checks each field: whole counts, a positive span, a percentage', () => {
    const read = readManualEntry({ service: ' ', packets: '12,5', bytes: '-1', timeSpan: '0', loss: '101', delay: 'x', jitter: '' }, 'id-ID');
    expect('problems' in read && read.problems).toEqual({
      service: { code: 'required' },
      packets: { code: 'integer' },
      bytes: { code: 'positive' },
      timeSpan: { code: 'positive' },
      loss: { code: 'percent' },
      delay: { code: 'number' },
    });
    expect(readManualField('jitter', '  ', 'en-US')).toBeNull();
  });
});
