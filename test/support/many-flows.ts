import { pcapFile, type PcapRecord } from './capture-writer';
import { ethernet, filler, ipv4, tcp, udp, type Bytes } from './frame-builder';

// A capture with as many UDP flows as asked: what a scan, a flood or a busy NAT leaves in a file,
// and what per-flow tables must survive. Built from the frame and file specifications like every
// other generated capture.

export interface ManyFlowsOptions {
  /** One-packet flows, each from its own source address and port to one server. */
  flows: number;
  /** UDP datagrams (default), or TCP SYNs: a scan, each SYN a connection of its own. */
  transport?: 'udp' | 'tcp';
  /** Flows that keep sending all through the capture: one packet of `heavyPayload` bytes after every `heavyEvery` light ones. */
  heavy?: number;
  heavyEvery?: number;
  heavyPayload?: number;
  /** The light flow after which the heavy ones start (default 0: from the start). */
  heavyFrom?: number;
}

export const SERVER = '192.168.0.1';
export const SERVER_PORT = 5000;
const ETHERTYPE_IPV4 = 0x0800;
const UDP = 17;
const TCP = 6;
const SYN = 0x02;

/** 10.0.0.0 + n, as dotted text (n below 2^24). */
export const lightSource = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
export const lightPort = (n: number) => 1024 + (n % 60_000);
/** Heavy senders live in 172.16.0.0/24, apart from the light ones. */
export const heavySource = (n: number) => `172.16.0.${n + 1}`;
export const HEAVY_PORT = 40_000;

function frame(transport: 'udp' | 'tcp', src: string, srcPort: number, payload: Bytes): Bytes {
  const segment =
    transport === 'udp' ? udp({ srcPort, dstPort: SERVER_PORT }, payload) : tcp({ srcPort, dstPort: SERVER_PORT, seq: srcPort, flags: SYN }, payload);
  return ethernet({ type: ETHERTYPE_IPV4 }, ipv4({ src, dst: SERVER, protocol: transport === 'udp' ? UDP : TCP }, segment));
}

const CHUNK = 10_000;
const HEADER = 24;

/** Classic pcap (microseconds, Ethernet), one packet per millisecond. */
export function manyFlowsCapture(o: ManyFlowsOptions): Buffer {
  const heavy = o.heavy ?? 0;
  const every = o.heavyEvery ?? 100;
  const transport = o.transport ?? 'udp';
  const heavyFrames = Array.from({ length: heavy }, (_, n) => frame('udp', heavySource(n), HEAVY_PORT, filler(o.heavyPayload ?? 1000)));
  const empty = new Uint8Array(0);
  const records: PcapRecord[] = [];
  const push = (data: Bytes) => {
    const ms = records.length;
    records.push({ seconds: 1_700_000_000 + Math.floor(ms / 1000), fraction: (ms % 1000) * 1000, originalLength: data.length, data });
  };
  for (let i = 0; i < o.flows; i++) {
    push(frame(transport, lightSource(i), lightPort(i), empty));
    if (heavy > 0 && i >= (o.heavyFrom ?? 0) && (i + 1) % every === 0) push(heavyFrames[((i + 1) / every) % heavy]);
  }
  // Written a chunk of records at a time: one file of a million records is more parts than one call takes.
  const file = (part: PcapRecord[]) => pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 1, snaplen: 65535, records: part });
  const chunks = [file([])];
  for (let i = 0; i < records.length; i += CHUNK) chunks.push(file(records.slice(i, i + CHUNK)).subarray(HEADER));
  return Buffer.concat(chunks);
}
