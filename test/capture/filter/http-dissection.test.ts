import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../../electron/capture/analyze-file';
import { pcapFile, writeCapture, type PcapRecord } from '../../support/capture-writer';
import { ethernet, ipv4, tcp, type Bytes } from '../../support/frame-builder';

// HTTP decided per frame as tshark 4.0.17 decides it, on a generated capture of five
// connections to port 80: a HEAD request whose response announces a body it does not carry; a
// capture that starts inside a connection, with a header-like line, a plain text line and
// binary data; continuation text after a request was seen; pipelined requests; and an interim
// response before the final one.

const text = (s: string) => new TextEncoder().encode(s);
const binary = Uint8Array.from({ length: 40 }, (_, i) => ((i * 37 + 1) % 256) | 0x80);

interface Segment {
  client: number;
  fromClient: boolean;
  payload: Bytes;
}

const SEGMENTS: Segment[] = [
  // Connection 1 (frames 1–5): HEAD, its body-less response, then a GET and its 5-byte answer.
  { client: 50001, fromClient: true, payload: text('HEAD /big.iso HTTP/1.1\r\nHost: lab\r\n\r\n') },
  { client: 50001, fromClient: false, payload: text('HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n') },
  { client: 50001, fromClient: true, payload: text('GET /small HTTP/1.1\r\nHost: lab\r\n\r\n') },
  { client: 50001, fromClient: false, payload: text('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello') },
  { client: 50001, fromClient: true, payload: text('GET /next HTTP/1.1\r\nHost: lab\r\n\r\n') },
  // Connection 2 (frames 6–8), no HTTP message seen on it: a header-like line, plain text, binary.
  { client: 50002, fromClient: false, payload: text('X-Cache: hit\r\nmore body text\r\n') },
  { client: 50002, fromClient: false, payload: text('OOOOOOOO HTTP/1.1\r\nmore body text\r\n') },
  { client: 50002, fromClient: false, payload: binary },
  // Connection 3 (frames 9–10): a request, then text that starts no message.
  { client: 50003, fromClient: true, payload: text('POST /form HTTP/1.1\r\nHost: lab\r\nContent-Length: 3\r\n\r\nabc') },
  { client: 50003, fromClient: true, payload: text('stray text line\r\n') },
  // Connection 4 (frames 11–14): two pipelined requests; the first response answers the latest one.
  { client: 50004, fromClient: true, payload: text('GET /a HTTP/1.1\r\nHost: lab\r\n\r\n') },
  { client: 50004, fromClient: true, payload: text('GET /b HTTP/1.1\r\nHost: lab\r\nCookie: x=1\r\nCookie: y=2\r\n\r\n') },
  { client: 50004, fromClient: false, payload: text('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n') },
  { client: 50004, fromClient: false, payload: text('HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n1234567') },
  // Connection 5 (frames 15–17): an interim 100 Continue and the final response both answer the POST.
  { client: 50005, fromClient: true, payload: text('POST /up HTTP/1.1\r\nHost: lab\r\nContent-Length: 0\r\n\r\n') },
  { client: 50005, fromClient: false, payload: text('HTTP/1.1 100 Continue\r\n\r\n') },
  { client: 50005, fromClient: false, payload: text('HTTP/1.1 201 Created\r\nLocation: /up/1\r\nContent-Length: 0\r\n\r\n') },
];

function capture(): string {
  const next = new Map<string, number>();
  const records: PcapRecord[] = SEGMENTS.map((s, i) => {
    const key = `${s.client}:${s.fromClient}`;
    const seq = next.get(key) ?? 1000;
    next.set(key, seq + s.payload.length);
    const ack = next.get(`${s.client}:${!s.fromClient}`) ?? 1000;
    const [src, dst, srcPort, dstPort] = s.fromClient ? ['10.0.0.1', '10.0.0.2', s.client, 80] : ['10.0.0.2', '10.0.0.1', 80, s.client];
    const data = ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 6 }, tcp({ srcPort, dstPort, seq, ack, flags: 0x18 }, s.payload)));
    return { seconds: 1_700_000_000 + i, fraction: 0, originalLength: data.length, data };
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-http-'));
  return writeCapture(path.join(dir, 'http-dissection.pcap'), pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 1, snaplen: 65535, records }));
}

/** The frames a filter displays, from the analysis pass. */
async function displayed(file: string, filter: string): Promise<number> {
  return (await analyzeCaptureFile(file, { propertiesOnly: false, filter })).displayed!.packets;
}

describe('HTTP over TCP, decided as tshark 4.0 decides it', () => {
  const file = capture();
  // `tshark -n -r http-dissection.pcap -Y FILTER | wc -l` (TShark 4.0.17) on this capture, written out.
  it.each([
    ['http', 15],
    ['http.request', 7],
    ['http.response', 6],
    ['http.response.code == 200', 4],
    ['frame.number in {2, 4, 5}', 3],
    ['http && frame.number in {2, 4, 5}', 3],
    ['http && tcp.srcport == 80 && tcp.dstport == 50002', 1],
    ['http && frame.number == 10', 1],
    ['tcp.len > 0 && !http', 2],
    // Every response is taken for the latest request's; only the first one gets http.time.
    ['http.response_for.uri == "http://lab/a"', 0],
    ['http.response_for.uri == "http://lab/b"', 2],
    ['http.response_for.uri == "http://lab/up"', 2],
    ['http.response_for.uri', 6],
    ['http.time == 1', 4],
    ['http.time', 4],
    // Each header line is a value of its field.
    ['count(http.cookie) == 2', 1],
    ['http.content_length == 7', 1],
    ['http.location == "/up/1"', 1],
    ['http.request.full_uri == "http://lab/big.iso"', 1],
  ])('%s displays %i frames', async (filter, count) => {
    expect(await displayed(file, filter)).toBe(count);
  });
});
