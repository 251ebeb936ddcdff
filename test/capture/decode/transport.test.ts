import { describe, expect, it } from 'vitest';
import { Layer, TcpFlag, Transport } from '../../../electron/capture/decode';
import * as b from '../../support/frame-builder';
import { chain, decode } from './decode-helper';

const v4 = (protocol: number, l4: Uint8Array) => b.ethernet({ type: 0x0800 }, b.ipv4({ src: '10.1.1.1', dst: '10.2.2.2', protocol }, l4));
const v6 = (l4: Uint8Array) => b.ethernet({ type: 0x86dd }, b.ipv6({ src: 'fe80::1', dst: 'fe80::2', nextHeader: 58 }, l4));

describe('TCP', () => {
  it('reads ports, seq, ack, window and every flag', () => {
    const all = 0x1ff;
    const f = decode(1, v4(6, b.tcp({ srcPort: 51000, dstPort: 80, seq: 0xfffffff0, ack: 0x80000001, flags: all, window: 29200 })));
    expect([f.srcPort, f.dstPort, f.tcpSeq, f.tcpAck, f.tcpWindow, f.tcpHeaderLength]).toEqual([51000, 80, 4294967280, 2147483649, 29200, 20]);
    expect(f.tcpFlags).toBe(TcpFlag.FIN | TcpFlag.SYN | TcpFlag.RST | TcpFlag.PSH | TcpFlag.ACK | TcpFlag.URG | TcpFlag.ECE | TcpFlag.CWR | TcpFlag.NS);
    const syn = decode(1, v4(6, b.tcp({ srcPort: 1, dstPort: 2, flags: 0x02 })));
    expect(syn.tcpFlags).toBe(TcpFlag.SYN);
    const synAckEcn = decode(1, v4(6, b.tcp({ srcPort: 1, dstPort: 2, flags: 0x52 })));
    expect(synAckEcn.tcpFlags).toBe(TcpFlag.SYN | TcpFlag.ACK | TcpFlag.ECE);
  });

  it('reads MSS, window scale, SACK permitted and timestamps of a SYN', () => {
    const options: b.TcpOption[] = [
      { kind: 'mss', value: 1460 },
      { kind: 'sackPermitted' },
      { kind: 'timestamps', value: 3000000000, echo: 0 },
      { kind: 'nop' },
      { kind: 'ws', shift: 7 },
    ];
    const f = decode(1, v4(6, b.tcp({ srcPort: 1, dstPort: 2, flags: 0x02, options })));
    // 4 + 2 + 10 + 1 + 3 = 20 option bytes
    expect([f.tcpHeaderLength, f.tcpMss, f.tcpSackPermitted, f.tcpHasTimestamp, f.tcpTsVal, f.tcpTsEcr, f.tcpWindowScale]).toEqual([
      40,
      1460,
      true,
      true,
      3000000000,
      0,
      7,
    ]);
    expect([f.malformed, f.truncated, f.tcpSackCount]).toEqual([false, false, 0]);
  });

  it('reads SACK blocks (up to four)', () => {
    const blocks: [number, number][] = [
      [100, 200],
      [300, 400],
      [4294967000, 4294967295],
    ];
    const f = decode(1, v4(6, b.tcp({ srcPort: 1, dstPort: 2, options: [{ kind: 'nop' }, { kind: 'nop' }, { kind: 'sack', blocks }] })));
    expect(f.tcpSackCount).toBe(3);
    expect(Array.from(f.tcpSack.subarray(0, 6))).toEqual([100, 200, 300, 400, 4294967000, 4294967295]);
  });

  it('takes the payload length from the IP total length when the capture is snapped', () => {
    const frame = v4(6, b.tcp({ srcPort: 1, dstPort: 2 }, b.filler(1448)));
    expect(frame.length).toBe(14 + 20 + 20 + 1448);
    const snapped = frame.subarray(0, 96);
    const f = decode(1, snapped, frame.length);
    expect([f.payloadOffset, f.payloadLength, f.payloadCaptured, f.truncated, f.malformed]).toEqual([54, 1448, 42, false, false]);
  });

  it('flags a header cut by the snapshot length as truncated, keeping the ports', () => {
    const frame = v4(6, b.tcp({ srcPort: 5555, dstPort: 22, options: [{ kind: 'timestamps', value: 1, echo: 2 }] }, b.filler(10)));
    const f = decode(1, frame.subarray(0, 14 + 20 + 8), frame.length);
    expect([chain(f), f.srcPort, f.dstPort, f.truncated, f.truncatedLayer, f.malformed]).toEqual(['eth:ethertype:ip:tcp', 5555, 22, true, Layer.tcp, false]);
    const inOptions = decode(1, frame.subarray(0, 14 + 20 + 26), frame.length);
    expect([inOptions.tcpSeq, inOptions.tcpHasTimestamp, inOptions.truncated, inOptions.payloadLength]).toEqual([1, false, true, 10]);
  });

  it('a data offset below 5 is malformed (Wireshark: bogus TCP header length)', () => {
    const f = decode(1, v4(6, b.tcp({ srcPort: 1, dstPort: 2, dataOffset: 4 }, b.filler(8))));
    expect([f.malformed, f.malformedLayer, f.tcpHeaderLength, f.payloadOffset]).toEqual([true, Layer.tcp, 16, -1]);
  });

  it('a data offset past the segment is malformed', () => {
    const f = decode(1, v4(6, b.tcp({ srcPort: 1, dstPort: 2, dataOffset: 15 })));
    expect([f.malformed, f.tcpHeaderLength]).toEqual([true, 60]);
  });

  it('an option with a wrong length is malformed', () => {
    const f = decode(1, v4(6, b.tcp({ srcPort: 1, dstPort: 2, options: [{ kind: 'raw', bytes: Uint8Array.of(2, 3, 5) }] })));
    expect([f.malformed, f.tcpMss]).toEqual([true, -1]);
    const zero = decode(1, v4(6, b.tcp({ srcPort: 1, dstPort: 2, options: [{ kind: 'raw', bytes: Uint8Array.of(30, 0, 0, 0) }] })));
    expect(zero.malformed).toBe(true);
  });

  it('stops reading options at End of Option List', () => {
    const f = decode(1, v4(6, b.tcp({ srcPort: 1, dstPort: 2, options: [{ kind: 'eol' }, { kind: 'raw', bytes: Uint8Array.of(2, 4, 5, 0xb4) }] })));
    expect([f.tcpMss, f.malformed]).toEqual([-1, false]);
  });
});

