import { describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import type { CaptureReport } from '../../core/capture/report-schema';
import { corpusFiles, corpusPath, expectedFor } from '../support/shared';

// Capture File Properties against capinfos and tshark 4.0.17 (docs/corpus.md), file by
// file, field by field. Every expected value is read from the JSON.

/** Multi-section files: the expected JSON leaves the dialog's drop column out (README caveats). */
const MULTI_SECTION = (name: string) => name.startsWith('pcapng_multi_section_');

const reports = new Map<string, CaptureReport>();
async function report(name: string): Promise<CaptureReport> {
  if (!reports.has(name)) reports.set(name, await analyzeCaptureFile(corpusPath(name), { propertiesOnly: true }));
  return reports.get(name)!;
}

const fileType = (r: CaptureReport) => {
  const p = r.properties!;
  const base = p.format === 'pcap-nsec' ? 'nsecpcap' : p.format;
  return p.compression ? `${base} (${p.compression} compressed)` : base;
};
const number = (text: string) => Number(text.split(' ')[0]);

describe.each(corpusFiles())('%s', (name) => {
  const expected = expectedFor(name);
  const fields: Record<string, string> = expected.capinfos.long_machine_readable.fields;
  const table: Record<string, string> = expected.capinfos.table.row ?? {};
  const hasCapinfos = Object.keys(fields).length > 0;

  it('reads as many packets as Wireshark, and stops where it stops', async () => {
    const r = await report(name);
    const packets = hasCapinfos ? Number(fields['Number of packets']) : expected.tshark_read.frames_read;
    expect(r.properties!.packets).toBe(packets);
    expect(r.error?.packetsBefore ?? packets).toBe(packets);
    const stderr: string = expected.tshark_read.stderr ?? '';
    if (stderr.includes('cut short in the middle of a packet')) expect(r.error?.code).toBe('truncated');
    else if (stderr.includes('damaged or corrupt')) {
      expect(r.error?.code).toBe('corrupt');
      // Wireshark's own sentence, with its detail line, as capinfos printed it.
      expect(stderr).toContain(r.error!.message.split('\n')[1]);
    } else expect(r.error).toBeNull();
  });

  it.runIf(hasCapinfos)('has the file facts capinfos reports', async () => {
    const p = (await report(name)).properties!;
    expect(fileType(await report(name))).toBe(fields['File type']);
    expect(p.fileSize).toBe(number(fields['File size']));
    expect(p.fileSize).toBe(expected.file_size);
    expect(p.sha256).toBe(fields.SHA256);
    expect(p.encapsulation).toBe(fields['File encapsulation']);
    expect(fields['File timestamp precision']).toMatch(new RegExp(`^${p.timePrecision} \\(`));
    const limit = fields['Packet size limit'];
    if (limit.startsWith('file hdr: (not set)')) expect(p.snaplen).toBeNull();
    else if (limit.startsWith('file hdr:')) expect(p.snaplen).toBe(number(limit.slice('file hdr: '.length)));
    else expect(p.snaplen).toBeNull();
    const inferred = (text: string) => (text === 'n/a' ? null : Number(text));
    expect([p.snaplenInferredMin, p.snaplenInferredMax]).toEqual([
      inferred(table['Packet size limit min (inferred)']),
      inferred(table['Packet size limit max (inferred)']),
    ]);
    expect(p.bytes).toBe(number(fields['Data size']));
    expect(p.averagePacketSize!.toFixed(2)).toBe(number(fields['Average packet size']).toFixed(2));
    expect(p.hardware ?? '').toBe(table['Capture hardware'] ?? '');
    expect(p.os ?? '').toBe(table['Capture oper-sys'] ?? '');
    expect(p.application ?? '').toBe(table['Capture application'] ?? '');
    expect(p.comments[0] ?? '').toBe(table['Capture comment'] ?? '');
  });

  it.runIf(hasCapinfos)("has capinfos' times and rates", async () => {
    const p = (await report(name)).properties!;
    const order = { True: true, False: false, Unknown: null }[fields['Strict time order'] as 'True' | 'False' | 'Unknown'];
    expect(p.strictTimeOrder).toBe(order);
    if (table['Start time'] === 'n/a') {
      expect([p.firstTime, p.lastTime, p.timeSpanSeconds, p.bitsPerSecond]).toEqual([null, null, null, null]);
      return;
    }
    // capinfos prints epoch times with the file's precision; ours always have nine decimals.
    const nine = (t: string) => (t.includes('.') ? `${t.split('.')[0]}.${t.split('.')[1].padEnd(9, '0')}` : `${t}.000000000`);
    expect(p.firstTime).toBe(nine(table['Start time']));
    expect(p.lastTime).toBe(nine(table['End time']));
    expect(p.timeSpanSeconds).toBeCloseTo(number(fields['Capture duration']), 9);
    // capinfos prints "n/a" where the difference of the two times is not positive.
    const rateText = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
    expect(rateText(p.bytesPerSecond)).toBe(fields['Data byte rate'] === 'n/a' ? 'n/a' : number(fields['Data byte rate']).toFixed(2));
    expect(rateText(p.bitsPerSecond)).toBe(fields['Data bit rate'] === 'n/a' ? 'n/a' : number(fields['Data bit rate']).toFixed(2));
    expect(rateText(p.packetsPerSecond)).toBe(fields['Average packet rate'] === 'n/a' ? 'n/a' : number(fields['Average packet rate']).toFixed(2));
    const derived = expected.derived.capture_file_properties;
    // The dialog's Elapsed, worked out from tshark's relative times as printed.
    expect(p.elapsedSeconds!).toBeCloseTo(Number(derived.elapsed_s), 9);
    if (p.bitsPerSecond === null) return;
    // The exact rates (decimal arithmetic in the JSON) differ from Wireshark's by its double
    // rounding of the two epoch times only: at most 2.4e-7 s over the span.
    const tolerance = 2.4e-7 / p.timeSpanSeconds!;
    // (The JSON rounds to nine decimals: allow that too.)
    const near = (ours: number, exact: string) => expect(Math.abs(ours - Number(exact))).toBeLessThanOrEqual(Number(exact) * tolerance + 1e-9);
    near(p.bitsPerSecond, derived.avg_bits_per_s);
    near(p.packetsPerSecond!, derived.avg_pps);
  });

  it.runIf(hasCapinfos)('lists the interfaces as capinfos and the dialog do', async () => {
    const p = (await report(name)).properties!;
    const interfaces: Array<Record<string, string>> = expected.capinfos.long_machine_readable.interfaces;
    expect(p.interfaces.length).toBe(Number(fields['Number of interfaces in file'] ?? interfaces.length));
    const dialog = expected.derived.interfaces.interfaces;
    p.interfaces.forEach((iface, i) => {
      const e = interfaces[i];
      expect(iface.name ?? undefined).toBe(e.Name);
      expect(iface.description ?? undefined).toBe(e.Description);
      // capinfos puts Wireshark's internal encapsulation number in the middle; the names must agree.
      expect(e.Encapsulation.replace(/\(\d+ - /, '(')).toBe(`${iface.linkTypeName} (${iface.linkType})`);
      expect(iface.snaplen).toBe(Number(e['Capture length']));
      expect(e['Time precision']).toMatch(new RegExp(`^${iface.timePrecision} \\(`));
      expect(iface.filter ?? undefined).toBe(e['Filter string']);
      expect(iface.os ?? undefined).toBe(e['Operating system']);
      expect(iface.statEntries).toBe(Number(e['Number of stat entries']));
      expect(iface.packets).toBe(Number(e['Number of packets']));
      if (!MULTI_SECTION(name)) {
        const dropped = dialog[i].properties_dialog_row.dropped_packets;
        expect(iface.dropped).toBe(dropped === 'Unknown' ? null : dropped);
      }
    });
  });
});

describe('corrupt_invalid_nsec_timestamp.pcap', () => {
  it("has capinfos' own start, end, duration and order, with a warning", async () => {
    // Record headers (hand-read from the file): 1418145369 s + 999999999 ns, 1418145370 s +
    // 1000000000 ns, 1418145370 s + 0x80000000 ns, which Wireshark keeps as −2147483648 ns.
    // capinfos compares and subtracts these in 32-bit arithmetic; the figures follow it.
    const r = await report('corrupt_invalid_nsec_timestamp.pcap');
    const p = r.properties!;
    expect(p.firstTime).toBe('1418145369.999999999');
    expect(p.lastTime).toBe('1418145370.-2147483648');
    expect(p.timeSpanSeconds).toBe(1.1147483649);
    expect([p.bytesPerSecond, p.packetsPerSecond]).toEqual([null, null]);
    expect(p.strictTimeOrder).toBe(true);
    expect(r.warningDetails.map((w) => w.messageKey)).toEqual(['capture.warning.nanosecondsOutOfRange']);
  });
});
