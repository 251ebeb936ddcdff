import { Layer, TcpFlag, Transport, type LayerId, type PacketFacts } from '../decode';
import { TcpAnalysisFlag as A } from '../analyze/tcp/segment';
import { App, type ApplicationFacts } from './app';
import type { FieldName } from './fields';
import type { NsTime } from '../nstime';

/** What the filter needs beyond the packet's own bytes. */
export interface FilterContext {
  /** frame.number: 1-based. */
  frame: number;
  /** frame.time_relative and frame.time_delta as Wireshark works them out; null without a timestamp. */
  timeRelative: NsTime | null;
  timeDelta: NsTime | null;
  /** frame.time_epoch: the record's time since 1970; null without a timestamp. */
  timeEpoch: NsTime | null;
  /** Wireshark's tcp.stream index of this packet, −1 when it is not TCP. */
  tcpStream: number;
  /** Wireshark's udp.stream index of this packet, −1 when it is not UDP. */
  udpStream: number;
  /** TcpAnalysisFlag bits of this frame. */
  tcpAnalysis: number;
  tcpDuplicateAck: number;
  /** tcp.analysis.ack_rtt, null when the frame has none. */
  tcpAckRtt: NsTime | null;
  /** tcp.window_size (scaled as the connection's handshake says), −1 when not TCP. */
  tcpWindowSize: number;
  /** tcp.seq and tcp.ack as Wireshark shows them (relative), −1 when not TCP. */
  tcpSeq: number;
  tcpAck: number;
  /** tcp.window_size_scalefactor, null when absent (not TCP, or a SYN). */
  tcpScaleFactor: number | null;
  /** tcp.time_relative and tcp.time_delta: since the connection's first frame and its previous one. */
  tcpTimeRelative: NsTime | null;
  tcpTimeDelta: NsTime | null;
  /** Application protocols, filled only when the filter names one. */
  app: ApplicationFacts | null;
}

/** A field's values in one packet; a getter appends, the evaluator resets `count` first. */
export class FieldValues {
  static readonly MAX = 64;
  count = 0;
  /** Numbers; for a time, its whole seconds, with its nanoseconds in `nanoseconds`. */
  readonly numbers = new Float64Array(FieldValues.MAX);
  readonly nanoseconds = new Int32Array(FieldValues.MAX);
  /** Byte values: a view into the frame (or into a message) per value. */
  readonly bytes: Uint8Array[] = [];
  readonly strings: string[] = [];

  num(x: number): void {
    if (this.count < FieldValues.MAX) this.numbers[this.count++] = x;
  }
  time(t: NsTime | null): void {
    if (t === null || this.count >= FieldValues.MAX) return;
    this.numbers[this.count] = t.s;
    this.nanoseconds[this.count++] = t.n;
  }
  view(source: Uint8Array, start: number, end: number): void {
    if (this.count >= FieldValues.MAX || start < 0) return;
    this.bytes[this.count++] = source.subarray(start, Math.min(end, source.length));
  }
  str(s: string | null | undefined): void {
    if (s !== null && s !== undefined && this.count < FieldValues.MAX) this.strings[this.count++] = s;
  }
}

type Getter = (f: PacketFacts, c: FilterContext, v: FieldValues) => void;

const tcp = (f: PacketFacts) => f.transport === Transport.tcp && f.srcPort >= 0;
const udp = (f: PacketFacts) => f.transport === Transport.udp && f.srcPort >= 0;
const v4 = (f: PacketFacts) => f.ipVersion === 4;
const v6 = (f: PacketFacts) => f.ipVersion === 6;
/** An IPv4 header byte, an IPv6 header's first 32 bits masked and shifted. */
const ip4 =
  (read: (d: Uint8Array, o: number) => number): Getter =>
  (f, _c, v) => {
    if (v4(f)) v.num(read(f.data, f.ipOffset));
  };
const ip6 =
  (mask: number, shift: number): Getter =>
  (f, _c, v) => {
    if (v6(f))
      v.num(((((f.data[f.ipOffset] << 24) | (f.data[f.ipOffset + 1] << 16) | (f.data[f.ipOffset + 2] << 8) | f.data[f.ipOffset + 3]) & mask) >>> shift) >>> 0);
  };
