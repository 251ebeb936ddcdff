import { dstAddressText, srcAddressText, Transport, type PacketFacts } from '../../decode';
import { MediaRegistry } from './media-registry';
import { clockRateOf, payloadName } from './payload-types';
import { headerLength, isRtpMedia, readHeader, ssrcOf } from './header';
import { readHeldPacket, RtpPatternFinder, type HeldPacket } from './pattern';
import { parseSdpMedia } from './sdp';
import { SKINNY_PORT, skinnyMediaEndpoints } from './skinny';
import type { RtpStreamSelection } from '../../../../core/capture/rtp-streams';
import { RtpStreamStats, type RtpSample } from './stream-stats';

export { RtpStreamStats, type RtpSample } from './stream-stats';
export { parseSdpMedia } from './sdp';

/** How a stream was found: announced by SDP, or by its header pattern alone. */
export type RtpStreamOrigin = 'announced' | 'pattern';

/** One RTP stream (SSRC, source, destination) as tshark's `-z rtp,streams` lists it. */
export interface RtpStreamResult {
  ssrc: string;
  origin: RtpStreamOrigin;
  src: string;
  dst: string;
  /** Payload types seen, in numeric order, named as tshark names them. */
  payloads: string[];
  packets: number;
  expected: number;
  lost: number;
  lostPercent: number;
  /** Seconds from the first packet the analysis saw. */
  startSeconds: number;
  endSeconds: number;
  minDeltaMs: number;
  meanDeltaMs: number;
  maxDeltaMs: number;
  minJitterMs: number;
  meanJitterMs: number;
  maxJitterMs: number;
  problem: boolean;
}

interface Stream {
  srcKey: number;
  srcPort: number;
  dstKey: number;
  dstPort: number;
  ssrc: number;
  origin: RtpStreamOrigin;
  src: string;
  dst: string;
  firstNs: number;
  lastNs: number;
  payloadTypes: number[];
  payloads: string[];
  stats: RtpStreamStats;
}

/**
 * Streams analysed, at most. Each is a few hundred bytes; a lab call has two to four, a busy
 * PBX capture hundreds. Past it a stream is not analysed (nor listed); its packets are counted
 * in `untrackedPackets` and the report warns.
 */
const STREAM_LIMIT = 1 << 12;

/** UDP ports whose text may carry SDP: SIP and Megaco/H.248 text. */
const SIGNALLING_PORTS = new Set([5060, 5061, 2944, 2945]);
/** How SIP messages that may carry an offer or answer start, for SIP on other ports (Wireshark's SIP heuristic finds those too). */
const SIP_STARTS = ['SIP/2.0 ', 'INVITE ', 'ACK ', 'UPDATE ', 'PRACK '].map((t) => Uint8Array.from(t, (c) => c.charCodeAt(0)));
const LATIN1 = new TextDecoder('latin1');

export interface RtpOptions {
  /** Also take UDP packets nobody announced when their first bytes look like RTP (Wireshark's rtp_udp heuristic, off by default there). */
  heuristic?: boolean;
  /** Default 'auto'. Ignored with `heuristic`, which already takes any RTP-looking UDP. */
  streams?: RtpStreamSelection;
}

/**
 * RTP streams. Signalling (every packet, displayed or not) teaches which UDP endpoints carry
 * media: SDP in SIP and Megaco text, as Wireshark's SDP dissector sets up RTP, RTCP and T.38
 * conversations from c= and m= lines. A UDP packet is RTP when the endpoint found for it —
 * its destination first, then its source, as Wireshark's UDP dissector looks — was announced as
 * RTP (or, with the heuristic, looks like RTP version 2 and nothing was announced).
 */
export class RtpAnalyzer {
  readonly endpoints = new MediaRegistry();
  /**
   * Endpoints the heuristic took as RTP, kept apart: they are not announcements, and the UDP
   * conversation of their packets stays the one their first packet opened.
   */
  private readonly guessed = new MediaRegistry();
  private readonly streams = new Map<number, Stream[]>();
  private streamCount = 0;
  /** RTP packets of streams beyond STREAM_LIMIT. */
  untrackedPackets = 0;
  private readonly sample: RtpSample = { timeMs: 0, sequence: 0, timestamp: 0, payloadType: 0, marker: false, clockRate: 0 };
  private readonly heuristic: boolean;
  private readonly selection: RtpStreamSelection;
  private readonly pattern = new RtpPatternFinder();
  private readonly held: HeldPacket = { timeNs: 0, sequence: 0, timestamp: 0, payloadType: 0, marker: false };
  private originNs: number | null = null;

  constructor(options: RtpOptions = {}) {
    this.heuristic = options.heuristic ?? false;
    this.selection = options.streams ?? 'auto';
  }

  /** Whether streams found by pattern are looked for now, and reported. */
  private get patternWanted(): boolean {
    if (this.heuristic || this.selection === 'announced') return false;
    return this.selection === 'all' || this.endpoints.size === 0;
  }

