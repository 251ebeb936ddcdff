import { describe, expect, it } from 'vitest';
import { dstAddressText, Layer, srcAddressText, Transport } from '../../../electron/capture/decode';
import * as b from '../../support/frame-builder';
import { chain, decode } from './decode-helper';

const eth4 = (datagram: Uint8Array) => b.ethernet({ type: 0x0800 }, datagram);
const eth6 = (datagram: Uint8Array) => b.ethernet({ type: 0x86dd }, datagram);
const segment = b.tcp({ srcPort: 40000, dstPort: 443, seq: 1000, ack: 2000, flags: 0x18 }, b.filler(100));

describe('IPv4', () => {
  it('reads the header fields and the 32-bit address keys', () => {
    const f = decode(1, eth4(b.ipv4({ src: '192.168.1.10', dst: '8.8.4.4', protocol: 6, ttl: 57, id: 0xbeef, dontFragment: true }, segment)));
    expect([f.ipVersion, f.ipOffset, f.ipHeaderLength, f.ipTotalLength, f.ipProtocol, f.ttl, f.ipId]).toEqual([4, 14, 20, 140, 6, 57, 0xbeef]);
    expect([f.dontFragment, f.moreFragments, f.isFragment, f.fragmentOffset]).toEqual([true, false, false, 0]);
    expect([srcAddressText(f), dstAddressText(f)]).toEqual(['192.168.1.10', '8.8.4.4']);
    // 192.168.1.10 = 0xC0A8010A, 8.8.4.4 = 0x08080404
    expect([f.srcKey, f.dstKey]).toEqual([0xc0a8010a, 0x08080404]);
    expect([f.transport, f.transportOffset]).toEqual([Transport.tcp, 34]);
  });

  it('skips options (IHL 6)', () => {
    const f = decode(1, eth4(b.ipv4({ src: '1.1.1.1', dst: '2.2.2.2', protocol: 6, options: Uint8Array.of(0x94, 0x04, 0, 0) }, segment)));
    expect([f.ipHeaderLength, f.transportOffset, f.srcPort]).toEqual([24, 38, 40000]);
  });

  it('uses the total length, not the Ethernet padding, for the payload', () => {
    const frame = b.concat(eth4(b.ipv4({ src: '1.1.1.1', dst: '2.2.2.2', protocol: 6 }, b.tcp({ srcPort: 1, dstPort: 2 }))), b.filler(6, 0));
    const f = decode(1, frame);
    expect([f.ipTotalLength, f.payloadLength, f.payloadCaptured]).toEqual([40, 0, 0]);
  });

  it('a first fragment carries the transport header; a later one does not', () => {
    const first = decode(
      1,
      eth4(
        b.ipv4(
          { src: '1.1.1.1', dst: '2.2.2.2', protocol: 17, id: 77, moreFragments: true },
          b.udp({ srcPort: 9, dstPort: 2049, length: 3000 }, b.filler(1472)),
        ),
      ),
    );
    expect([first.isFragment, first.moreFragments, first.fragmentOffset, first.transport, first.dstPort, first.udpLength]).toEqual([
      true,
      true,
      0,
      Transport.udp,
      2049,
      3000,
    ]);
    expect([first.payloadLength, first.malformed]).toEqual([1472, false]);
    const later = decode(1, eth4(b.ipv4({ src: '1.1.1.1', dst: '2.2.2.2', protocol: 17, id: 77, fragmentOffset: 1480 }, b.filler(1520))));
    expect([later.isFragment, later.moreFragments, later.fragmentOffset, later.ipProtocol, later.transport, later.srcPort]).toEqual([
      true,
      false,
      1480,
      17,
      Transport.none,
      -1,
    ]);
    expect(chain(later)).toBe('eth:ethertype:ip');
  });

  it('IHL below 5 is malformed and stops at ip', () => {
    const f = decode(1, eth4(b.ipv4({ src: '1.1.1.1', dst: '2.2.2.2', protocol: 6, ihl: 4 }, segment)));
    expect([chain(f), f.malformed, f.malformedLayer, f.transport]).toEqual(['eth:ethertype:ip', true, Layer.ip, Transport.none]);
  });

  it('a total length below the header length is malformed', () => {
    const f = decode(1, eth4(b.ipv4({ src: '1.1.1.1', dst: '2.2.2.2', protocol: 6, totalLength: 12 }, segment)));
    expect([f.malformed, f.transport]).toEqual([true, Transport.none]);
  });

  it('a total length past the frame is malformed; the payload is bounded by the frame', () => {
    const f = decode(1, eth4(b.ipv4({ src: '1.1.1.1', dst: '2.2.2.2', protocol: 6, totalLength: 1500 }, segment)));
    expect([f.malformed, f.malformedLayer, f.tcpSeq, f.payloadLength]).toEqual([true, Layer.ip, 1000, 100]);
  });

  it('a version other than 4 under ethertype 0x0800 is malformed', () => {
    const f = decode(1, eth4(b.ipv4({ src: '1.1.1.1', dst: '2.2.2.2', protocol: 6, version: 5 }, segment)));
    expect([f.malformed, f.ipVersion]).toEqual([true, 0]);
  });

  it('GRE is named, not entered; other IP protocols are "other"', () => {
    const gre = decode(1, eth4(b.ipv4({ src: '1.1.1.1', dst: '2.2.2.2', protocol: 47 }, b.filler(24))));
    expect([chain(gre), gre.transport, gre.ipProtocol]).toEqual(['eth:ethertype:ip:gre', Transport.other, 47]);
    const ospf = decode(1, eth4(b.ipv4({ src: '1.1.1.1', dst: '2.2.2.2', protocol: 89 }, b.filler(24))));
    expect([chain(ospf), ospf.transport, ospf.transportOffset]).toEqual(['eth:ethertype:ip', Transport.other, 34]);
  });
});

