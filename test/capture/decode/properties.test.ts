import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePacket, PacketFacts, protocolNames, srcAddressText, dstAddressText, Transport } from '../../../electron/capture/decode';
import * as b from '../../support/frame-builder';

// Random valid headers built by the frame builder decode to the fields they were built from;
// random bytes and random truncations never throw and never read outside the frame.

const LINK_TYPES = [0, 1, 12, 14, 101, 105, 108, 113, 127, 228, 229, 276, 9];

/** A view that throws on any read outside [0, length): the decoder must check bounds first. */
function guarded(bytes: Uint8Array): Uint8Array {
  return new Proxy(bytes, {
    get(target, key) {
      if (typeof key === 'string' && /^\d+$/.test(key) && Number(key) >= target.length) throw new Error(`read at ${key} past ${target.length}`);
      if (typeof key === 'string' && /^-\d+$/.test(key)) throw new Error(`read at ${key}`);
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function expectOffsetsInside(f: PacketFacts, length: number): void {
  for (const offset of [f.ipOffset, f.srcAddrOffset, f.dstAddrOffset, f.transportOffset, f.macSrcOffset, f.macDstOffset])
    expect(offset).toBeLessThanOrEqual(length);
  // The payload may start past a snapped frame's end; only what was captured must lie inside.
  if (f.payloadCaptured > 0) expect(f.payloadOffset + f.payloadCaptured).toBeLessThanOrEqual(length);
  expect(f.payloadCaptured).toBeLessThanOrEqual(f.payloadLength);
}

const ipv4Text = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));
const ipv6Text = fc.array(fc.nat(0xffff), { minLength: 8, maxLength: 8 }).map((words) => words.map((w) => w.toString(16)).join(':'));
const port = fc.nat(0xffff);
const u32 = fc.nat(0xffffffff);

const tcpOptions = fc
  .record({
    mss: fc.option(fc.nat(0xffff), { nil: undefined }),
    ws: fc.option(fc.nat(14), { nil: undefined }),
    sackPermitted: fc.boolean(),
    sack: fc.array(fc.tuple(u32, u32), { maxLength: 3 }),
    ts: fc.option(fc.tuple(u32, u32), { nil: undefined }),
  })
  // The data offset's 4 bits leave room for 40 bytes of options.
  .filter((o) => optionBytes(o) <= 40);

const tcpSegment = fc.record({
  srcPort: port,
  dstPort: port,
  seq: u32,
  ack: u32,
  flags: fc.nat(0x1ff),
  window: fc.nat(0xffff),
  options: tcpOptions,
  payload: fc.nat(200),
});

type Wrap = { link: number; wrap: (ipVersion: 4 | 6, datagram: Uint8Array) => Uint8Array; ipOffset: number };
const links: Wrap[] = [
  { link: 1, ipOffset: 14, wrap: (v, d) => b.ethernet({ type: v === 4 ? 0x0800 : 0x86dd }, d) },
  { link: 1, ipOffset: 18, wrap: (v, d) => b.ethernet({ type: 0x8100 }, b.vlanTag({ id: 42, type: v === 4 ? 0x0800 : 0x86dd }, d)) },
  { link: 113, ipOffset: 16, wrap: (v, d) => b.sll({ protocol: v === 4 ? 0x0800 : 0x86dd }, d) },
  { link: 276, ipOffset: 20, wrap: (v, d) => b.sll2({ protocol: v === 4 ? 0x0800 : 0x86dd }, d) },
  { link: 101, ipOffset: 0, wrap: (_v, d) => d },
  { link: 0, ipOffset: 4, wrap: (v, d) => b.nullHeader({ family: v === 4 ? 2 : 30 }, d) },
  {
    link: 127,
    ipOffset: 9 + 24 + 8,
    wrap: (v, d) => b.radiotap({}, b.wlan80211({ type: 2, subtype: 0, fromDs: true }, b.llcSnap({ type: v === 4 ? 0x0800 : 0x86dd }, d))),
  },
];
const link = fc.constantFrom(...links);

type TcpSegment = typeof tcpSegment extends fc.Arbitrary<infer T> ? T : never;

function buildTcp(s: TcpSegment): Uint8Array {
  const options: b.TcpOption[] = [];
  if (s.options.mss !== undefined) options.push({ kind: 'mss', value: s.options.mss });
  if (s.options.ws !== undefined) options.push({ kind: 'ws', shift: s.options.ws });
  if (s.options.sackPermitted) options.push({ kind: 'sackPermitted' });
  if (s.options.sack.length) options.push({ kind: 'sack', blocks: s.options.sack });
  if (s.options.ts) options.push({ kind: 'timestamps', value: s.options.ts[0], echo: s.options.ts[1] });
  return b.tcp({ ...s, options }, b.filler(s.payload));
}

function optionBytes(o: { mss?: number; ws?: number; sackPermitted: boolean; sack: unknown[]; ts?: unknown }): number {
  return (
    (o.mss === undefined ? 0 : 4) + (o.ws === undefined ? 0 : 3) + (o.sackPermitted ? 2 : 0) + (o.sack.length ? 2 + 8 * o.sack.length : 0) + (o.ts ? 10 : 0)
  );
}

describe('valid headers decode to the fields they were built from', () => {
  it('TCP over IPv4 on every link layer', () => {
    fc.assert(
      fc.property(link, ipv4Text, ipv4Text, fc.nat(255), tcpSegment, (l, src, dst, ttl, s) => {
        const segment = buildTcp(s);
        const frame = l.wrap(4, b.ipv4({ src, dst, protocol: 6, ttl }, segment));
        const f = new PacketFacts();
        decodePacket(l.link, guarded(frame), frame.length, f);
        expect([f.malformed, f.truncated, f.ipOffset, f.ttl, srcAddressText(f), dstAddressText(f)]).toEqual([false, false, l.ipOffset, ttl, src, dst]);
        expect([f.transport, f.srcPort, f.dstPort, f.tcpSeq, f.tcpAck, f.tcpFlags, f.tcpWindow]).toEqual([
          Transport.tcp,
          s.srcPort,
          s.dstPort,
          s.seq,
          s.ack,
          s.flags,
          s.window,
        ]);
        expect([f.tcpMss, f.tcpWindowScale, f.tcpSackPermitted]).toEqual([s.options.mss ?? -1, s.options.ws ?? -1, s.options.sackPermitted]);
        expect(Array.from(f.tcpSack.subarray(0, f.tcpSackCount * 2))).toEqual(s.options.sack.flat());
        expect([f.tcpHasTimestamp, f.tcpTsVal, f.tcpTsEcr]).toEqual(s.options.ts ? [true, ...s.options.ts] : [false, 0, 0]);
        expect([f.tcpHeaderLength, f.payloadLength, f.payloadCaptured]).toEqual([segment.length - s.payload, s.payload, s.payload]);
        expect(protocolNames(f).slice(-2)).toEqual(['ip', 'tcp']);
      }),
    );
  });

  it('UDP and ICMPv6 over IPv6 on every link layer', () => {
    fc.assert(
      fc.property(link, ipv6Text, ipv6Text, port, port, fc.nat(300), fc.boolean(), fc.nat(0xffff), (l, src, dst, sp, dp, length, isUdp, id) => {
        const upper = isUdp ? b.udp({ srcPort: sp, dstPort: dp }, b.filler(length)) : b.icmp({ type: 128, id, seq: sp }, b.filler(length));
        const frame = l.wrap(6, b.ipv6({ src, dst, nextHeader: isUdp ? 17 : 58 }, upper));
        const f = new PacketFacts();
        decodePacket(l.link, guarded(frame), frame.length, f);
        expect([f.malformed, f.truncated, f.ipVersion, f.ipOffset, f.ipTotalLength]).toEqual([false, false, 6, l.ipOffset, 40 + upper.length]);
        expect(b.ipv6Address(srcAddressText(f))).toEqual(b.ipv6Address(src));
        expect(b.ipv6Address(dstAddressText(f))).toEqual(b.ipv6Address(dst));
        if (isUdp) expect([f.transport, f.srcPort, f.dstPort, f.udpLength, f.payloadLength]).toEqual([Transport.udp, sp, dp, 8 + length, length]);
        else expect([f.transport, f.icmpType, f.icmpEchoId, f.icmpEchoSeq, f.payloadLength]).toEqual([Transport.icmpv6, 128, id, sp, length]);
      }),
    );
  });
});

describe('never throws, never reads outside the frame', () => {
  it('random bytes on every link type, with any original length', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LINK_TYPES), fc.uint8Array({ maxLength: 200 }), fc.nat(300), (linkType, bytes, extra) => {
        const f = new PacketFacts();
        decodePacket(linkType, guarded(bytes), bytes.length + extra, f);
        expectOffsetsInside(f, bytes.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('random bytes behind valid link and IP headers', () => {
    fc.assert(
      fc.property(
        link,
        fc.constantFrom(4, 6) as fc.Arbitrary<4 | 6>,
        fc.constantFrom(6, 17, 1, 58, 0, 44, 51),
        fc.uint8Array({ maxLength: 80 }),
        (l, version, protocol, junk) => {
          const datagram =
            version === 4 ? b.ipv4({ src: '1.2.3.4', dst: '5.6.7.8', protocol }, junk) : b.ipv6({ src: '::1', dst: '::2', nextHeader: protocol }, junk);
          const frame = l.wrap(version, datagram);
          const f = new PacketFacts();
          decodePacket(l.link, guarded(frame), frame.length, f);
          expectOffsetsInside(f, frame.length);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('every truncation of a valid frame: flagged as truncated, never malformed, fields agree with the whole frame', () => {
    fc.assert(
      fc.property(link, ipv4Text, ipv4Text, tcpSegment, fc.double({ min: 0, max: 1, noNaN: true }), (l, src, dst, s, cutAt) => {
        const frame = l.wrap(4, b.ipv4({ src, dst, protocol: 6 }, buildTcp(s)));
        const whole = new PacketFacts();
        decodePacket(l.link, frame, frame.length, whole);
        const cut = Math.floor(cutAt * frame.length);
        const f = new PacketFacts();
        decodePacket(l.link, guarded(frame.subarray(0, cut)), frame.length, f);
        expectOffsetsInside(f, cut);
        expect(f.malformed).toBe(false);
        const names = protocolNames(f);
        expect(protocolNames(whole).slice(0, names.length)).toEqual(names);
        if (f.srcPort >= 0) expect([f.srcPort, f.dstPort]).toEqual([s.srcPort, s.dstPort]);
        if (f.srcAddrOffset >= 0) expect(srcAddressText(f)).toBe(src);
        if (f.tcpHeaderLength > 0) expect([f.tcpSeq, f.payloadLength]).toEqual([s.seq, s.payload]);
        // Options are padded after an End of Option List byte; nothing past that byte is needed.
        const padding = whole.tcpHeaderLength - 20 - optionBytes(s.options);
        const neededEnd = whole.payloadOffset - padding + (padding > 0 ? 1 : 0);
        expect(f.truncated).toBe(cut < neededEnd);
      }),
      { numRuns: 2000 },
    );
  });
});
