import type { FilterNode, FilterValue } from './ast';
import { Layer, TcpFlag, Transport, type PacketFacts, type LayerId } from '../decode';

/** What the filter needs beyond the packet's own bytes. */
export interface FilterContext {
  /** Wireshark's tcp.stream index of this packet, −1 when it is not TCP. */
  tcpStream: number;
}

export type CompiledFilter = (facts: PacketFacts, context: FilterContext) => boolean;

const PROTOCOL_LAYERS: Record<string, LayerId> = {
  eth: Layer.eth, ip: Layer.ip, ipv6: Layer.ipv6, arp: Layer.arp, tcp: Layer.tcp, udp: Layer.udp,
  icmp: Layer.icmp, icmpv6: Layer.icmpv6,
};

// A field is read as up to two values (source and destination for *.addr and *.port); each
// getter writes them into `values` and returns how many the packet has (0 = field absent).
type Getter = (f: PacketFacts, c: FilterContext, values: Float64Array) => number;

const isTcp = (f: PacketFacts) => f.transport === Transport.tcp;
const isUdp = (f: PacketFacts) => f.transport === Transport.udp;

function pair(a: number, b: number, values: Float64Array): number {
  values[0] = a;
  values[1] = b;
  return 2;
}
function one(a: number, values: Float64Array): number {
  values[0] = a;
  return 1;
}

const NUMERIC: Record<string, Getter> = {
  'ip.addr': (f, _c, v) => (f.ipVersion === 4 ? pair(f.srcKey, f.dstKey, v) : 0),
  'ip.src': (f, _c, v) => (f.ipVersion === 4 ? one(f.srcKey, v) : 0),
  'ip.dst': (f, _c, v) => (f.ipVersion === 4 ? one(f.dstKey, v) : 0),
  'tcp.port': (f, _c, v) => (isTcp(f) ? pair(f.srcPort, f.dstPort, v) : 0),
  'tcp.srcport': (f, _c, v) => (isTcp(f) ? one(f.srcPort, v) : 0),
  'tcp.dstport': (f, _c, v) => (isTcp(f) ? one(f.dstPort, v) : 0),
  'tcp.len': (f, _c, v) => (isTcp(f) ? one(f.payloadLength, v) : 0),
  'tcp.stream': (f, c, v) => (isTcp(f) && c.tcpStream >= 0 ? one(c.tcpStream, v) : 0),
  'tcp.flags.syn': (f, _c, v) => (isTcp(f) ? one(f.tcpFlags & TcpFlag.SYN ? 1 : 0, v) : 0),
  'tcp.flags.ack': (f, _c, v) => (isTcp(f) ? one(f.tcpFlags & TcpFlag.ACK ? 1 : 0, v) : 0),
  'tcp.flags.fin': (f, _c, v) => (isTcp(f) ? one(f.tcpFlags & TcpFlag.FIN ? 1 : 0, v) : 0),
  'tcp.flags.rst': (f, _c, v) => (isTcp(f) ? one(f.tcpFlags & TcpFlag.RST ? 1 : 0, v) : 0),
  'udp.port': (f, _c, v) => (isUdp(f) ? pair(f.srcPort, f.dstPort, v) : 0),
  'udp.srcport': (f, _c, v) => (isUdp(f) ? one(f.srcPort, v) : 0),
  'udp.dstport': (f, _c, v) => (isUdp(f) ? one(f.dstPort, v) : 0),
  'frame.len': (f, _c, v) => one(f.originalLength, v),
};

// Byte-string fields (IPv6 and MAC addresses): offsets into the frame, compared in place.
type OffsetGetter = (f: PacketFacts, offsets: Int32Array) => number;
const BYTES: Record<string, { length: number; get: OffsetGetter }> = {
  'ipv6.addr': { length: 16, get: (f, o) => (f.ipVersion === 6 ? ((o[0] = f.srcAddrOffset), (o[1] = f.dstAddrOffset), 2) : 0) },
  'ipv6.src': { length: 16, get: (f, o) => (f.ipVersion === 6 ? ((o[0] = f.srcAddrOffset), 1) : 0) },
  'ipv6.dst': { length: 16, get: (f, o) => (f.ipVersion === 6 ? ((o[0] = f.dstAddrOffset), 1) : 0) },
  'eth.addr': { length: 6, get: (f, o) => (f.macSrcOffset >= 0 ? ((o[0] = f.macSrcOffset), (o[1] = f.macDstOffset), 2) : 0) },
  'eth.src': { length: 6, get: (f, o) => (f.macSrcOffset >= 0 ? ((o[0] = f.macSrcOffset), 1) : 0) },
  'eth.dst': { length: 6, get: (f, o) => (f.macDstOffset >= 0 ? ((o[0] = f.macDstOffset), 1) : 0) },
};

