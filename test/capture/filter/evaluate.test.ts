import { describe, expect, it } from 'vitest';
import { decodePacket, PacketFacts } from '../../../electron/capture/decode';
import { compileFilter, type FilterContext } from '../../../electron/capture/filter/evaluate';
import { parseFilter } from '../../../electron/capture/filter/parser';
import { arp, ethernet, filler, icmp, ipv4, ipv6, tcp, udp } from '../../support/frame-builder';

const ETH = 1;
const packets = {
  // 1: web request from the student laptop to the WordPress VM
  get: ethernet(
    { src: '02:00:00:00:00:01', dst: '02:00:00:00:00:02', type: 0x0800 },
    ipv4({ src: '192.168.1.10', dst: '192.168.1.20', protocol: 6 }, tcp({ srcPort: 50000, dstPort: 80, flags: 0x18 }, filler(300))),
  ),
  // 2: the VM's SYN/ACK back
  synAck: ethernet(
    { src: '02:00:00:00:00:02', dst: '02:00:00:00:00:01', type: 0x0800 },
    ipv4({ src: '192.168.1.20', dst: '192.168.1.10', protocol: 6 }, tcp({ srcPort: 80, dstPort: 50000, flags: 0x12 })),
  ),
  // 3: DNS over UDP to another subnet
  dns: ethernet({ type: 0x0800 }, ipv4({ src: '192.168.1.10', dst: '10.0.0.53', protocol: 17 }, udp({ srcPort: 40000, dstPort: 53 }, filler(40)))),
  // 4: ping
  ping: ethernet({ type: 0x0800 }, ipv4({ src: '192.168.1.10', dst: '192.168.1.20', protocol: 1 }, icmp({ type: 8, id: 1, seq: 1 }, filler(56)))),
  // 5: IPv6 TCP
  v6: ethernet({ type: 0x86dd }, ipv6({ src: 'fe80::1', dst: '2001:db8::20', nextHeader: 6 }, tcp({ srcPort: 443, dstPort: 51000 }))),
  // 6: ARP
  arp: ethernet({ src: '02:00:00:00:00:01', dst: 'ff:ff:ff:ff:ff:ff', type: 0x0806 }, arp({ opcode: 1 })),
};
const names = Object.keys(packets) as Array<keyof typeof packets>;

/** The packets a filter keeps, by name, in order. */
function kept(text: string, from: Record<string, Uint8Array> = packets): string[] {
  const filter = compileFilter(parseFilter(text));
  const facts = new PacketFacts();
  const order = Object.keys(from);
  return order.filter((name) => {
    const frame = from[name];
    decodePacket(ETH, frame, frame.length, facts);
    const context: FilterContext = {
      frame: order.indexOf(name) + 1,
      timeRelative: { s: Math.floor(order.indexOf(name) / 2), n: (order.indexOf(name) % 2) * 5e8 },
      timeDelta: { s: 0, n: 5e8 },
      timeEpoch: { s: 1_700_000_000 + order.indexOf(name), n: 0 },
      tcpStream: name === 'get' || name === 'synAck' ? 0 : name === 'v6' ? 1 : -1,
      udpStream: name === 'dns' ? 0 : -1,
      tcpAnalysis: 0,
      tcpDuplicateAck: 0,
      tcpAckRtt: null,
      tcpWindowSize: -1,
      tcpSeq: -1,
      tcpAck: -1,
      tcpScaleFactor: null,
      tcpTimeRelative: null,
      tcpTimeDelta: null,
      app: null,
    };
    return filter(facts, context);
  });
}

