import { ipv6Key } from '../../decode';
import type { MediaTransport, RtpMapEntry, SdpMedia } from './sdp';

/**
 * One media endpoint announced by signalling (or found by the RTP heuristic): Wireshark's
 * conversation with a wildcard far end. A later announcement of the same address and port in
 * another frame replaces it with a new one, as Wireshark starts a new conversation then.
 */
export interface MediaEndpoint {
  /** 1, 2, …: distinguishes successive announcements of one address and port. */
  id: number;
  frame: number;
  kind: MediaTransport | 'rtcp';
  rtpmap: Map<number, RtpMapEntry> | null;
}

/** The numeric key decode gives the same address (PacketFacts.srcKey), or null for bad text. */
export function addressKey(address: string, family: 4 | 6): number | null {
  if (family === 4) {
    const parts = address.split('.');
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
    return ((Number(parts[0]) * 256 + Number(parts[1])) * 256 + Number(parts[2])) * 256 + Number(parts[3]);
  }
  const bytes = ipv6Bytes(address);
  return bytes ? ipv6Key(bytes, 0) : null;
}

function ipv6Bytes(text: string): Uint8Array | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const words = (s: string) => (s === '' ? [] : s.split(':'));
  const head = words(halves[0]);
  const tail = halves.length === 2 ? words(halves[1]) : [];
  if (tail.length === 0 && halves.length === 1 && head.length !== 8) return null;
  if (head.length + tail.length > (halves.length === 2 ? 7 : 8)) return null;
  const all = [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail];
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    if (!/^[0-9a-f]{1,4}$/i.test(all[i])) return null;
    const w = parseInt(all[i], 16);
    out[2 * i] = w >> 8;
    out[2 * i + 1] = w & 0xff;
  }
  return out;
}

/**
 * Endpoints one registry remembers, at most. A call announces two to four; 2^16 is thousands of
 * calls in one capture (a few MB), and keeps a flood of SIP messages, or of UDP that the RTP
 * heuristic takes for media, from growing memory without bound. Past it, new endpoints are not
 * learned (their packets are not taken as RTP); the ones already learned stay.
 */
const ENDPOINT_LIMIT = 1 << 16;

/** Media endpoints by address key, then port: looked up on every UDP packet without building a key. */
export class MediaRegistry {
  private readonly byAddress = new Map<number, Map<number, MediaEndpoint>>();
  private nextId = 1;
  private count = 0;
  /** Endpoints not learned because the registry was full. */
  refused = 0;

  get size(): number {
    return this.byAddress.size;
  }

  /** Endpoints an SDP body in `frame` announces, each m= line's port for media and the next port for its RTCP. */
  announce(media: readonly SdpMedia[], frame: number): void {
    for (const m of media) {
      const key = addressKey(m.address, m.family);
      if (key === null) continue;
      this.set(key, m.port, frame, m.transport, m.transport === 'rtp' ? m.rtpmap : null);
      if (m.transport === 'rtp' && m.port < 65535) this.set(key, m.port + 1, frame, 'rtcp', null);
    }
  }

  /** The endpoint now in force for the address and port, or null when it is new and the registry is full. */
  set(addressKey: number, port: number, frame: number, kind: MediaEndpoint['kind'], rtpmap: MediaEndpoint['rtpmap']): MediaEndpoint | null {
    let ports = this.byAddress.get(addressKey);
    const existing = ports?.get(port);
    if (!existing && this.count >= ENDPOINT_LIMIT) {
      this.refused++;
      return null;
    }
    if (!ports) this.byAddress.set(addressKey, (ports = new Map()));
    if (existing && existing.frame === frame) {
      // Announced twice in one message (Megaco's Local and Remote, or audio then T.38 on one port): the last wins.
      existing.kind = kind;
      existing.rtpmap = rtpmap;
      return existing;
    }
    const endpoint: MediaEndpoint = { id: this.nextId++, frame, kind, rtpmap };
    if (!existing) this.count++;
    ports.set(port, endpoint);
    return endpoint;
  }

  get(addressKey: number, port: number): MediaEndpoint | undefined {
    return this.byAddress.get(addressKey)?.get(port);
  }
}
