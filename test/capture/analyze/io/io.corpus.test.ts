import { describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../../../electron/capture/analyze-file';
import { IoSeries } from '../../../../electron/capture/analyze/io';
import { corpusFiles, corpusPath, expectedFor } from '../../../support/shared';
import { forEachPacket } from '../corpus-pass';

// The I/O series against tshark 4.0.17's `-z io,stat,1` rows (shared/captures/expected).

/**
 * Files where tshark's times do not start at the first record: the mixed-endian file's frame 1
 * has no timestamp, so tshark measured from time 0 and printed no table (empty rows); the
 * invalid-nanosecond file has times tshark prints as impossible values. Files with other
 * timestamp-less records (Simple Packet Blocks) are left out by the `timed` check below.
 */
const OTHER_TIME_ORIGIN = new Set(['pcapng_multi_section_mixed_endian.pcapng', 'corrupt_invalid_nsec_timestamp.pcap']);

describe.each(corpusFiles().filter((name) => !OTHER_TIME_ORIGIN.has(name)))('%s', (name) => {
  const expected = expectedFor(name);
  const props = expected.derived.capture_file_properties;
  const rows: Array<[string, string, number, number]> = expected.tshark_taps.io_stat_1.rows;

  it.skipIf(props.packets_with_timestamp !== props.packets)('has the rows of tshark -z io,stat,1: start, end ("Dur" = the last packet), frames and bytes', async () => {
    const { qos } = await analyzeCaptureFile(corpusPath(name), { propertiesOnly: false });
    const ours = qos!.measured.io.intervals!;
    expect(ours.map((i) => [i.start, i.packets, i.bytes])).toEqual(rows.map((r) => [Number(r[0]), r[2], r[3]]));
    expect(qos!.measured.io.count).toBe(rows.length);
    // tshark prints "Dur" for a last interval cut short by the end of the capture, else its end.
    const last = rows[rows.length - 1];
    const end = ours[ours.length - 1].end;
    if (last[1] === 'Dur') expect(end).toBeCloseTo(Number(props.elapsed_s), 6);
    else expect(end.toFixed(3)).toBe(last[1]);
    for (const i of ours) expect([i.bitsPerSecond, i.packetsPerSecond]).toEqual([i.bytes * 8, i.packets]);
  });

  it.skipIf(props.packets_with_timestamp !== props.packets)('sums to the same packets and bytes at any interval, and 0.1 s intervals split 1 s rows exactly', async () => {
    const tenth = new IoSeries(0.1);
    await forEachPacket(name, (_f, _frame, timeNs, length) => tenth.add(timeNs!, length));
    const intervals = tenth.intervals();
    const perSecond: Array<[number, number]> = [];
    for (const [i, x] of intervals.entries()) {
      const second = Math.floor(i / 10);
      perSecond[second] ??= [0, 0];
      perSecond[second][0] += x.packets;
      perSecond[second][1] += x.bytes;
    }
    expect(perSecond).toEqual(rows.map((r) => [r[2], r[3]]));
    expect(intervals.reduce((n, i) => n + i.packets, 0)).toBe(props.packets);
  });
});
