import { TcpFlag, Transport, type PacketFacts } from '../../decode';
import { TcpAnalysisFlag } from '../../analyze/tcp/segment';
import { HTTP_TCP_PORTS, HttpReader, type HttpMessage } from './http';
import { HANDSHAKE_RECORD, TLS_TCP_PORTS, TlsReader } from './tls';
import { DNS_PORT, LLMNR_PORT, MDNS_PORT, readDns, type DnsFacts } from './dns';
import { readSip, SIP_PORT, type SipFacts } from './sip';
import { ReassemblyDirection } from './reassembly';
import { QuicDissector, type QuicView } from './quic';
import { nstimeDelta, type NsTime } from '../../nstime';
import type { HelloFields } from './tls-hello';

// The application protocols a display filter names (http, dns, tls, sip, rtp, quic), decided
// per frame as a single pass of tshark decides them: by Wireshark's default ports (lower port
// first), SIP's and QUIC's heuristics, conversations (RTP announced by SDP, UDP flows QUIC's
// heuristic took), TCP reassembly, and TLS inside the Initial packets QUIC decrypts.

/** Application protocols found in a frame, one bit each. */
export const App = { http: 1, dns: 2, mdns: 4, llmnr: 8, tls: 16, sip: 32, rtp: 64, quic: 128 } as const;

/** What a frame carries above TCP or UDP; reset for every frame. */
export class ApplicationFacts {
  protocols = 0;
  http: HttpMessage[] = [];
  /** DNS, mDNS or LLMNR: their fields are Wireshark's dns.* fields. */
  dns: DnsFacts | null = null;
  tlsContentTypes: number[] = [];
  tlsRecordVersions: number[] = [];
  /** tls.handshake.version and the SNI of the hellos shown, over TCP or in QUIC. */
  tlsHello: HelloFields = { versions: [], serverNames: [] };
  /** tls.handshake: a handshake record over TCP, or handshake data in QUIC's CRYPTO frames. */
  tlsHandshake = false;
  tlsHandshakeTypes: number[] = [];
  sip: SipFacts | null = null;

  reset(): void {
    this.protocols = 0;
    this.http = [];
    this.dns = null;
    this.tlsContentTypes = [];
    this.tlsRecordVersions = [];
    this.tlsHello = { versions: [], serverNames: [] };
    this.tlsHandshake = false;
    this.tlsHandshakeTypes = [];
    this.sip = null;
  }
}

/** What the TCP analysis said about the frame, as far as dissection cares. */
export interface TcpFrameView {
  stream: number;
  /** True when the sender is the connection's first sender. */
  fromA: boolean;
  /** TcpAnalysisFlag bits. */
  analysis: number;
}

/** Segments Wireshark does not hand to the protocol above TCP. */
const NOT_DISSECTED = TcpAnalysisFlag.retransmission | TcpAnalysisFlag.spuriousRetransmission;

/** TCP connections whose reassembly is kept at most; the oldest are forgotten first. */
const STREAM_LIMIT = 1 << 13;

/** DNS queries awaiting their response, at most; past it the oldest are forgotten. */
const QUERY_LIMIT = 1 << 16;

interface Streams {
  readers: [HttpReader | TlsReader, HttpReader | TlsReader];
  directions: [ReassemblyDirection, ReassemblyDirection];
  protocol: number;
}

/** Wireshark's UDP port lookup: the lower port first, then the higher. */
function udpProtocol(f: PacketFacts): number {
  const low = Math.min(f.srcPort, f.dstPort);
  const high = Math.max(f.srcPort, f.dstPort);
  for (const port of [low, high]) {
    if (port === DNS_PORT) return App.dns;
    if (port === MDNS_PORT) return App.mdns;
    if (port === LLMNR_PORT) return App.llmnr;
    if (port === SIP_PORT) return App.sip;
  }
  return 0;
}

function tcpProtocol(f: PacketFacts): number {
  const low = Math.min(f.srcPort, f.dstPort);
  const high = Math.max(f.srcPort, f.dstPort);
  for (const port of [low, high]) {
    if (HTTP_TCP_PORTS.has(port)) return App.http;
    if (TLS_TCP_PORTS.has(port)) return App.tls;
  }
  return 0;
}

export class ApplicationDissector {
  readonly facts = new ApplicationFacts();
  private readonly streams = new Map<number, Streams>();
  private readonly quic = new QuicDissector();
  private time: NsTime = { s: 0, n: 0 };
  private udpStream = -1;
  /** Query times by UDP conversation and id, until a response takes them. */
  private readonly dnsQueries = new Map<number, NsTime>();

  /** `isRtp`: whether signalling announced the frame's UDP endpoint as RTP. */
  constructor(private readonly isRtp: (f: PacketFacts) => boolean) {}