describe('UDP', () => {
  it('reads ports, length and the payload', () => {
    const f = decode(1, v4(17, b.udp({ srcPort: 5004, dstPort: 5006 }, b.filler(172))));
    expect([f.transport, f.srcPort, f.dstPort, f.udpLength, f.payloadOffset, f.payloadLength, f.payloadCaptured]).toEqual([
      Transport.udp,
      5004,
      5006,
      180,
      42,
      172,
      172,
    ]);
  });

  it('a length below 8 or past the datagram is malformed', () => {
    expect(decode(1, v4(17, b.udp({ srcPort: 1, dstPort: 2, length: 4 }, b.filler(10)))).malformed).toBe(true);
    const long = decode(1, v4(17, b.udp({ srcPort: 1, dstPort: 2, length: 400 }, b.filler(10))));
    expect([long.malformed, long.malformedLayer, long.payloadLength]).toEqual([true, Layer.udp, 10]);
  });

  it('a length shorter than the IP payload bounds the UDP payload', () => {
    const f = decode(1, v4(17, b.udp({ srcPort: 1, dstPort: 2, length: 12 }, b.filler(10))));
    expect([f.malformed, f.payloadLength]).toEqual([false, 4]);
  });
});

describe('ICMP and ICMPv6', () => {
  it('ICMP echo request and reply: type, code, id, sequence', () => {
    const request = decode(1, v4(1, b.icmp({ type: 8, id: 0x1234, seq: 7 }, b.filler(56))));
    expect([chain(request), request.icmpType, request.icmpCode, request.icmpEchoId, request.icmpEchoSeq, request.payloadLength]).toEqual([
      'eth:ethertype:ip:icmp',
      8,
      0,
      0x1234,
      7,
      56,
    ]);
    const reply = decode(1, v4(1, b.icmp({ type: 0, id: 0x1234, seq: 7 })));
    expect([reply.icmpType, reply.icmpEchoId, reply.icmpEchoSeq]).toEqual([0, 0x1234, 7]);
  });

  it('ICMP destination unreachable has no echo id', () => {
    const f = decode(1, v4(1, b.icmp({ type: 3, code: 3, id: 0, seq: 1500 }, b.filler(28))));
    expect([f.transport, f.icmpType, f.icmpCode, f.icmpEchoId, f.icmpEchoSeq]).toEqual([Transport.icmp, 3, 3, -1, -1]);
  });

  it('ICMPv6 echo request and reply; neighbour solicitation has no echo id', () => {
    const request = decode(1, v6(b.icmp({ type: 128, id: 99, seq: 1 })));
    expect([chain(request), request.transport, request.icmpType, request.icmpEchoId, request.icmpEchoSeq]).toEqual([
      'eth:ethertype:ipv6:icmpv6',
      Transport.icmpv6,
      128,
      99,
      1,
    ]);
    const reply = decode(1, v6(b.icmp({ type: 129, id: 99, seq: 1 })));
    expect([reply.icmpType, reply.icmpEchoId]).toEqual([129, 99]);
    const solicitation = decode(1, v6(b.icmp({ type: 135 }, b.filler(16))));
    expect([solicitation.icmpType, solicitation.icmpEchoId]).toEqual([135, -1]);
  });

  it('an ICMP header cut after 4 bytes keeps type and code', () => {
    const frame = v4(1, b.icmp({ type: 8, id: 1, seq: 2 }, b.filler(56)));
    const f = decode(1, frame.subarray(0, 14 + 20 + 4), frame.length);
    expect([f.icmpType, f.icmpCode, f.icmpEchoId, f.truncated, f.truncatedLayer]).toEqual([8, 0, -1, true, Layer.icmp]);
  });
});
