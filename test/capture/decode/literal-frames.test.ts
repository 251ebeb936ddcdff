import { expect, it } from 'vitest';
import { dstAddressText, srcAddressText, TcpFlag } from '../../../electron/capture/decode';
import { hex } from '../../support/frame-builder';
import { chain, decode } from './decode-helper';

// Frames written out byte by byte, decoded by hand in the comments: no builder involved.

it('an Ethernet/IPv4 TCP SYN with MSS, SACK permitted, timestamps and window scale', () => {
  const frame = hex(`
    00 0c 29 aa bb cc  00 50 56 c0 00 08  08 00
    45 00 00 3c  1c 46 40 00  40 06 00 00  c0 a8 00 68  c0 a8 00 01
    d4 31 00 50  a4 4b 6a 3b  00 00 00 00  a0 02 fa f0  00 00 00 00
    02 04 05 b4  04 02 08 0a  00 1a 2b 3c  00 00 00 00  01 03 03 07`);
  const f = decode(1, frame);
  expect(chain(f)).toBe('eth:ethertype:ip:tcp');
  // IP: total length 0x3c = 60, id 0x1c46 = 7238, DF, TTL 64, 192.168.0.104 → 192.168.0.1
  expect([f.ipTotalLength, f.ipId, f.dontFragment, f.ttl, srcAddressText(f), dstAddressText(f)]).toEqual([60, 7238, true, 64, '192.168.0.104', '192.168.0.1']);
  // TCP: 0xd431 = 54321 → 80, seq 0xa44b6a3b = 2756405819, data offset 10 words, SYN, window 0xfaf0 = 64240
  expect([f.srcPort, f.dstPort, f.tcpSeq, f.tcpAck, f.tcpHeaderLength, f.tcpFlags, f.tcpWindow]).toEqual([54321, 80, 2756405819, 0, 40, TcpFlag.SYN, 64240]);
  // Options: MSS 0x05b4 = 1460, SACK permitted, TSval 0x001a2b3c = 1715004, TSecr 0, NOP, WS 7
  expect([f.tcpMss, f.tcpSackPermitted, f.tcpTsVal, f.tcpTsEcr, f.tcpWindowScale]).toEqual([1460, true, 1715004, 0, 7]);
  expect([f.payloadOffset, f.payloadLength, f.truncated, f.malformed]).toEqual([74, 0, false, false]);
});

it('an 802.1Q-tagged IPv6 mDNS datagram behind a hop-by-hop header', () => {
  const frame = hex(`
    33 33 00 00 00 fb  00 11 22 33 44 55  81 00  20 64  86 dd
    60 00 00 00  00 14  00  01
    fe 80 00 00 00 00 00 00 00 00 00 00 00 00 00 01
    ff 02 00 00 00 00 00 00 00 00 00 00 00 00 00 fb
    11 00 05 02 00 00 01 00
    14 e9 14 e9 00 0c 00 00  de ad be ef`);
  const f = decode(1, frame);
  expect(chain(f)).toBe('eth:ethertype:vlan:ethertype:ipv6:ipv6.hopopts:udp');
  // TCI 0x2064: priority 1, VLAN id 0x064 = 100; payload length 0x14 = 20; hop limit 1
  expect([f.vlanOuterId, f.ipTotalLength, f.ttl, f.ipHeaderLength, f.ipProtocol]).toEqual([100, 60, 1, 48, 17]);
  expect([srcAddressText(f), dstAddressText(f)]).toEqual(['fe80::1', 'ff02::fb']);
  // UDP 5353 → 5353, length 12: 4 bytes of payload at 14 + 4 + 40 + 8 + 8 = 74
  expect([f.srcPort, f.dstPort, f.udpLength, f.payloadOffset, f.payloadLength]).toEqual([5353, 5353, 12, 74, 4]);
});