  /** `time`: the frame's time, for response times; `udpStream`: its udp.stream, which DNS pairs queries in. */
  dissect(f: PacketFacts, tcp: TcpFrameView | null, time: NsTime, udpStream: number): void {
    const facts = this.facts;
    facts.reset();
    this.time = time;
    this.udpStream = udpStream;
    if (f.payloadOffset < 0) return;
    if (f.transport === Transport.udp) this.udp(f);
    else if (f.transport === Transport.tcp && tcp) this.tcp(f, tcp);
  }

  private udp(f: PacketFacts): void {
    const facts = this.facts;
    // A conversation set up by SDP comes before any port.
    if (this.isRtp(f)) {
      facts.protocols |= App.rtp;
      return;
    }
    if (this.quic.claims(f)) return this.quicDatagram(f);
    const start = f.payloadOffset;
    const end = start + f.payloadCaptured;
    const protocol = udpProtocol(f);
    if (protocol === App.dns || protocol === App.mdns || protocol === App.llmnr) {
      facts.protocols |= protocol;
      facts.dns = readDns(f.data, start, end);
      if (facts.dns) this.pairDns(facts.dns);
      return;
    }
    // SIP on its port, or found by its heuristic on any other.
    const sip = f.payloadLength > 0 ? readSip(f.data, start, end) : null;
    if (sip) {
      facts.protocols |= App.sip;
      facts.sip = sip;
    } else if (this.quic.heuristic(f)) this.quicDatagram(f);
  }

  /** dns.time: a response to a query with the same id in the same UDP conversation; a repeated response gets none. */
  private pairDns(dns: DnsFacts): void {
    const key = this.udpStream * 65536 + dns.id;
    if (!dns.response) {
      // A query repeated before the response is a retransmission: the time runs from the first.
      if (this.dnsQueries.has(key)) return;
      if (this.dnsQueries.size >= QUERY_LIMIT) this.dnsQueries.delete(this.dnsQueries.keys().next().value!);
      this.dnsQueries.set(key, { s: this.time.s, n: this.time.n });
      return;
    }
    const query = this.dnsQueries.get(key);
    if (!query) return;
    dns.time = nstimeDelta(this.time, query);
    this.dnsQueries.delete(key);
  }

  private quicDatagram(f: PacketFacts): void {
    const facts = this.facts;
    const view: QuicView = { tls: false, handshake: false, types: facts.tlsHandshakeTypes, hello: facts.tlsHello };
    facts.protocols |= App.quic;
    this.quic.dissect(f, view);
    if (view.tls) facts.protocols |= App.tls;
    facts.tlsHandshake = view.handshake;
  }

  private tcp(f: PacketFacts, tcp: TcpFrameView): void {
    const fin = (f.tcpFlags & TcpFlag.FIN) !== 0;
    if (f.payloadLength === 0 && !fin) return;
    if (tcp.analysis & NOT_DISSECTED) return;
    let streams = this.streams.get(tcp.stream);
    if (!streams) {
      const protocol = tcpProtocol(f);
      if (protocol === 0) return;
      const conversation = { sawMessage: false, lastMethod: null, latest: null };
      const make = () => (protocol === App.http ? new HttpReader(conversation, () => this.time) : new TlsReader());
      const readers: Streams['readers'] = [make(), make()];
      streams = { readers, directions: [new ReassemblyDirection(readers[0]), new ReassemblyDirection(readers[1])], protocol };
      if (this.streams.size >= STREAM_LIMIT) this.streams.delete(this.streams.keys().next().value!);
      this.streams.set(tcp.stream, streams);
    }
    const side = tcp.fromA ? 0 : 1;
    const reader = streams.readers[side];
    if (reader instanceof HttpReader) reader.messages.length = 0;
    else {
      reader.contentTypes.length = 0;
      reader.recordVersions.length = 0;
      reader.handshakeTypes.length = 0;
      reader.hello.versions.length = 0;
      reader.hello.serverNames.length = 0;
    }
    const direction = streams.directions[side];
    const payload = f.data.subarray(f.payloadOffset, f.payloadOffset + f.payloadCaptured);
    const shown =
      f.payloadLength > 0
        ? direction.segment(f.tcpSeq, payload, f.payloadLength, fin, (tcp.analysis & TcpAnalysisFlag.outOfOrder) !== 0)
        : direction.fin(f.tcpSeq);
    if (!shown) return;
    const facts = this.facts;
    facts.protocols |= streams.protocol;
    if (reader instanceof HttpReader) facts.http = [...reader.messages];
    else {
      facts.tlsContentTypes = [...reader.contentTypes];
      facts.tlsRecordVersions = [...reader.recordVersions];
      facts.tlsHello = { versions: [...reader.hello.versions], serverNames: [...reader.hello.serverNames] };
      facts.tlsHandshake = reader.contentTypes.includes(HANDSHAKE_RECORD);
      facts.tlsHandshakeTypes = [...reader.handshakeTypes];
    }
  }
}