/** ICMP messages that carry an identifier and a sequence number: echo, timestamp, information and address mask, request and reply. */
const ICMP_NUMBERED: ReadonlySet<number> = new Set([0, 8, 13, 14, 15, 16, 17, 18]);
const icmpNumber =
  (at: number, littleEndian: boolean): Getter =>
  (f, _c, v) => {
    if (f.transport !== Transport.icmp || f.payloadOffset < 0 || !ICMP_NUMBERED.has(f.icmpType)) return;
    const d = f.data;
    const o = f.transportOffset + at;
    v.num(littleEndian ? d[o] | (d[o + 1] << 8) : (d[o] << 8) | d[o + 1]);
  };
const has = (id: LayerId) => (f: PacketFacts, _c: FilterContext, v: FieldValues) => {
  if (f.hasLayer(id)) v.view(f.data, 0, f.data.length);
};
/** From `start` to the end of the captured datagram. */
const rest = (f: PacketFacts, start: number, v: FieldValues) => v.view(f.data, start, f.data.length);
const app = (c: FilterContext, bit: number) => c.app !== null && (c.app.protocols & bit) !== 0;
const appPayload =
  (bit: number): Getter =>
  (f, c, v) => {
    if (app(c, bit)) rest(f, f.payloadOffset, v);
  };
const flag =
  (bit: number): Getter =>
  (f, _c, v) => {
    if (tcp(f) && f.tcpHeaderLength > 0) v.num(f.tcpFlags & bit ? 1 : 0);
  };
const analysis =
  (bits: number): Getter =>
  (_f, c, v) => {
    if (c.tcpAnalysis & bits) v.num(1);
  };
const http =
  (pick: (m: ApplicationFacts['http'][number], v: FieldValues) => void): Getter =>
  (_f, c, v) => {
    if (c.app) for (const m of c.app.http) pick(m, v);
  };
const header = (name: string): Getter => http((m, v) => m.headers.get(name)?.forEach((value) => v.str(value)));
const rtp =
  (read: (d: Uint8Array, o: number) => number): Getter =>
  (f, c, v) => {
    if (app(c, App.rtp) && f.payloadCaptured >= 12) v.num(read(f.data, f.payloadOffset));
  };

