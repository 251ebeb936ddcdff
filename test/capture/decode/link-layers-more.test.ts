import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../../electron/capture/analyze-file';
import { measuredColumn } from '../../../electron/report/measured';
import { pcapFile, writeCapture } from '../../support/capture-writer';
import * as b from '../../support/frame-builder';
import { chain, decode } from './decode-helper';

// NFLOG, FDDI, NULL/loopback and BIG TCP frames, generated here. Every expected chain and length
// is what `tshark -r FILE -n -T fields -e frame.protocols -e ip.len -e tcp.len
// -e tcp.analysis.retransmission` (4.0.17) printed for the same frames in a pcap (tshark also
// lists a trailing "data" layer where the frame carries something it does not dissect).

const segment = (payload = 100) =>
  b.ipv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 6 }, b.tcp({ srcPort: 40000, dstPort: 80, seq: 1, ack: 1, flags: 0x18 }, b.filler(payload)));
const segment6 = b.ipv6(
  { src: '2001:db8::1', dst: '2001:db8::2', nextHeader: 6 },
  b.tcp({ srcPort: 40000, dstPort: 80, seq: 1, ack: 1, flags: 0x18 }, b.filler(10)),
);

describe('link layers from the captures of issue 13', () => {
  it("NFLOG: the NFULA_PAYLOAD TLV by the header's address family", () => {
    // tshark: "nflog:ip:tcp" 140/100, "nflog:ipv6:tcp" -/10.
    const v4 = decode(239, b.nflog({ family: 2 }, segment()));
    expect([chain(v4), v4.ipTotalLength, v4.payloadLength, v4.linkKnown]).toEqual(['nflog:ip:tcp', 140, 100, true]);
    expect(chain(decode(239, b.nflog({ family: 10 }, segment6)))).toBe('nflog:ipv6:tcp');
    // TLVs in big-endian order in a little-endian file: tshark "nflog", Malformed Packet.
    const swapped = decode(239, b.nflog({ family: 2, bigEndian: true }, segment()));
    expect([chain(swapped), swapped.malformed]).toEqual(['nflog', true]);
  });

  it('FDDI: asynchronous LLC frames into LLC/SNAP, anything else left as FDDI', () => {
    // tshark: "fddi:llc:ip:tcp", frame control 0x57 "fddi:llc:ipv6:tcp", 0x41 "fddi:data".
    const f = decode(10, b.fddi({}, b.llcSnap({ type: 0x0800 }, segment())));
    expect([chain(f), f.ipTotalLength, f.payloadLength]).toEqual(['fddi:llc:ip:tcp', 140, 100]);
    expect(chain(decode(10, b.fddi({ fc: 0x57 }, b.llcSnap({ type: 0x86dd }, segment6))))).toBe('fddi:llc:ipv6:tcp');
    expect(chain(decode(10, b.fddi({ fc: 0x41 }, b.llcSnap({ type: 0x0800 }, segment()))))).toBe('fddi');
  });

  it('NULL/loopback: BSD families in either byte order, and an ethertype in their place', () => {
    // tshark: "null:ip:tcp" for family 2 (either order) and 0x0800, "null:ipv6:tcp" for 24,
    // "null:data" for Linux's AF_INET6 10; LINKTYPE_LOOP is listed as "null" too.
    expect(chain(decode(0, b.nullHeader({ family: 2 }, segment())))).toBe('null:ip:tcp');
    expect(chain(decode(0, b.nullHeader({ family: 2, bigEndian: true }, segment())))).toBe('null:ip:tcp');
    expect(chain(decode(0, b.nullHeader({ family: 0x0800 }, segment())))).toBe('null:ip:tcp');
    expect(chain(decode(0, b.nullHeader({ family: 24 }, segment6)))).toBe('null:ipv6:tcp');
    expect(chain(decode(0, b.nullHeader({ family: 10 }, segment6)))).toBe('null');
    expect(chain(decode(108, b.nullHeader({ family: 24, bigEndian: true }, segment6)))).toBe('null:ipv6:tcp');
  });

  it("BIG TCP: an IPv4 total length of 0 takes the frame's length on the wire", () => {
    // 80,066 bytes on the wire, 200 captured: tshark ip.len 80052, tcp.len 80012.
    const frame = b.ethernet(
      { type: 0x0800 },
      b.ipv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 6, totalLength: 0 }, b.tcp({ srcPort: 40000, dstPort: 80, flags: 0x18 }, b.filler(80066 - 54))),
    );
    const f = decode(1, frame.subarray(0, 200), 80066);
    expect([chain(f), f.ipTotalLength, f.payloadLength, f.malformed]).toEqual(['eth:ethertype:ip:tcp', 80052, 80012, false]);
  });
});

describe('frames whose link layer is not decoded', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-link-layers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, linkType: number, frames: Uint8Array[]) =>
    writeCapture(
      path.join(dir, name),
      pcapFile({
        resolution: 'micro',
        byteOrder: 'little',
        linkType,
        snaplen: 262144,
        records: frames.map((data, i) => ({ seconds: 1_700_000_000 + i, fraction: 0, originalLength: data.length, data })),
      }),
    );

  it('finds the retransmission tshark finds over NFLOG, FDDI and NULL', async () => {
    // tshark: the second of two identical segments is "a (suspected) retransmission" on each.
    for (const [linkType, wrap] of [
      [239, (s: Uint8Array) => b.nflog({ family: 2 }, s)],
      [10, (s: Uint8Array) => b.fddi({}, b.llcSnap({ type: 0x0800 }, s))],
      [0, (s: Uint8Array) => b.nullHeader({ family: 2 }, s)],
    ] as const) {
      const report = await analyzeCaptureFile(file(`retrans-${linkType}.pcap`, linkType, [wrap(segment()), wrap(segment())]), { propertiesOnly: false });
      expect([linkType, report.qos!.measured.tcp.flags.retransmission]).toEqual([linkType, 1]);
      expect(report.warningDetails.map((w) => w.messageKey)).not.toContain('capture.warning.linkNotDecoded');
    }
  });

  it('says how many frames were not decoded instead of reporting none lost', async () => {
    // SocketCAN (LINKTYPE 227): counted, not decoded.
    const report = await analyzeCaptureFile(file('can.pcap', 227, [new Uint8Array(16), new Uint8Array(16), new Uint8Array(16)]), { propertiesOnly: false });
    const warning = report.warningDetails.find((w) => w.messageKey === 'capture.warning.linkNotDecoded');
    expect(warning?.params).toMatchObject({ count: 3, linkType: 'socketcan', code: 227 });
    expect(warning?.message).toContain('3 frame(s) on the socketcan link layer (LINKTYPE 227) were counted but not decoded');
    // The QoS figures and the printed report's measured column carry the same count.
    expect(report.qos!.measured.framesNotDecoded).toEqual([{ linkType: 'socketcan', code: 227, frames: 3 }]);
    const column = measuredColumn(report.qos!, null);
    expect([column.framesNotDecoded, column.linkTypesNotDecoded]).toEqual([3, ['socketcan']]);
  });
});