describe('IPv6', () => {
  const src = '2001:db8::1';
  const dst = '2001:db8:0:1::ff';

  it('reads the fixed header and addresses', () => {
    const f = decode(1, eth6(b.ipv6({ src, dst, nextHeader: 6, hopLimit: 33 }, segment)));
    expect([f.ipVersion, f.ipOffset, f.ipHeaderLength, f.ipTotalLength, f.ipProtocol, f.ttl]).toEqual([6, 14, 40, 160, 6, 33]);
    expect([srcAddressText(f), dstAddressText(f)]).toEqual([src, dst]);
    expect(f.srcKey).toBeGreaterThanOrEqual(2 ** 52);
    expect(f.srcKey).toBeLessThan(2 ** 53);
    expect(f.srcKey).not.toBe(f.dstKey);
    expect([chain(f), f.transportOffset, f.payloadLength]).toEqual(['eth:ethertype:ipv6:tcp', 54, 100]);
  });

  it('walks hop-by-hop, routing, destination options and AH to the upper layer', () => {
    const datagram = b.ipv6(
      { src, dst, nextHeader: 0 },
      b.ipv6Options(
        { nextHeader: 43, units: 0 },
        b.ipv6Options(
          { nextHeader: 60, units: 1 },
          b.ipv6Options({ nextHeader: 51, units: 0 }, b.ipv6Ah({ nextHeader: 17, icvWords: 3 }, b.udp({ srcPort: 546, dstPort: 547 }, b.filler(10)))),
        ),
      ),
    );
    const f = decode(1, eth6(datagram));
    expect(chain(f)).toBe('eth:ethertype:ipv6:ipv6.hopopts:ipv6.routing:ipv6.dstopts:ah:udp');
    // 40 + 8 + 16 + 8 + 24 (AH: 3 fixed words + 3 ICV words)
    expect([f.ipHeaderLength, f.ipProtocol, f.transportOffset, f.dstPort, f.payloadLength]).toEqual([96, 17, 14 + 96, 547, 10]);
  });

  it('a fragment header: the first fragment carries the transport header, later ones do not', () => {
    const first = decode(
      1,
      eth6(
        b.ipv6(
          { src, dst, nextHeader: 44 },
          b.ipv6Fragment({ nextHeader: 17, offset: 0, more: true, id: 0xdeadbeef }, b.udp({ srcPort: 1, dstPort: 2, length: 4000 }, b.filler(1000))),
        ),
      ),
    );
    expect(chain(first)).toBe('eth:ethertype:ipv6:ipv6.fraghdr:udp');
    expect([first.isFragment, first.moreFragments, first.fragmentOffset, first.ipId, first.transport, first.malformed]).toEqual([
      true,
      true,
      0,
      0xdeadbeef,
      Transport.udp,
      false,
    ]);
    const later = decode(1, eth6(b.ipv6({ src, dst, nextHeader: 44 }, b.ipv6Fragment({ nextHeader: 17, offset: 1008, more: false, id: 5 }, b.filler(500)))));
    expect([chain(later), later.fragmentOffset, later.moreFragments, later.ipProtocol, later.transport, later.ipHeaderLength]).toEqual([
      'eth:ethertype:ipv6:ipv6.fraghdr',
      1008,
      false,
      17,
      Transport.none,
      48,
    ]);
  });

  it('a payload length longer than the frame is malformed; decoding goes on with what is there', () => {
    const f = decode(1, eth6(b.ipv6({ src, dst, nextHeader: 6, payloadLength: 5000 }, segment)));
    expect([f.malformed, f.malformedLayer, f.tcpSeq, f.payloadLength]).toEqual([true, Layer.ipv6, 1000, 100]);
  });

  it('an extension header running past the payload length is malformed', () => {
    const f = decode(1, eth6(b.ipv6({ src, dst, nextHeader: 0, payloadLength: 8 }, b.ipv6Options({ nextHeader: 6, units: 2 }, segment))));
    expect([f.malformed, f.malformedLayer, f.transport]).toEqual([true, Layer.ipv6HopOpts, Transport.none]);
  });

  it('payload length 0 (jumbogram or offloaded capture) takes the frame length', () => {
    const f = decode(1, eth6(b.ipv6({ src, dst, nextHeader: 6, payloadLength: 0 }, segment)));
    expect([f.malformed, f.payloadLength]).toEqual([false, 100]);
  });
});