  /** Learns media endpoints from signalling; call for every packet, before the display filter. */
  observe(f: PacketFacts, frame: number): void {
    if (f.transport === Transport.tcp && (f.srcPort === SKINNY_PORT || f.dstPort === SKINNY_PORT)) {
      for (const e of skinnyMediaEndpoints(f.data, f.payloadOffset, f.payloadOffset + f.payloadCaptured))
        this.endpoints.set(e.addressKey, e.port, frame, 'rtp', null);
      return;
    }
    if (f.transport !== Transport.udp || f.payloadCaptured < 10) return;
    if (!SIGNALLING_PORTS.has(f.srcPort) && !SIGNALLING_PORTS.has(f.dstPort) && !startsLikeSip(f.data, f.payloadOffset, f.payloadCaptured)) return;
    const body = f.data.subarray(f.payloadOffset, f.payloadOffset + f.payloadCaptured);
    if (!containsMediaLine(body)) return;
    this.endpoints.announce(parseSdpMedia(LATIN1.decode(body)), frame);
  }

  /**
   * The announcement a UDP packet's conversation belongs to, source first (Wireshark's
   * conversation lookup for the UDP stream index), or 0: tshark's UDP conversation table splits
   * one address/port pair into a new row at each new announcement.
   */
  conversationOf(f: PacketFacts): number {
    if (f.transport !== Transport.udp || this.endpoints.size === 0) return 0;
    return (this.endpoints.get(f.srcKey, f.srcPort) ?? this.endpoints.get(f.dstKey, f.dstPort))?.id ?? 0;
  }

  /**
   * Whether signalling announced this UDP packet's endpoint (its destination first, then its
   * source) as RTP: the packets Wireshark's RTP conversation takes, for the display filter.
   */
  announcedRtp(f: PacketFacts): boolean {
    if (f.transport !== Transport.udp) return false;
    return (this.endpoints.get(f.dstKey, f.dstPort) ?? this.endpoints.get(f.srcKey, f.srcPort))?.kind === 'rtp';
  }

  /** timeNs: ns from a fixed origin; every displayed packet with a timestamp. */
  add(f: PacketFacts, timeNs: number, frame: number): void {
    this.originNs ??= timeNs;
    if (f.transport !== Transport.udp || f.payloadCaptured < 12) return;
    const d = f.data;
    const o = f.payloadOffset;
    let endpoint = this.endpoints.get(f.dstKey, f.dstPort) ?? this.endpoints.get(f.srcKey, f.srcPort);
    if (endpoint && endpoint.kind !== 'rtp') return;
    if (!endpoint && !this.heuristic) {
      if (this.patternWanted) this.addByPattern(f, timeNs);
      return;
    }
    if (!endpoint) {
      endpoint = this.guessed.get(f.dstKey, f.dstPort);
      if (!endpoint) {
        if (!looksLikeRtp(f)) return;
        endpoint = this.guessed.set(f.dstKey, f.dstPort, frame, 'rtp', null) ?? undefined;
        if (!endpoint) return;
      }
    }
    if (!isRtpMedia(f)) return;
    if (12 + 4 * (d[o] & 0x0f) > f.payloadCaptured) return;
    const stream = this.streamOf(f, ssrcOf(f), timeNs, 'announced');
    if (!stream) {
      this.untrackedPackets++;
      return;
    }
    stream.lastNs = timeNs;
    const s = readHeader(f, this.sample);
    const { payloadType } = s;
    if (!stream.payloadTypes.includes(payloadType)) {
      // Named by the announcement in force when the type first appears; listed in numeric order, as tshark does.
      stream.payloadTypes.push(payloadType);
      stream.payloads.push(payloadName(payloadType, endpoint.rtpmap));
    }
    s.timeMs = timeNs / 1e6;
    s.clockRate = clockRateOf(payloadType, endpoint.rtpmap);
    stream.stats.add(s);
  }

  /** A packet of UDP nobody announced: into its stream if its flow already proved to be RTP, else to the pattern finder. */
  private addByPattern(f: PacketFacts, timeNs: number): void {
    const ssrc = ssrcOf(f);
    const known = this.findStream(f, ssrc);
    if (known?.origin === 'pattern') {
      if (isRtpMedia(f)) this.addHeld(known, readHeldPacket(f, timeNs, this.held));
      return;
    }
    if (known) return;
    const held = this.pattern.add(f, timeNs);
    if (!held) return;
    const stream = this.streamOf(f, ssrc, held[0].timeNs, 'pattern');
    if (!stream) {
      this.untrackedPackets += held.length;
      return;
    }
    for (const p of held) this.addHeld(stream, p);
  }

