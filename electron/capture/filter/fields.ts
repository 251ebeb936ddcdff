// The fields and protocol names ProxLab's filter knows, with Wireshark 4.0's type for each: what
// a value must look like, which operators apply, and the largest number an unsigned field holds.

export type FieldType =
  /** A protocol: present or not; `contains`/`matches` search its bytes. */
  | 'protocol'
  /** A flag with no value (tcp.analysis.retransmission): present or not. */
  | 'label'
  | 'boolean'
  /** An integer; unsigned unless its spec has a `min`. */
  | 'uint'
  /** Relative time in seconds (frame.time_delta, tcp.analysis.ack_rtt). */
  | 'time'
  | 'ipv4'
  | 'ipv6'
  | 'ether'
  | 'bytes'
  | 'string';

export interface FieldSpec {
  type: FieldType;
  /** Integer fields: the largest value their width holds. */
  max?: number;
  /** Signed integer fields: the smallest. */
  min?: number;
}

const U8 = { type: 'uint', max: 0xff } as const;
const U16 = { type: 'uint', max: 0xffff } as const;
const U32 = { type: 'uint', max: 0xffffffff } as const;
const P = { type: 'protocol' } as const;
const B = { type: 'boolean' } as const;
const L = { type: 'label' } as const;
const S = { type: 'string' } as const;
const T = { type: 'time' } as const;

