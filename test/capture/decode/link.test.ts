import { describe, expect, it } from 'vitest';
import { macText, srcAddressText, dstAddressText, Transport } from '../../../electron/capture/decode';
import * as b from '../../support/frame-builder';
import { chain, decode } from './decode-helper';

// One hand-built frame per link layer; the expected values are the fields written by hand.

const udpDatagram = b.ipv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 17 }, b.udp({ srcPort: 5000, dstPort: 53 }, b.filler(12)));
const ipv6Datagram = b.ipv6({ src: 'fe80::1', dst: 'ff02::2', nextHeader: 58 }, b.icmp({ type: 128, id: 7, seq: 9 }));

describe('Ethernet (LINKTYPE 1)', () => {
  it('reads MAC addresses and the ethertype, then IPv4', () => {
    const f = decode(1, b.ethernet({ dst: '00:11:22:33:44:55', src: 'aa:bb:cc:dd:ee:ff', type: 0x0800 }, udpDatagram));
    expect(chain(f)).toBe('eth:ethertype:ip:udp');
    expect(macText(f.data, f.macDstOffset)).toBe('00:11:22:33:44:55');
    expect(macText(f.data, f.macSrcOffset)).toBe('aa:bb:cc:dd:ee:ff');
    expect([f.etherType, f.ipOffset, f.vlanCount]).toEqual([0x0800, 14, 0]);
    expect([srcAddressText(f), dstAddressText(f), f.srcPort, f.dstPort]).toEqual(['10.0.0.1', '10.0.0.2', 5000, 53]);
    expect(f.linkKnown).toBe(true);
  });

  it('notes the id of one 802.1Q tag', () => {
    const frame = b.ethernet({ type: 0x8100 }, b.vlanTag({ id: 100, priority: 5, type: 0x0800 }, udpDatagram));
    const f = decode(1, frame);
    expect(chain(f)).toBe('eth:ethertype:vlan:ethertype:ip:udp');
    expect([f.vlanCount, f.vlanOuterId, f.vlanInnerId, f.ipOffset]).toEqual([1, 100, 100, 18]);
  });

  it('walks 802.1ad + 802.1Q (QinQ) tags, outer and inner id', () => {
    const frame = b.ethernet({ type: 0x88a8 }, b.vlanTag({ id: 10, type: 0x8100 }, b.vlanTag({ id: 4094, type: 0x86dd }, ipv6Datagram)));
    const f = decode(1, frame);
    expect(chain(f)).toBe('eth:ethertype:ieee8021ad:ethertype:vlan:ethertype:ipv6:icmpv6');
    expect([f.vlanCount, f.vlanOuterId, f.vlanInnerId, f.ipOffset, f.etherType]).toEqual([2, 10, 4094, 22, 0x86dd]);
  });

  it('treats the old QinQ ethertype 0x9100 as a VLAN tag', () => {
    const frame = b.ethernet({ type: 0x9100 }, b.vlanTag({ id: 7, type: 0x8100 }, b.vlanTag({ id: 8, type: 0x0800 }, udpDatagram)));
    const f = decode(1, frame);
    expect(chain(f)).toBe('eth:ethertype:vlan:ethertype:vlan:ethertype:ip:udp');
    expect([f.vlanOuterId, f.vlanInnerId]).toEqual([7, 8]);
  });

  it('decodes an 802.3 frame with LLC (STP) and stops at LLC', () => {
    const stp = b.llc({ dsap: 0x42, ssap: 0x42, control: 0x03 }, b.filler(35, 0));
    const f = decode(1, b.ethernet({ dst: '01:80:c2:00:00:00', type: stp.length }, stp));
    expect(chain(f)).toBe('eth:llc');
    expect([f.ipVersion, f.transport]).toEqual([0, Transport.none]);
  });

  it('follows 802.3 LLC/SNAP with an Ethernet OUI into IPv4, without the ethertype pseudo-layer', () => {
    const snap = b.llcSnap({ type: 0x0800 }, udpDatagram);
    const f = decode(1, b.ethernet({ type: snap.length }, snap));
    expect(chain(f)).toBe('eth:llc:ip:udp');
    expect(f.ipOffset).toBe(22);
  });

  it('recognises ARP and its opcode', () => {
    const f = decode(1, b.ethernet({ type: 0x0806 }, b.arp({ opcode: 2 })));
    expect(chain(f)).toBe('eth:ethertype:arp');
    expect(f.arpOpcode).toBe(2);
    expect(f.ipVersion).toBe(0);
  });

  it('names nothing past an ethertype it does not know', () => {
    const f = decode(1, b.ethernet({ type: 0x88cc }, b.filler(30)));
    expect(chain(f)).toBe('eth:ethertype');
    expect(f.etherType).toBe(0x88cc);
  });
});

