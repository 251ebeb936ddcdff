import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import { pcapFile, writeCapture } from '../support/capture-writer';

// Nanosecond pcap records whose nanosecond field is out of range. Wireshark keeps the field as
// a signed 32-bit count and capinfos compares and subtracts such times in 32-bit arithmetic;
// Capture File Properties follow it. Every expected value below is what
// `capinfos -T -m -Q -M -S -A FILE` (4.0.17) printed for the same generated file.

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-wireshark-time-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const frame = new Uint8Array(60);
async function properties(name: string, times: Array<[seconds: number, nanoseconds: number]>) {
  const bytes = pcapFile({
    resolution: 'nano',
    byteOrder: 'little',
    linkType: 113,
    snaplen: 262144,
    records: times.map(([seconds, fraction]) => ({ seconds, fraction, originalLength: 60, data: frame })),
  });
  const report = await analyzeCaptureFile(writeCapture(path.join(dir, name), bytes), { propertiesOnly: true });
  return { p: report.properties!, warnings: report.warningDetails.map((w) => w.messageKey) };
}

describe('capinfos times of out-of-range nanosecond fields', () => {
  it('takes the first record as the start when the last compares later through the 32-bit wrap', async () => {
    // The shape of corrupt_invalid_nsec_timestamp.pcap. capinfos: duration "1.1147483649",
    // start "100.999999999", end "101.-2147483648", rates "n/a" (0.00 in the table), order True.
    const { p, warnings } = await properties('wrap.pcap', [
      [100, 999_999_999],
      [101, 1_000_000_000],
      [101, 0x80000000],
    ]);
    expect([p.firstTime, p.lastTime]).toEqual(['100.999999999', '101.-2147483648']);
    expect(p.timeSpanSeconds).toBe(1.1147483649);
    expect([p.bytesPerSecond, p.bitsPerSecond, p.packetsPerSecond]).toEqual([null, null, null]);
    expect(p.averagePacketSize).toBe(60);
    expect(p.strictTimeOrder).toBe(true);
    // The dialog's Elapsed: the largest time since the first packet, printed the same way.
    expect(p.elapsedSeconds).toBe(1.1147483649);
    expect(warnings).toEqual(['capture.warning.nanosecondsOutOfRange']);
  });

  it('takes a record with a negative field as the start and divides by the double difference', async () => {
    // capinfos: duration "0.1879048197", start "100.-1879048192", end "100.000000005",
    // 63.86 bytes/s, 510.90 bits/s, 1.06 packets/s, order False.
    const { p } = await properties('negative.pcap', [
      [100, 5],
      [100, 0x90000000],
    ]);
    expect([p.firstTime, p.lastTime]).toEqual(['100.-1879048192', '100.000000005']);
    expect(p.timeSpanSeconds).toBe(0.1879048197);
    expect([p.bytesPerSecond!.toFixed(2), p.bitsPerSecond!.toFixed(2), p.packetsPerSecond!.toFixed(2)]).toEqual(['63.86', '510.90', '1.06']);
    expect(p.strictTimeOrder).toBe(false);
  });

  it('keeps a ten-digit field as the end time', async () => {
    // capinfos: duration "2.999999993", start "99.000000007", end "101.1000000000", 60.00 bytes/s, 480.00 bits/s, 1.00 packets/s.
    const { p } = await properties('ten-digits.pcap', [
      [100, 5],
      [101, 1_000_000_000],
      [99, 7],
    ]);
    expect([p.firstTime, p.lastTime]).toEqual(['99.000000007', '101.1000000000']);
    expect(p.timeSpanSeconds).toBeCloseTo(2.999999993, 9);
    expect([p.bytesPerSecond!.toFixed(2), p.bitsPerSecond!.toFixed(2), p.packetsPerSecond!.toFixed(2)]).toEqual(['60.00', '480.00', '1.00']);
    expect(p.strictTimeOrder).toBe(false);
  });

  it('compares seconds more than 2^31 apart as capinfos does, backwards', async () => {
    // capinfos: duration "-4026531840.-00000002", start "4026531840.000000007", end "0.000000005", rates "n/a", order False.
    const { p } = await properties('far.pcap', [
      [0, 5],
      [0xf0000000, 7],
    ]);
    expect([p.firstTime, p.lastTime]).toEqual(['4026531840.000000007', '0.000000005']);
    expect(p.timeSpanSeconds).toBeCloseTo(-4026531840, 6);
    expect(p.bytesPerSecond).toBeNull();
    expect(p.strictTimeOrder).toBe(false);
  });

  it('gives a single packet a zero span and no rates', async () => {
    // capinfos: duration "0.000000000", start = end "100.000000005", rates "n/a".
    const { p } = await properties('one.pcap', [[100, 5]]);
    expect([p.firstTime, p.lastTime, p.timeSpanSeconds, p.packetsPerSecond]).toEqual(['100.000000005', '100.000000005', 0, null]);
  });
});
