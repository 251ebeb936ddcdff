import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../../../electron/capture/analyze-file';
import { IoSeries } from '../../../../electron/capture/analyze/io';
import { corpusFiles, corpusPath, expectedFor } from '../../../support/shared';
import { forEachPacket } from '../corpus-pass';

// The I/O series against tshark 4.0.17: `-z io,stat,1` rows (docs/corpus.md) for a
// fixed 1 s interval, and `-z io,stat,N` at the interval the app picks for each capture
// (io-stat.expected.json, written by scripts/record-io-stat.mjs; checked against the
// installed tshark as well when there is one).

type Row = [string, string, number, number];
const recorded: { files: Record<string, { interval: number; rows: Row[] }> } = JSON.parse(
  readFileSync(new URL('./io-stat.expected.json', import.meta.url), 'utf8'),
);
const haveTshark = spawnSync('tshark', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Files where tshark's times do not start at the first record: the mixed-endian file's frame 1
 * has no timestamp, so tshark measured from time 0 and printed no table (empty rows); the
 * invalid-nanosecond file has times tshark prints as impossible values. Files with other
 * timestamp-less records (Simple Packet Blocks) are left out by the `timed` check below.
 */
const OTHER_TIME_ORIGIN = new Set(['pcapng_multi_section_mixed_endian.pcapng', 'corrupt_invalid_nsec_timestamp.pcap']);

/**
 * tshark's rows: start, frames, bytes; and the last row's end ("Dur": cut short by the last
 * packet). tshark prints no row for an interval that starts exactly at the last packet's time
 * (bigendian_nfsv3.pcap at 10 ms: its last two frames, at 0.470000 s, are in no row); the
 * graph keeps that interval, and it must hold exactly the frames missing from tshark's table.
 */
function expectRows(ours: ReturnType<IoSeries['intervals']>, rows: Row[], elapsed: number, packets: number) {
  const missing = packets - rows.reduce((n, r) => n + r[2], 0);
  if (missing > 0) {
    const extra = ours.at(-1)!;
    expect([ours.length, extra.start, extra.packets]).toEqual([rows.length + 1, elapsed, missing]);
    ours = ours.slice(0, -1);
    expect(ours.at(-1)!.end).toBeCloseTo(elapsed, 6);
    expect(ours.map((i) => [i.start, i.packets, i.bytes])).toEqual(rows.map((r) => [Number(r[0]), r[2], r[3]]));
    return;
  }
  expect(ours.map((i) => [i.start, i.packets, i.bytes])).toEqual(rows.map((r) => [Number(r[0]), r[2], r[3]]));
  const last = rows[rows.length - 1];
  const end = ours[ours.length - 1].end;
  if (last[1] === 'Dur') expect(end).toBeCloseTo(elapsed, 6);
  else expect(end).toBeCloseTo(Number(last[1]), last[1].split('.')[1]?.length ?? 0);
}

describe.each(corpusFiles().filter((name) => !OTHER_TIME_ORIGIN.has(name)))('%s', (name) => {
  const expected = expectedFor(name);
  const props = expected.derived.capture_file_properties;
  const timed = props.packets_with_timestamp === props.packets;
  const record = recorded.files[name];

  it.skipIf(!timed)('picks the interval recorded and has the rows of tshark -z io,stat at it', async () => {
    const { qos } = await analyzeCaptureFile(corpusPath(name), { propertiesOnly: false });
    const io = qos!.measured.io;
    expect(io.intervalSeconds).toBe(record.interval);
    // Enough points for a curve whenever the capture lasts 20 ms or more.
    if (Number(props.elapsed_s) >= 0.02) expect(io.count).toBeGreaterThanOrEqual(20);
    expectRows(io.intervals!, record.rows, Number(props.elapsed_s), props.packets);
    expect(io.count).toBe(io.intervals!.length);
    for (const i of io.intervals!) expect([i.bitsPerSecond, i.packetsPerSecond]).toEqual([(i.bytes * 8) / record.interval, i.packets / record.interval]);
  });

  it.skipIf(!timed || !haveTshark)('the record is what the installed tshark prints', () => {
    const printed = spawnSync('tshark', ['-n', '-r', corpusPath(name), '-q', '-z', `io,stat,${record.interval}`], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }).stdout;
    const rows = printed
      .split('\n')
      .map((line) => /^\|\s*([\d.]+)\s*<>\s*([\d.]+|Dur)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|$/.exec(line.trim()))
      .filter((m) => m !== null)
      .map((m) => [m[1], m[2], Number(m[3]), Number(m[4])]);
    expect(rows).toEqual(record.rows);
  });

  it.skipIf(!timed)('has the rows of tshark -z io,stat,1 at a fixed 1 s interval, and 0.1 s intervals split them exactly', async () => {
    const rows: Row[] = expected.tshark_taps.io_stat_1.rows;
    const second = new IoSeries(1);
    const tenth = new IoSeries(0.1);
    await forEachPacket(name, (_f, _frame, timeNs, length) => {
      second.add(timeNs!, length);
      tenth.add(timeNs!, length);
    });
    expectRows(second.intervals(), rows, Number(props.elapsed_s), props.packets);
    const perSecond: Array<[number, number]> = [];
    for (const [i, x] of tenth.intervals().entries()) {
      const s = Math.floor(i / 10);
      perSecond[s] ??= [0, 0];
      perSecond[s][0] += x.packets;
      perSecond[s][1] += x.bytes;
    }
    expect(perSecond).toEqual(rows.map((r) => [r[2], r[3]]));
  });
});