describe('Linux cooked capture', () => {
  it('v1 (LINKTYPE 113): 16-byte header, protocol is the ethertype', () => {
    const f = decode(113, b.sll({ packetType: 4, address: '52:54:00:12:34:56', protocol: 0x0800 }, udpDatagram));
    expect(chain(f)).toBe('sll:ethertype:ip:udp');
    expect(macText(f.data, f.macSrcOffset)).toBe('52:54:00:12:34:56');
    expect(f.ipOffset).toBe(16);
  });

  it('v2 (LINKTYPE 276): 20-byte header, reported as sll by Wireshark', () => {
    const f = decode(276, b.sll2({ protocol: 0x86dd, address: '02:00:00:00:00:01' }, ipv6Datagram));
    expect(chain(f)).toBe('sll:ethertype:ipv6:icmpv6');
    expect(macText(f.data, f.macSrcOffset)).toBe('02:00:00:00:00:01');
    expect(f.ipOffset).toBe(20);
  });

  it('v1 with protocol 0x0004 carries LLC', () => {
    const f = decode(113, b.sll({ protocol: 4 }, b.llcSnap({ type: 0x0800 }, udpDatagram)));
    expect(chain(f)).toBe('sll:llc:ip:udp');
  });
});

describe('raw IP and BSD loopback', () => {
  it.each([101, 12, 14])('LINKTYPE %i picks IPv4 or IPv6 by the version nibble', (linkType) => {
    expect(chain(decode(linkType, udpDatagram))).toBe('raw:ip:udp');
    expect(chain(decode(linkType, ipv6Datagram))).toBe('raw:ipv6:icmpv6');
  });

  it('LINKTYPE 228 is IPv4 and 229 IPv6', () => {
    const v4 = decode(228, udpDatagram);
    expect([chain(v4), v4.ipOffset, v4.ipVersion]).toEqual(['raw:ip:udp', 0, 4]);
    const v6 = decode(229, ipv6Datagram);
    expect([chain(v6), v6.ipOffset, v6.ipVersion]).toEqual(['raw:ipv6:icmpv6', 0, 6]);
  });

  it('NULL (LINKTYPE 0): address family in either byte order', () => {
    expect(chain(decode(0, b.nullHeader({ family: 2 }, udpDatagram)))).toBe('null:ip:udp');
    expect(chain(decode(0, b.nullHeader({ family: 2, bigEndian: true }, udpDatagram)))).toBe('null:ip:udp');
    for (const family of [24, 28, 30]) {
      expect(chain(decode(0, b.nullHeader({ family }, ipv6Datagram)))).toBe('null:ipv6:icmpv6');
      expect(chain(decode(0, b.nullHeader({ family, bigEndian: true }, ipv6Datagram)))).toBe('null:ipv6:icmpv6');
    }
    expect(decode(0, b.nullHeader({ family: 2 }, udpDatagram)).ipOffset).toBe(4);
  });

  it('LOOP (LINKTYPE 108): family in network byte order', () => {
    expect(chain(decode(108, b.nullHeader({ family: 2, bigEndian: true }, udpDatagram)))).toBe('null:ip:udp');
    expect(chain(decode(108, b.nullHeader({ family: 30, bigEndian: true }, ipv6Datagram)))).toBe('null:ipv6:icmpv6');
  });

  it('an unknown family stops after null', () => {
    expect(chain(decode(0, b.nullHeader({ family: 7 }, udpDatagram)))).toBe('null');
  });
});

