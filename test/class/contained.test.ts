import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { containedAt, readPacketList } from '../../electron/class/contained';
import { classStats, indexHistogram, isOutlier } from '../../core/class/stats';
import { pcapFile, writeCapture, type PcapFile } from '../support/capture-writer';
import { packetRange, readPcapFile } from '../support/pcap-records';
import { corpusPath, haveShared } from '../support/shared';

// The contained-capture rule pinned (electron/class/contained.ts): a run of consecutive
// packets with the same timestamps to the nanosecond and the same frame lengths, in order.

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-contained-'));
const write = (name: string, file: PcapFile) => writeCapture(path.join(dir, name), pcapFile(file));

describe.skipIf(!haveShared)('one capture contained in another', () => {
  const whole = readPcapFile(corpusPath('http_wikipedia_mediawiki.pcap'));
  const outer = write('outer.pcap', whole);

  it('finds a range cut out at its first frame, and no other', async () => {
    const list = (await readPacketList(outer))!;
    expect(list.count).toBe(136);
    for (const [first, last] of [
      [1, 2],
      [21, 100],
      [100, 135],
      [2, 136],
    ] as const) {
      const inner = (await readPacketList(write(`cut-${first}-${last}.pcap`, packetRange(whole, first, last))))!;
      expect(containedAt(inner, list), `${first}-${last}`).toBe(first - 1);
    }
  });

  it('is not fooled by the whole file, a single packet, a changed length or a gap', async () => {
    const list = (await readPacketList(outer))!;
    expect(containedAt((await readPacketList(write('same.pcap', whole)))!, list)).toBeNull();
    expect(containedAt((await readPacketList(write('one.pcap', packetRange(whole, 50, 50))))!, list)).toBeNull();
    const cut = packetRange(whole, 21, 100);
    const longer = { ...cut, records: cut.records.map((r, i) => (i === 40 ? { ...r, originalLength: r.originalLength + 1 } : r)) };
    expect(containedAt((await readPacketList(write('longer.pcap', longer)))!, list)).toBeNull();
    const gap = { ...cut, records: cut.records.filter((_, i) => i !== 40) };
    expect(containedAt((await readPacketList(write('gap.pcap', gap)))!, list)).toBeNull();
    const later = { ...cut, records: cut.records.map((r) => ({ ...r, fraction: r.fraction + 1 })) };
    expect(containedAt((await readPacketList(write('later.pcap', later)))!, list)).toBeNull();
  });
});

describe('the class distribution', () => {
  it("interpolates quartiles as Excel's QUARTILE.INC does, and fences them at 3 × IQR", () => {
    // =QUARTILE.INC({1..12}; 1) is 3.75, 2 is 6.5, 3 is 9.25.
    const stats = classStats([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, null]);
    expect(stats).toEqual({ count: 12, min: 1, q1: 3.75, median: 6.5, q3: 9.25, max: 12, iqr: 5.5, lowerFence: 3.75 - 16.5, upperFence: 9.25 + 16.5 });
    expect(isOutlier(25.75, stats)).toBe(false);
    expect(isOutlier(25.76, stats)).toBe(true);
    expect(isOutlier(100, classStats([1, 2, 100]))).toBe(false);
    expect(classStats([])).toMatchObject({ count: 0, median: null });
    expect(indexHistogram([4, 4, 3, null, 0], 0)).toEqual([
      { index: 0, count: 1 },
      { index: 1, count: 0 },
      { index: 2, count: 0 },
      { index: 3, count: 1 },
      { index: 4, count: 2 },
    ]);
  });
});
