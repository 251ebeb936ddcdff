import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePacket, PacketFacts } from '../../../electron/capture/decode';
import { readCapture } from '../../../electron/capture/reader';
import { TcpFactsAdapter } from '../../../electron/capture/analyze/tcp';
import { RtpAnalyzer } from '../../../electron/capture/analyze/rtp';
import { FilterInput } from '../../../electron/capture/analyze/filter-input';
import { compileFilter } from '../../../electron/capture/filter/evaluate';
import { parseFilter } from '../../../electron/capture/filter/parser';
import { pcapFile, writeCapture, type PcapRecord } from '../../support/capture-writer';
import { concat, ethernet, hex, ipv4, udp, type Bytes } from '../../support/frame-builder';
import {
  ackFrame,
  clientHelloBody,
  cryptoFrame,
  handshakeMessage,
  initialPacket,
  opaqueLongPacket,
  paddingFrame,
  serverHelloBody,
} from '../../support/quic-builder';

// TLS inside QUIC Initial packets as tshark 4.0.17 shows it, on a generated capture: a
// ClientHello split over two Initials, its pieces sent in reverse order, sent twice, split inside
// its 4-byte header, split over two CRYPTO frames of one packet; a server's Initial coalesced
// with a Handshake packet; draft-29 on another port, version 2 and a reserved version; a damaged
// Initial; an unknown version and plain bytes on UDP 443; three pieces in mixed order.

const CLIENT = '10.0.0.1';
const SERVER = '10.0.0.2';
const CH = handshakeMessage(1, clientHelloBody(400));
const SH = handshakeMessage(2, serverHelloBody());

interface Datagram {
  port: number;
  serverPort?: number;
  fromServer?: boolean;
  payload: Bytes;
}

function cids(n: number) {
  return { initial: new Uint8Array(8).fill(n), client: new Uint8Array(4).fill(0xc0 + n), server: new Uint8Array(4).fill(0x50 + n) };
}

/** A client Initial of connection `n` carrying `frames` (padded so the header sample exists). */
function clientInitial(n: number, packetNumber: number, frames: Bytes, o: { version?: number; corrupt?: boolean; toServerCid?: boolean } = {}): Bytes {
  const c = cids(n);
  return initialPacket({
    version: o.version,
    keysFrom: c.initial,
    dcid: o.toServerCid ? c.server : c.initial,
    scid: c.client,
    packetNumber,
    payload: concat(frames, paddingFrame(40)),
    corrupt: o.corrupt,
  });
}

const A = cids(1);
const DATAGRAMS: Datagram[] = [
  // Connection 1 (frames 1–5): the ClientHello over two Initials, the server's Initial coalesced
  // with its Handshake packet, the client's ACK-only Initial to the server's CID, a short header.
  { port: 50001, payload: clientInitial(1, 0, cryptoFrame(0, CH.subarray(0, 300))) },
  { port: 50001, payload: clientInitial(1, 1, cryptoFrame(300, CH.subarray(300))) },
  {
    port: 50001,
    fromServer: true,
    payload: concat(
      initialPacket({
        keysFrom: A.initial,
        fromServer: true,
        dcid: A.client,
        scid: A.server,
        packetNumber: 0,
        payload: concat(ackFrame(1), cryptoFrame(0, SH)),
      }),
      opaqueLongPacket({ dcid: A.client, scid: A.server, length: 200 }),
    ),
  },
  { port: 50001, payload: clientInitial(1, 2, ackFrame(0), { toServerCid: true }) },
  {
    port: 50001,
    payload: concat(
      Uint8Array.of(0x43),
      A.server,
      Uint8Array.from({ length: 40 }, (_, i) => i),
    ),
  },
  // Connection 2 (frames 6–7): the ClientHello's tail first, then its head.
  { port: 50002, payload: clientInitial(2, 0, cryptoFrame(40, CH.subarray(40))) },
  { port: 50002, payload: clientInitial(2, 1, cryptoFrame(0, CH.subarray(0, 40))) },
  // Connection 3 (frames 8–9): the same ClientHello sent twice.
  { port: 50003, payload: clientInitial(3, 0, cryptoFrame(0, CH)) },
  { port: 50003, payload: clientInitial(3, 1, cryptoFrame(0, CH)) },
  // Connection 4 (frame 10): draft-29 to port 4433.
  { port: 50004, serverPort: 4433, payload: clientInitial(4, 0, cryptoFrame(0, CH), { version: 0xff00001d }) },
  // Connection 5 (frame 11): QUIC version 2.
  { port: 50005, payload: clientInitial(5, 0, cryptoFrame(0, CH), { version: 0x6b3343cf }) },
  // Connection 6 (frame 12): a damaged Initial.
  { port: 50006, payload: clientInitial(6, 0, cryptoFrame(0, CH), { corrupt: true }) },
  // Frame 13: a long header of a version QUIC's heuristic does not know.
  { port: 50007, payload: concat(hex('c0 1a2b3c4d 08'), new Uint8Array(8).fill(7), hex('00 00 40 20'), new Uint8Array(32).fill(9)) },
  // Connection 8 (frames 14–15): the ClientHello split inside its 4-byte header.
  { port: 50008, payload: clientInitial(8, 0, cryptoFrame(0, CH.subarray(0, 3))) },
  { port: 50008, payload: clientInitial(8, 1, cryptoFrame(3, CH.subarray(3))) },
  // Connection 9 (frame 16): two CRYPTO frames in one packet.
  { port: 50009, payload: clientInitial(9, 0, concat(cryptoFrame(0, CH.subarray(0, 100)), cryptoFrame(100, CH.subarray(100)))) },
  // Frame 17: plain bytes on UDP 443.
  { port: 50010, payload: Uint8Array.from({ length: 60 }, (_, i) => (i * 29 + 23) & 0x7f) },
  // Connection 11 (frame 18): a version reserved to force version negotiation.
  { port: 50011, payload: clientInitial(11, 0, cryptoFrame(0, CH), { version: 0x1a2a3a4a }) },
  // Connection 12 (frames 19–21): three pieces, the last first, then the first (which fills the
  // gap only up to the middle piece), then the middle one.
  { port: 50012, payload: clientInitial(12, 0, cryptoFrame(400, CH.subarray(400))) },
  { port: 50012, payload: clientInitial(12, 1, cryptoFrame(0, CH.subarray(0, 200))) },
  { port: 50012, payload: clientInitial(12, 2, cryptoFrame(150, CH.subarray(150, 400))) },
];