describe('IEEE 802.11', () => {
  const body = b.llcSnap({ type: 0x0800 }, udpDatagram);

  it('LINKTYPE 105: an unprotected data frame (to DS) is followed through LLC/SNAP into IP', () => {
    const frame = b.wlan80211({ type: 2, subtype: 0, toDs: true, addr1: '0a:00:00:00:00:01', addr2: '0a:00:00:00:00:02', addr3: '0a:00:00:00:00:03' }, body);
    const f = decode(105, frame);
    expect(chain(f)).toBe('wlan:llc:ip:udp');
    expect([f.wlanType, f.wlanSubtype, f.wlanProtected, f.ipOffset]).toEqual([2, 0, false, 32]);
    // To DS: SA is address 2, DA is address 3.
    expect(macText(f.data, f.macSrcOffset)).toBe('0a:00:00:00:00:02');
    expect(macText(f.data, f.macDstOffset)).toBe('0a:00:00:00:00:03');
  });

  it('a QoS data frame with four addresses and an HT control field', () => {
    const frame = b.wlan80211({ type: 2, subtype: 8, toDs: true, fromDs: true, order: true, addr4: '0a:00:00:00:00:04' }, body);
    const f = decode(105, frame);
    expect(chain(f)).toBe('wlan:llc:ip:udp');
    expect(f.ipOffset).toBe(24 + 6 + 2 + 4 + 8);
    expect(macText(f.data, f.macSrcOffset)).toBe('0a:00:00:00:00:04');
  });

  it('a protected data frame, a null-function frame, a beacon and an A-MSDU stop at wlan', () => {
    expect(chain(decode(105, b.wlan80211({ type: 2, subtype: 8, protectedFrame: true }, b.filler(60))))).toBe('wlan');
    expect(decode(105, b.wlan80211({ type: 2, subtype: 8, protectedFrame: true }, b.filler(60))).wlanProtected).toBe(true);
    expect(chain(decode(105, b.wlan80211({ type: 2, subtype: 4 }, new Uint8Array(0))))).toBe('wlan');
    const beacon = decode(105, b.wlan80211({ type: 0, subtype: 8 }, b.filler(40)));
    expect([chain(beacon), beacon.wlanType, beacon.wlanSubtype]).toEqual(['wlan', 0, 8]);
    expect(chain(decode(105, b.wlan80211({ type: 2, subtype: 8, qosControl: 0x80 }, body)))).toBe('wlan');
  });

  it('LINKTYPE 127: radiotap, with and without TSFT before Flags, FCS at the end', () => {
    const frame = b.wlan80211({ type: 2, subtype: 0, fromDs: true }, body);
    const plain = decode(127, b.radiotap({}, frame));
    expect(chain(plain)).toBe('radiotap:wlan_radio:wlan:llc:ip:udp');
    expect(plain.ipOffset).toBe(9 + 24 + 8);
    const withFcs = b.concat(b.radiotap({ tsft: true, flags: 0x10 }, frame), Uint8Array.of(1, 2, 3, 4));
    const f = decode(127, withFcs);
    expect(chain(f)).toBe('radiotap:wlan_radio:wlan:llc:ip:udp');
    expect([f.ipOffset, f.payloadLength, f.malformed]).toEqual([17 + 24 + 8, 12, false]);
  });

  it('a radiotap header whose length is below 8 is malformed', () => {
    const frame = b.radiotap({}, b.filler(30));
    frame[2] = 4;
    const f = decode(127, frame);
    expect([chain(f), f.malformed]).toEqual(['radiotap', true]);
  });
});

it('a link type decode does not know (PPP, 9) is only counted', () => {
  const f = decode(9, b.concat(Uint8Array.of(0xff, 0x03, 0x00, 0x21), udpDatagram));
  expect([f.linkKnown, f.layerCount, f.ipVersion, f.truncated, f.malformed]).toEqual([false, 0, 0, false, false]);
});