  /** A packet of a stream found by pattern: no announcement names its payload or gives its clock. */
  private addHeld(stream: Stream, p: HeldPacket): void {
    stream.lastNs = p.timeNs;
    if (!stream.payloadTypes.includes(p.payloadType)) {
      stream.payloadTypes.push(p.payloadType);
      stream.payloads.push(payloadName(p.payloadType, null));
    }
    const s = this.sample;
    s.timeMs = p.timeNs / 1e6;
    s.sequence = p.sequence;
    s.timestamp = p.timestamp;
    s.payloadType = p.payloadType;
    s.marker = p.marker;
    s.clockRate = clockRateOf(p.payloadType, null);
    stream.stats.add(s);
  }

  private findStream(f: PacketFacts, ssrc: number): Stream | undefined {
    const list = this.streams.get(ssrc);
    if (!list) return undefined;
    for (const s of list) if (s.srcKey === f.srcKey && s.srcPort === f.srcPort && s.dstKey === f.dstKey && s.dstPort === f.dstPort) return s;
    return undefined;
  }

  private streamOf(f: PacketFacts, ssrc: number, timeNs: number, origin: RtpStreamOrigin): Stream | null {
    const found = this.findStream(f, ssrc);
    if (found) return found;
    const list = this.streams.get(ssrc) ?? [];
    if (this.streamCount >= STREAM_LIMIT) return null;
    this.streamCount++;
    if (list.length === 0) this.streams.set(ssrc, list);
    const stream: Stream = {
      srcKey: f.srcKey,
      srcPort: f.srcPort,
      dstKey: f.dstKey,
      dstPort: f.dstPort,
      ssrc,
      origin,
      src: `${srcAddressText(f)}:${f.srcPort}`,
      dst: `${dstAddressText(f)}:${f.dstPort}`,
      firstNs: timeNs,
      lastNs: timeNs,
      payloadTypes: [],
      payloads: [],
      stats: new RtpStreamStats(),
    };
    list.push(stream);
    return stream;
  }

  /** Media endpoints not learned because a registry was full. */
  get refusedEndpoints(): number {
    return this.endpoints.refused + this.guessed.refused;
  }

  /** Streams in order of their first packet. */
  results(): RtpStreamResult[] {
    const origin = this.originNs ?? 0;
    const withPattern = this.patternWanted;
    return [...this.streams.values()]
      .flat()
      .filter((s) => s.origin === 'announced' || withPattern)
      .sort((a, b) => a.firstNs - b.firstNs)
      .map((s) => {
        const { stats } = s;
        const expected = stats.expected;
        return {
          ssrc: `0x${s.ssrc.toString(16).toUpperCase().padStart(8, '0')}`,
          origin: s.origin,
          src: s.src,
          dst: s.dst,
          payloads: s.payloadTypes
            .map((pt, i) => [pt, s.payloads[i]] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, n]) => n),
          packets: stats.packets,
          expected,
          lost: stats.lost,
          lostPercent: expected ? (stats.lost * 100) / expected : 0,
          startSeconds: (s.firstNs - origin) / 1e9,
          endSeconds: (s.lastNs - origin) / 1e9,
          // Never set (one packet, or no regular one): tshark prints its initial −1 as is, we print 0.
          minDeltaMs: Math.max(0, stats.minDeltaMs),
          meanDeltaMs: stats.meanDeltaMs,
          maxDeltaMs: stats.maxDeltaMs,
          minJitterMs: Math.max(0, stats.minJitterMs),
          meanJitterMs: stats.meanJitterMs,
          maxJitterMs: stats.maxJitterMs,
          problem: stats.problem,
        };
      });
  }
}

function startsLikeSip(d: Uint8Array, o: number, length: number): boolean {
  next: for (const start of SIP_STARTS) {
    if (length < start.length) continue;
    for (let i = 0; i < start.length; i++) if (d[o + i] !== start[i]) continue next;
    return true;
  }
  return false;
}

/** "\nm=" somewhere in the bytes: the one line every SDP media section starts with. */
function containsMediaLine(body: Uint8Array): boolean {
  for (let i = 0; i + 2 < body.length; i++) if (body[i] === 0x0a && body[i + 1] === 0x6d && body[i + 2] === 0x3d) return true;
  return false;
}

/**
 * Wireshark's rtp_udp heuristic: version 2, a payload type outside 72–76 (RTCP's 200–204),
 * and the CSRC list, the header extension and the padding all fitting in the datagram.
 */
function looksLikeRtp(f: PacketFacts): boolean {
  const d = f.data;
  const o = f.payloadOffset;
  if (d[o] >> 6 !== 2) return false;
  const pt = d[o + 1] & 0x7f;
  if (pt >= 72 && pt <= 76) return false;
  const header = headerLength(f);
  if (header < 0 || f.payloadLength < header) return false;
  if (d[o] & 0x20 && f.payloadCaptured === f.payloadLength) {
    const padding = d[o + f.payloadLength - 1];
    if (padding === 0 || f.payloadLength - header < padding) return false;
  }
  return true;
}