export const FILTER_FIELDS = {
  frame: P,
  eth: P,
  sll: P,
  vlan: P,
  arp: P,
  ip: P,
  ipv6: P,
  tcp: P,
  udp: P,
  icmp: P,
  icmpv6: P,
  http: P,
  dns: P,
  mdns: P,
  llmnr: P,
  tls: P,
  sip: P,
  rtp: P,
  quic: P,
  'frame.len': U32,
  'frame.cap_len': U32,
  'frame.number': U32,
  'frame.time_delta': T,
  'frame.time_relative': T,
  // A relative time in Wireshark 4.0: seconds since 1970, compared as a number of seconds.
  'frame.time_epoch': T,
  'eth.addr': { type: 'ether' },
  'eth.src': { type: 'ether' },
  'eth.dst': { type: 'ether' },
  'eth.type': U16,
  'vlan.id': { type: 'uint', max: 0xfff },
  'arp.opcode': U16,
  'ip.addr': { type: 'ipv4' },
  'ip.src': { type: 'ipv4' },
  'ip.dst': { type: 'ipv4' },
  'ip.ttl': U8,
  'ip.proto': U8,
  'ip.len': U16,
  'ip.id': U16,
  'ip.hdr_len': U8,
  'ip.dsfield': U8,
  'ip.dsfield.dscp': U8,
  'ip.dsfield.ecn': U8,
  'ip.checksum': U16,
  // The header's 13-bit field (units of 8 bytes), though Wireshark 4.0 prints it in bytes.
  'ip.frag_offset': U16,
  'ip.flags.df': B,
  'ip.flags.mf': B,
  'ipv6.addr': { type: 'ipv6' },
  'ipv6.src': { type: 'ipv6' },
  'ipv6.dst': { type: 'ipv6' },
  'ipv6.hlim': U8,
  'ipv6.nxt': U8,
  'ipv6.plen': U16,
  'ipv6.tclass': U32,
  'ipv6.tclass.dscp': U32,
  'ipv6.tclass.ecn': U32,
  'ipv6.flow': { type: 'uint', max: 0xffffff },
  'tcp.port': U16,
  'tcp.srcport': U16,
  'tcp.dstport': U16,
  'tcp.stream': U32,
  'tcp.len': U32,
  'tcp.hdr_len': U8,
  'tcp.seq_raw': U32,
  'tcp.ack_raw': U32,
  'tcp.seq': U32,
  'tcp.ack': U32,
  'tcp.nxtseq': U32,
  // A signed 32-bit field: −1 while the scale is unknown, −2 when it is not used.
  'tcp.window_size_scalefactor': { type: 'uint', min: -0x80000000, max: 0x7fffffff },
  'tcp.options.mss_val': U16,
  // Present: tcp.calculate_timestamps is on by default in Wireshark 4.0.
  'tcp.time_relative': T,
  'tcp.time_delta': T,
  'tcp.flags': { type: 'uint', max: 0xfff },
  'tcp.flags.fin': B,
  'tcp.flags.syn': B,
  'tcp.flags.reset': B,
  'tcp.flags.push': B,
  'tcp.flags.ack': B,
  'tcp.flags.urg': B,
  'tcp.flags.ece': B,
  'tcp.flags.cwr': B,
  'tcp.flags.ae': B,
  'tcp.flags.res': { type: 'uint', max: 7 },
  'tcp.window_size_value': U16,
  'tcp.window_size': U32,
  'tcp.payload': { type: 'bytes' },
  'tcp.analysis.flags': L,
  'tcp.analysis.retransmission': L,
  'tcp.analysis.fast_retransmission': L,
  'tcp.analysis.spurious_retransmission': L,
  'tcp.analysis.out_of_order': L,
  'tcp.analysis.lost_segment': L,
  'tcp.analysis.ack_lost_segment': L,
  'tcp.analysis.duplicate_ack': L,
  'tcp.analysis.zero_window': L,
  'tcp.analysis.window_full': L,
  'tcp.analysis.keep_alive': L,
  'tcp.analysis.keep_alive_ack': L,
  'tcp.analysis.window_update': L,
  'tcp.analysis.zero_window_probe': L,
  'tcp.analysis.zero_window_probe_ack': L,
  'tcp.analysis.reused_ports': L,
  'tcp.analysis.duplicate_ack_num': U32,
  'tcp.analysis.ack_rtt': T,
  'udp.port': U16,
  'udp.srcport': U16,
  'udp.dstport': U16,
  'udp.length': U16,
  'udp.stream': U32,
  'icmp.type': U8,
  'icmp.code': U8,
  // Both byte orders, as Wireshark shows them: some systems write the numbers little-endian.
  'icmp.ident': U16,
  'icmp.ident_le': U16,
  'icmp.seq': U16,
  'icmp.seq_le': U16,
  'icmpv6.type': U8,
  'icmpv6.code': U8,
  'icmpv6.echo.identifier': U16,
  'icmpv6.echo.sequence_number': U16,
  'http.request': B,
  'http.response': B,
  'http.request.method': S,
  'http.request.uri': S,
  'http.request.version': S,
  'http.response.version': S,
  'http.response.code': U16,
  'http.response.phrase': S,
  'http.host': S,
  'http.user_agent': S,
  'http.content_type': S,
  'http.server': S,
  'http.referer': S,
  'http.cookie': S,
  'http.location': S,
  'http.connection': S,
  'http.content_length_header': S,
  'http.content_length': { type: 'uint', max: Number.MAX_SAFE_INTEGER },
  'http.request.full_uri': S,
  'http.response_for.uri': S,
  'http.time': T,
  'dns.id': U16,
  'dns.flags.response': B,
  'dns.qry.name': S,
  'dns.qry.type': U16,
  'dns.flags.rcode': U16,
  'dns.count.answers': U16,
  'dns.resp.name': S,
  'dns.a': { type: 'ipv4' },
  'dns.aaaa': { type: 'ipv6' },
  'dns.time': T,
  'tls.record.content_type': U8,
  'tls.handshake': L,
  'tls.handshake.type': U8,
  'tls.record.version': U16,
  'tls.handshake.version': U16,
  'tls.handshake.extensions_server_name': S,
  'sip.Method': S,
  'sip.Status-Code': U32,
  'rtp.ssrc': U32,
  'rtp.p_type': { type: 'uint', max: 0x7f },
  'rtp.seq': U16,
  'rtp.marker': B,
  // Two bits, but a literal may be as large as the byte they sit in.
  'rtp.version': U8,
  'rtp.timestamp': U32,
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FILTER_FIELDS;

export const isKnownField = (name: string): name is FieldName => Object.hasOwn(FILTER_FIELDS, name);

export function fieldSpec(name: FieldName): FieldSpec {
  return FILTER_FIELDS[name];
}

/** Fields decided by looking above TCP and UDP: the pass dissects applications only when a filter names one. */
const APPLICATION_PREFIXES = ['http', 'dns', 'mdns', 'llmnr', 'tls', 'sip', 'rtp', 'quic'];
export function isApplicationField(name: string): boolean {
  return APPLICATION_PREFIXES.includes(name.split('.')[0]);
}