describe('display filter evaluation (Wireshark 4.0 semantics)', () => {
  it.each([
    ['', names],
    ['ip.addr == 192.168.1.20', ['get', 'synAck', 'ping']],
    ['ip.src == 192.168.1.20', ['synAck']],
    ['ip.addr == 192.168.1.0/24', ['get', 'synAck', 'dns', 'ping']],
    ['ip.addr == 10.0.0.0/8', ['dns']],
    // != is all_ne: neither address matches; a packet without IPv4 has no ip.addr to compare
    ['ip.addr != 192.168.1.20', ['dns']],
    // !== is any_ne: one address differs
    ['ip.addr !== 192.168.1.20', ['get', 'synAck', 'dns', 'ping']],
    ['ip.addr ~= 192.168.1.20', ['get', 'synAck', 'dns', 'ping']],
    ['tcp.port == 80', ['get', 'synAck']],
    ['tcp.dstport == 80 && tcp.len > 0', ['get']],
    ['tcp.flags.syn == 1 and tcp.flags.ack == 1', ['synAck']],
    ['tcp.flags.push == 1', ['get']],
    ['tcp.port in {443, 8080..8090}', ['v6']],
    ['frame.number in {1, 4..5}', ['get', 'ping', 'v6']],
    ['frame.time_relative >= 1 && frame.time_relative < 2', ['dns', 'ping']],
    ['eth.addr[0:3] == 02:00:00', ['get', 'synAck', 'arp']],
    ['eth.dst[-1] == 02', ['get']],
    ['ip.src[3] == 0a', ['get', 'dns', 'ping']],
    ['tcp.payload contains "\\x61aa"', ['get']],
    ['frame contains 45:00', ['get', 'synAck', 'dns', 'ping']],
    ['frame matches "^\\x02\\x00"', ['get', 'synAck']],
    ['not tcp or udp and ip', ['dns', 'ping', 'arp']],
    ['!tcp && !udp || arp', ['ping', 'arp']],
    ['tcp.flags.syn', ['get', 'synAck', 'v6']],
    ['udp.port == 53 || icmp', ['dns', 'ping']],
    ['tcp.stream == 1', ['v6']],
    ['ipv6.addr == 2001:db8::/32', ['v6']],
    ['ipv6', ['v6']],
    ['eth.addr == 02:00:00:00:00:02', ['get', 'synAck']],
    ['eth.dst == ff:ff:ff:ff:ff:ff', ['arp']],
    ['arp', ['arp']],
    ['frame.len >= 300', ['get']],
    ['!(tcp || udp)', ['ping', 'arp']],
    ['ip.addr > 192.168.1.15', ['get', 'synAck', 'ping']],
    // A field against another: any pair of values ("==", "<", …), no pair ("!="), every pair ("===").
    ['ip.src < ip.dst', ['get', 'ping']],
    ['tcp.srcport > tcp.dstport', ['get']],
    ['ip.addr != ip.src', []],
    ['ip.addr !== ip.dst', ['get', 'synAck', 'dns', 'ping']],
    ['eth.src[0:2] == eth.dst[0:2]', ['get', 'synAck']],
    ['ip.src[0:3] == ip.dst[0:3]', ['get', 'synAck', 'ping']],
    // Wireshark 4.0's functions of one field.
    ['count(ip.addr) == 2', ['get', 'synAck', 'dns', 'ping']],
    ['len(eth.src) == 6 && len(ipv6.src) == 16', ['v6']],
    ['len(tcp.payload) == 300', ['get']],
    ['string(tcp.dstport) == "80"', ['get']],
    ['string(ip.dst) matches "^10[.]"', ['dns']],
    ['abs(frame.time_relative) >= 2', ['v6', 'arp']],
  ])('%s', (text, expected) => {
    expect(kept(text)).toEqual(expected);
  });
});

describe('header fields with Wireshark 4.0 values', () => {
  const marked = {
    // A voice datagram marked EF (DSCP 46) with ECN capable transport, and the second fragment of a datagram at byte 1480.
    ef: ethernet({ type: 0x0800 }, ipv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 17, tos: 0xb9 }, udp({ srcPort: 5004, dstPort: 5004 }, filler(20)))),
    ping: ethernet({ type: 0x0800 }, ipv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 1 }, icmp({ type: 8, id: 0x1234, seq: 1 }, filler(8)))),
    timestamp: ethernet({ type: 0x0800 }, ipv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 1 }, icmp({ type: 13, id: 7, seq: 1 }, filler(12)))),
    unreachable: ethernet({ type: 0x0800 }, ipv4({ src: '10.0.0.2', dst: '10.0.0.1', protocol: 1 }, icmp({ type: 3, code: 3, seq: 1 }, filler(28)))),
    fragment: ethernet({ type: 0x0800 }, ipv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 17, fragmentOffset: 1480 }, filler(40))),
    v6: ethernet(
      { type: 0x86dd },
      ipv6({ src: 'fe80::1', dst: 'fe80::2', nextHeader: 17, trafficClass: 0xb8, flowLabel: 0x7c97d }, udp({ srcPort: 5004, dstPort: 5004 }, filler(20))),
    ),
  };

  it.each([
    ['ip.dsfield == 0xb9', ['ef']],
    ['ip.dsfield.dscp == 46 && ip.dsfield.ecn == 1', ['ef']],
    // The header's 13-bit value, in units of 8 bytes: tshark prints "1480" but filters on 185.
    ['ip.frag_offset == 185', ['fragment']],
    ['ip.frag_offset == 1480', []],
    // The traffic class shifted down from its place in the first 32 bits.
    ['ipv6.tclass == 0xb8 && ipv6.tclass.dscp == 46 && ipv6.tclass.ecn == 0', ['v6']],
    ['ipv6.flow == 0x7c97d', ['v6']],
    ['ip.dsfield.dscp == 46 || ipv6.tclass.dscp == 46', ['ef', 'v6']],
    // Echo and timestamp messages number themselves; an error quoting a datagram does not.
    ['icmp.seq == 1 && icmp.seq_le == 256', ['ping', 'timestamp']],
    ['icmp.ident_le == 0x3412', ['ping']],
    ['icmp', ['ping', 'timestamp', 'unreachable']],
  ])('%s', (text, expected) => {
    expect(kept(text, marked)).toEqual(expected);
  });
});