export const FIELD_GETTERS: Record<FieldName, Getter> = {
  frame: (f, _c, v) => v.view(f.data, 0, f.data.length),
  eth: has(Layer.eth),
  sll: has(Layer.sll),
  vlan: has(Layer.vlan),
  arp: has(Layer.arp),
  ip: (f, _c, v) => {
    if (f.hasLayer(Layer.ip)) rest(f, Math.max(f.ipOffset, 0), v);
  },
  ipv6: (f, _c, v) => {
    if (f.hasLayer(Layer.ipv6)) rest(f, Math.max(f.ipOffset, 0), v);
  },
  tcp: (f, _c, v) => {
    if (f.transport === Transport.tcp) rest(f, f.transportOffset, v);
  },
  udp: (f, _c, v) => {
    if (f.transport === Transport.udp) rest(f, f.transportOffset, v);
  },
  icmp: (f, _c, v) => {
    if (f.transport === Transport.icmp) rest(f, f.transportOffset, v);
  },
  icmpv6: (f, _c, v) => {
    if (f.transport === Transport.icmpv6) rest(f, f.transportOffset, v);
  },
  http: appPayload(App.http),
  dns: appPayload(App.dns),
  mdns: appPayload(App.mdns),
  llmnr: appPayload(App.llmnr),
  tls: appPayload(App.tls),
  sip: appPayload(App.sip),
  rtp: appPayload(App.rtp),
  quic: appPayload(App.quic),
  'frame.len': (f, _c, v) => v.num(f.originalLength),
  'frame.cap_len': (f, _c, v) => v.num(f.data.length),
  'frame.number': (_f, c, v) => v.num(c.frame),
  'frame.time_delta': (_f, c, v) => v.time(c.timeDelta),
  'frame.time_relative': (_f, c, v) => v.time(c.timeRelative),
  'frame.time_epoch': (_f, c, v) => v.time(c.timeEpoch),
  'eth.addr': (f, _c, v) => {
    if (f.hasLayer(Layer.eth) && f.macDstOffset >= 0) {
      v.view(f.data, f.macDstOffset, f.macDstOffset + 6);
      v.view(f.data, f.macSrcOffset, f.macSrcOffset + 6);
    }
  },
  'eth.src': (f, _c, v) => {
    if (f.hasLayer(Layer.eth) && f.macSrcOffset >= 0) v.view(f.data, f.macSrcOffset, f.macSrcOffset + 6);
  },
  'eth.dst': (f, _c, v) => {
    if (f.hasLayer(Layer.eth) && f.macDstOffset >= 0) v.view(f.data, f.macDstOffset, f.macDstOffset + 6);
  },
  'eth.type': (f, _c, v) => {
    if (f.hasLayer(Layer.eth) && f.etherType >= 0) v.num(f.etherType);
  },
  'vlan.id': (f, _c, v) => {
    if (f.vlanCount > 0) {
      v.num(f.vlanOuterId);
      if (f.vlanCount > 1) v.num(f.vlanInnerId);
    }
  },
  'arp.opcode': (f, _c, v) => {
    if (f.arpOpcode >= 0) v.num(f.arpOpcode);
  },
  'ip.addr': (f, _c, v) => {
    if (v4(f)) {
      v.num(f.srcKey);
      v.num(f.dstKey);
    }
  },
  'ip.src': (f, _c, v) => {
    if (v4(f)) v.num(f.srcKey);
  },
  'ip.dst': (f, _c, v) => {
    if (v4(f)) v.num(f.dstKey);
  },
  'ip.ttl': (f, _c, v) => {
    if (v4(f)) v.num(f.ttl);
  },
  'ip.proto': (f, _c, v) => {
    if (v4(f)) v.num(f.ipProtocol);
  },
  'ip.len': (f, _c, v) => {
    if (v4(f)) v.num(f.ipTotalLength);
  },
  'ip.id': (f, _c, v) => {
    if (v4(f)) v.num(f.ipId);
  },
  'ip.hdr_len': (f, _c, v) => {
    if (v4(f)) v.num(f.ipHeaderLength);
  },
  'ip.dsfield': ip4((d, o) => d[o + 1]),
  'ip.dsfield.dscp': ip4((d, o) => d[o + 1] >> 2),
  'ip.dsfield.ecn': ip4((d, o) => d[o + 1] & 3),
  'ip.checksum': ip4((d, o) => (d[o + 10] << 8) | d[o + 11]),
  'ip.frag_offset': ip4((d, o) => ((d[o + 6] & 0x1f) << 8) | d[o + 7]),
  'ip.flags.df': (f, _c, v) => {
    if (v4(f)) v.num(f.dontFragment ? 1 : 0);
  },
  'ip.flags.mf': (f, _c, v) => {
    if (v4(f)) v.num(f.moreFragments ? 1 : 0);
  },
  'ipv6.addr': (f, _c, v) => {
    if (v6(f)) {
      v.view(f.data, f.srcAddrOffset, f.srcAddrOffset + 16);
      v.view(f.data, f.dstAddrOffset, f.dstAddrOffset + 16);
    }
  },
  'ipv6.src': (f, _c, v) => {
    if (v6(f)) v.view(f.data, f.srcAddrOffset, f.srcAddrOffset + 16);
  },
  'ipv6.dst': (f, _c, v) => {
    if (v6(f)) v.view(f.data, f.dstAddrOffset, f.dstAddrOffset + 16);
  },
  'ipv6.hlim': (f, _c, v) => {
    if (v6(f)) v.num(f.ttl);
  },
  'ipv6.nxt': (f, _c, v) => {
    if (v6(f)) v.num(f.data[f.ipOffset + 6]);
  },
  'ipv6.plen': (f, _c, v) => {
    if (v6(f)) v.num(f.ipTotalLength - 40);
  },
  'ipv6.tclass': ip6(0x0ff00000, 20),
  'ipv6.tclass.dscp': ip6(0x0fc00000, 22),
  'ipv6.tclass.ecn': ip6(0x00300000, 20),
  'ipv6.flow': ip6(0x000fffff, 0),
  'tcp.port': (f, _c, v) => {
    if (tcp(f)) {
      v.num(f.srcPort);
      v.num(f.dstPort);
    }
  },
  'tcp.srcport': (f, _c, v) => {
    if (tcp(f)) v.num(f.srcPort);
  },
  'tcp.dstport': (f, _c, v) => {
    if (tcp(f)) v.num(f.dstPort);
  },
  'tcp.stream': (f, c, v) => {
    if (tcp(f) && c.tcpStream >= 0) v.num(c.tcpStream);
  },
  'tcp.len': (f, _c, v) => {
    if (tcp(f) && f.tcpHeaderLength > 0) v.num(f.payloadLength);
  },
  'tcp.hdr_len': (f, _c, v) => {
    if (tcp(f) && f.tcpHeaderLength > 0) v.num(f.tcpHeaderLength);
  },
  'tcp.seq_raw': (f, _c, v) => {
    if (tcp(f) && f.tcpHeaderLength > 0) v.num(f.tcpSeq);
  },
  // Present with or without the ACK flag, as in Wireshark 4.0.
  'tcp.ack_raw': (f, _c, v) => {
    if (tcp(f) && f.tcpHeaderLength > 0) v.num(f.tcpAck);
  },
  'tcp.seq': (f, c, v) => {
    if (tcp(f) && c.tcpSeq >= 0) v.num(c.tcpSeq);
  },
  'tcp.ack': (f, c, v) => {
    if (tcp(f) && c.tcpAck >= 0) v.num(c.tcpAck);
  },
  // A SYN and a FIN each take one sequence number.
  'tcp.nxtseq': (f, c, v) => {
    if (tcp(f) && c.tcpSeq >= 0) v.num((c.tcpSeq + f.payloadLength + (f.tcpFlags & TcpFlag.SYN ? 1 : 0) + (f.tcpFlags & TcpFlag.FIN ? 1 : 0)) >>> 0);
  },
  'tcp.window_size_scalefactor': (f, c, v) => {
    if (tcp(f) && c.tcpScaleFactor !== null) v.num(c.tcpScaleFactor);
  },
  'tcp.options.mss_val': (f, _c, v) => {
    if (tcp(f) && f.tcpMss >= 0) v.num(f.tcpMss);
  },
  'tcp.time_relative': (_f, c, v) => v.time(c.tcpTimeRelative),
  'tcp.time_delta': (_f, c, v) => v.time(c.tcpTimeDelta),
  'tcp.flags': (f, _c, v) => {
    if (tcp(f) && f.tcpHeaderLength > 0) v.num(f.tcpFlags);
  },
  'tcp.flags.fin': flag(TcpFlag.FIN),
  'tcp.flags.syn': flag(TcpFlag.SYN),
  'tcp.flags.reset': flag(TcpFlag.RST),
  'tcp.flags.push': flag(TcpFlag.PSH),
  'tcp.flags.ack': flag(TcpFlag.ACK),
  'tcp.flags.urg': flag(TcpFlag.URG),
  'tcp.flags.ece': flag(TcpFlag.ECE),
  'tcp.flags.cwr': flag(TcpFlag.CWR),
  'tcp.flags.ae': flag(TcpFlag.NS),
  'tcp.flags.res': (f, _c, v) => {
    if (tcp(f) && f.tcpHeaderLength > 0) v.num((f.data[f.transportOffset + 12] >> 1) & 7);
  },
  'tcp.window_size_value': (f, _c, v) => {
    if (tcp(f) && f.tcpHeaderLength > 0) v.num(f.tcpWindow);
  },
  'tcp.window_size': (f, c, v) => {
    if (tcp(f) && c.tcpWindowSize >= 0) v.num(c.tcpWindowSize);
  },
  'tcp.payload': (f, _c, v) => {
    if (tcp(f) && f.payloadOffset >= 0 && f.payloadLength > 0) v.view(f.data, f.payloadOffset, f.payloadOffset + f.payloadCaptured);
  },
  'tcp.analysis.flags': (_f, c, v) => {
    if (c.tcpAnalysis !== 0) v.num(1);
  },
  // Wireshark adds the retransmission field to fast and spurious retransmissions as well.
  'tcp.analysis.retransmission': analysis(A.retransmission | A.fastRetransmission | A.spuriousRetransmission),
  'tcp.analysis.fast_retransmission': analysis(A.fastRetransmission),
  'tcp.analysis.spurious_retransmission': analysis(A.spuriousRetransmission),
  'tcp.analysis.out_of_order': analysis(A.outOfOrder),
  'tcp.analysis.lost_segment': analysis(A.lostSegment),
  'tcp.analysis.ack_lost_segment': analysis(A.ackLostSegment),
  'tcp.analysis.duplicate_ack': analysis(A.duplicateAck),
  'tcp.analysis.zero_window': analysis(A.zeroWindow),
  'tcp.analysis.window_full': analysis(A.windowFull),
  'tcp.analysis.keep_alive': analysis(A.keepAlive),
  'tcp.analysis.keep_alive_ack': analysis(A.keepAliveAck),
  'tcp.analysis.window_update': analysis(A.windowUpdate),
  'tcp.analysis.zero_window_probe': analysis(A.zeroWindowProbe),
  'tcp.analysis.zero_window_probe_ack': analysis(A.zeroWindowProbeAck),
  'tcp.analysis.reused_ports': analysis(A.reusedPorts),
  'tcp.analysis.duplicate_ack_num': (_f, c, v) => {
    if (c.tcpDuplicateAck > 0) v.num(c.tcpDuplicateAck);
  },
  'tcp.analysis.ack_rtt': (_f, c, v) => v.time(c.tcpAckRtt),
  'udp.port': (f, _c, v) => {
    if (udp(f)) {
      v.num(f.srcPort);
      v.num(f.dstPort);
    }
  },
  'udp.srcport': (f, _c, v) => {
    if (udp(f)) v.num(f.srcPort);
  },
  'udp.dstport': (f, _c, v) => {
    if (udp(f)) v.num(f.dstPort);
  },
  'udp.stream': (f, c, v) => {
    if (udp(f) && c.udpStream >= 0) v.num(c.udpStream);
  },
  'udp.length': (f, _c, v) => {
    if (udp(f) && f.udpLength >= 0) v.num(f.udpLength);
  },
  'icmp.type': (f, _c, v) => {
    if (f.transport === Transport.icmp && f.icmpType >= 0) v.num(f.icmpType);
  },
  'icmp.code': (f, _c, v) => {
    if (f.transport === Transport.icmp && f.icmpCode >= 0) v.num(f.icmpCode);
  },
  'icmp.ident': icmpNumber(4, false),
  'icmp.ident_le': icmpNumber(4, true),
  'icmp.seq': icmpNumber(6, false),
  'icmp.seq_le': icmpNumber(6, true),
  'icmpv6.type': (f, _c, v) => {
    if (f.transport === Transport.icmpv6 && f.icmpType >= 0) v.num(f.icmpType);
  },
  'icmpv6.code': (f, _c, v) => {
    if (f.transport === Transport.icmpv6 && f.icmpCode >= 0) v.num(f.icmpCode);
  },
  'icmpv6.echo.identifier': (f, _c, v) => {
    if (f.transport === Transport.icmpv6 && f.icmpEchoId >= 0) v.num(f.icmpEchoId);
  },
  'icmpv6.echo.sequence_number': (f, _c, v) => {
    if (f.transport === Transport.icmpv6 && f.icmpEchoSeq >= 0) v.num(f.icmpEchoSeq);
  },
  'http.request': http((m, v) => m.request && v.num(1)),
  'http.response': http((m, v) => !m.request && v.num(1)),
  'http.request.method': http((m, v) => v.str(m.method)),
  'http.request.uri': http((m, v) => v.str(m.uri)),
  'http.request.version': http((m, v) => m.request && v.str(m.version)),
  'http.response.version': http((m, v) => !m.request && v.str(m.version)),
  'http.response.code': http((m, v) => m.code !== null && v.num(m.code)),
  'http.response.phrase': http((m, v) => v.str(m.phrase)),
  'http.host': http((m, v) => v.str(m.host)),
  'http.user_agent': http((m, v) => v.str(m.userAgent)),
  'http.content_type': http((m, v) => v.str(m.contentType)),
  'http.server': http((m, v) => v.str(m.server)),
  'http.referer': header('referer'),
  'http.cookie': header('cookie'),
  'http.location': header('location'),
  'http.connection': header('connection'),
  'http.content_length_header': header('content-length'),
  'http.content_length': http((m, v) => m.contentLength.forEach((n) => v.num(n))),
  'http.request.full_uri': http((m, v) => m.request && v.str(m.fullUri)),
  'http.response_for.uri': http((m, v) => !m.request && v.str(m.fullUri)),
  'http.time': http((m, v) => v.time(m.time)),
  'dns.id': (_f, c, v) => {
    if (c.app?.dns) v.num(c.app.dns.id);
  },
  'dns.flags.response': (_f, c, v) => {
    if (c.app?.dns) v.num(c.app.dns.response ? 1 : 0);
  },
  'dns.qry.name': (_f, c, v) => {
    for (const name of c.app?.dns?.names ?? []) v.str(name);
  },
  'dns.qry.type': (_f, c, v) => {
    for (const type of c.app?.dns?.types ?? []) v.num(type);
  },
  'dns.flags.rcode': (_f, c, v) => {
    if (c.app?.dns && c.app.dns.rcode !== null) v.num(c.app.dns.rcode);
  },
  'dns.count.answers': (_f, c, v) => {
    if (c.app?.dns && c.app.dns.answers >= 0) v.num(c.app.dns.answers);
  },
  'dns.resp.name': (_f, c, v) => {
    for (const name of c.app?.dns?.recordNames ?? []) v.str(name);
  },
  'dns.a': (_f, c, v) => {
    for (const address of c.app?.dns?.a ?? []) v.num(address);
  },
  'dns.aaaa': (f, c, v) => {
    for (const at of c.app?.dns?.aaaa ?? []) v.view(f.data, at, at + 16);
  },
  'dns.time': (_f, c, v) => v.time(c.app?.dns?.time ?? null),
  'tls.record.content_type': (_f, c, v) => {
    for (const type of c.app?.tlsContentTypes ?? []) v.num(type);
  },
  'tls.handshake': (_f, c, v) => {
    if (c.app?.tlsHandshake) v.num(1);
  },
  'tls.handshake.type': (_f, c, v) => {
    for (const type of c.app?.tlsHandshakeTypes ?? []) v.num(type);
  },
  'tls.record.version': (_f, c, v) => {
    for (const version of c.app?.tlsRecordVersions ?? []) v.num(version);
  },
  'tls.handshake.version': (_f, c, v) => {
    for (const version of c.app?.tlsHello.versions ?? []) v.num(version);
  },
  'tls.handshake.extensions_server_name': (_f, c, v) => {
    for (const name of c.app?.tlsHello.serverNames ?? []) v.str(name);
  },
  'sip.Method': (_f, c, v) => v.str(c.app?.sip?.method),
  'sip.Status-Code': (_f, c, v) => {
    if (c.app?.sip?.statusCode) v.num(c.app.sip.statusCode);
  },
  'rtp.ssrc': rtp((d, o) => ((d[o + 8] << 24) | (d[o + 9] << 16) | (d[o + 10] << 8) | d[o + 11]) >>> 0),
  'rtp.p_type': rtp((d, o) => d[o + 1] & 0x7f),
  'rtp.seq': rtp((d, o) => (d[o + 2] << 8) | d[o + 3]),
  'rtp.marker': rtp((d, o) => d[o + 1] >> 7),
  'rtp.version': rtp((d, o) => d[o] >> 6),
  'rtp.timestamp': rtp((d, o) => ((d[o + 4] << 24) | (d[o + 5] << 16) | (d[o + 6] << 8) | d[o + 7]) >>> 0),
};