function capture(): string {
  const records: PcapRecord[] = DATAGRAMS.map((g, i) => {
    const server = g.serverPort ?? 443;
    const [src, dst, srcPort, dstPort] = g.fromServer ? [SERVER, CLIENT, server, g.port] : [CLIENT, SERVER, g.port, server];
    const data = ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 17 }, udp({ srcPort, dstPort }, g.payload)));
    return { seconds: 1_700_000_000 + i, fraction: 0, originalLength: data.length, data };
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-quic-'));
  return writeCapture(path.join(dir, 'quic-dissection.pcap'), pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 1, snaplen: 65535, records }));
}

/** The frame numbers each filter displays, in one pass as the analysis makes it. */
async function displayedFrames(file: string, filters: string[]): Promise<number[][]> {
  const compiled = filters.map((f) => compileFilter(parseFilter(f)));
  const frames = filters.map((): number[] => []);
  const facts = new PacketFacts();
  const tcp = new TcpFactsAdapter();
  const rtp = new RtpAnalyzer();
  const input = new FilterInput(tcp.analyzer, rtp);
  await readCapture(file, {
    onRecord: (record) => {
      decodePacket(record.linkType, record.data, record.originalLength, facts);
      const connection = tcp.add(facts, record);
      rtp.observe(facts, record.index + 1);
      const context = input.describe(facts, record, connection);
      compiled.forEach((filter, i) => {
        if (filter(facts, context)) frames[i].push(record.index + 1);
      });
    },
  });
  return frames;
}

describe('TLS inside QUIC Initial packets, as tshark 4.0 shows it', () => {
  // `tshark -n -r quic-dissection.pcap -Y FILTER -T fields -e frame.number` (TShark 4.0.17), written out.
  const TSHARK: Array<[string, number[]]> = [
    ['quic', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 19, 20, 21]],
    ['tls', [1, 2, 3, 7, 8, 10, 11, 14, 15, 16, 18, 21]],
    ['tls.handshake', [1, 2, 3, 7, 8, 10, 11, 14, 15, 16, 18, 21]],
    ['tls.handshake.type == 1', [2, 7, 8, 10, 11, 15, 16, 18, 21]],
    ['tls.handshake.type == 2', [3]],
    ['tls.handshake.type', [2, 3, 7, 8, 10, 11, 15, 16, 18, 21]],
    // A hello's version is read once the hello is whole, however many CRYPTO frames it spans.
    ['tls.handshake.version == 0x0303', [2, 3, 7, 8, 10, 11, 15, 16, 18, 21]],
  ];

  it('displays the frames tshark displays for each filter', async () => {
    const frames = await displayedFrames(
      capture(),
      TSHARK.map(([filter]) => filter),
    );
    expect(Object.fromEntries(TSHARK.map(([filter], i) => [filter, frames[i]]))).toEqual(Object.fromEntries(TSHARK));
  });
});