function numericTest(operator: string, value: FilterValue): (x: number) => boolean {
  if (value.kind === 'ipv4' && value.prefix < 32) {
    const size = 2 ** (32 - value.prefix);
    const network = Math.floor(value.address / size);
    const first = network * size;
    const last = first + size - 1;
    // A network compares as the range of its addresses: == any inside; < below the first; etc.
    switch (operator) {
      case '==': return (x) => x >= first && x <= last;
      case '<': return (x) => x < first;
      case '<=': return (x) => x <= last;
      case '>': return (x) => x > last;
      case '>=': return (x) => x >= first;
    }
  }
  const target = value.kind === 'number' ? value.value : value.kind === 'ipv4' ? value.address : NaN;
  switch (operator) {
    case '==': return (x) => x === target;
    case '<': return (x) => x < target;
    case '<=': return (x) => x <= target;
    case '>': return (x) => x > target;
    default: return (x) => x >= target;
  }
}

function bytesEqual(data: Uint8Array, offset: number, value: Uint8Array, prefixBits: number): boolean {
  const whole = prefixBits >> 3;
  for (let i = 0; i < whole; i++) if (data[offset + i] !== value[i]) return false;
  const rest = prefixBits & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (data[offset + whole] & mask) === (value[whole] & mask);
}

/**
 * Compiles a filter tree into one function per packet. Semantics follow Wireshark ≥ 3.6: a
 * field with several values (ip.addr: source and destination) matches "==" and the ordered
 * operators when any value does; "a != b" is exactly "!(a == b)"; an absent field fails every
 * comparison, so "ip.addr != 10.0.0.1" also keeps packets without IPv4.
 */
export function compileFilter(node: FilterNode | null): CompiledFilter {
  if (node === null) return () => true;
  switch (node.type) {
    case 'or': {
      const l = compileFilter(node.left);
      const r = compileFilter(node.right);
      return (f, c) => l(f, c) || r(f, c);
    }
    case 'and': {
      const l = compileFilter(node.left);
      const r = compileFilter(node.right);
      return (f, c) => l(f, c) && r(f, c);
    }
    case 'not': {
      const inner = compileFilter(node.operand);
      return (f, c) => !inner(f, c);
    }
    case 'exists': {
      const layer = PROTOCOL_LAYERS[node.field];
      if (layer !== undefined) return (f) => f.hasLayer(layer);
      const values = new Float64Array(2);
      const offsets = new Int32Array(2);
      const numeric = NUMERIC[node.field];
      if (numeric) return (f, c) => numeric(f, c, values) > 0;
      const bytes = BYTES[node.field];
      return (f) => bytes.get(f, offsets) > 0;
    }
    case 'compare': {
      if (node.operator === '!=') {
        const equal = compileFilter({ ...node, operator: '==' });
        return (f, c) => !equal(f, c);
      }
      const numeric = NUMERIC[node.field];
      if (numeric) {
        const values = new Float64Array(2);
        const test = numericTest(node.operator, node.value);
        return (f, c) => {
          const n = numeric(f, c, values);
          for (let i = 0; i < n; i++) if (test(values[i])) return true;
          return false;
        };
      }
      const bytes = BYTES[node.field];
      const offsets = new Int32Array(2);
      const value = node.value;
      if (value.kind !== 'ipv6' && value.kind !== 'mac') throw new Error(`no comparison of ${node.field} with ${value.kind}`);
      const prefix = value.kind === 'ipv6' ? value.prefix : 48;
      return (f) => {
        const n = bytes.get(f, offsets);
        for (let i = 0; i < n; i++) if (bytesEqual(f.data, offsets[i], value.address, prefix)) return true;
        return false;
      };
    }
  }
}
