import { describe, expect, it } from 'vitest';
import { decodePacket, PacketFacts } from '../../../../electron/capture/decode';
import { parseSdpMedia, RtpAnalyzer } from '../../../../electron/capture/analyze/rtp';
import type { RtpStreamSelection } from '../../../../core/capture/rtp-streams';
import { addressKey } from '../../../../electron/capture/analyze/rtp/media-registry';
import { concat, ethernet, ipv4, ipv6, udp } from '../../../support/frame-builder';

const ETHERNET = 1;
const text = (s: string) => new TextEncoder().encode(s);

function rtpHeader(o: { pt: number; seq: number; ts: number; ssrc: number; marker?: boolean }): Uint8Array {
  const b = new Uint8Array(12 + 160);
  const v = new DataView(b.buffer);
  b[0] = 0x80;
  b[1] = (o.marker ? 0x80 : 0) | o.pt;
  v.setUint16(2, o.seq);
  v.setUint32(4, o.ts);
  v.setUint32(8, o.ssrc);
  return b;
}

function udpFrame(src: string, sport: number, dst: string, dport: number, payload: Uint8Array): Uint8Array {
  return ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 17 }, udp({ srcPort: sport, dstPort: dport }, payload)));
}

const sip = (sdp: string) => text(`INVITE sip:b@example.org SIP/2.0\r\nContent-Type: application/sdp\r\n\r\n${sdp}`);

/** Feeds frames (with times in ms) to an analyzer the way the pipeline does. */
function run(frames: Array<[number, Uint8Array]>, heuristic = false, streams?: RtpStreamSelection): RtpAnalyzer {
  const rtp = new RtpAnalyzer({ heuristic, streams });
  const f = new PacketFacts();
  frames.forEach(([ms, frame], i) => {
    decodePacket(ETHERNET, frame, frame.length, f);
    rtp.observe(f, i + 1);
    rtp.add(f, ms * 1e6, i + 1);
  });
  return rtp;
}

describe('SDP media lines', () => {
  it('takes the session c= unless the media section has its own, and skips port 0, "$" and unknown transports', () => {
    const media = parseSdpMedia(
      'v=0\r\nc=IN IP4 10.0.0.2\r\nm=audio 4000 RTP/AVP 0 96\r\na=rtpmap:96 opus/48000/2\r\n' +
        'm=video 0 RTP/AVP 31\r\nm=image 4002 udptl t38\r\nc=IN IP4 10.0.0.9\r\nm=application 9 TCP/MSRP *\r\n' +
        // A Megaco descriptor: a second SDP session whose address is still to be chosen.
        'v=0\r\nc=IN IP4 $\r\nm=audio $ RTP/AVP 8\r\nv=0\nc=IN IP6 2001:db8::7\nm=audio 6000 RTP/SAVP 8\n',
    );
    expect(media.map((m) => [m.address, m.port, m.transport, [...m.rtpmap.entries()]])).toEqual([
      ['10.0.0.2', 4000, 'rtp', [[96, { name: 'opus', rate: 48000 }]]],
      ['10.0.0.9', 4002, 'udptl', []],
      ['2001:db8::7', 6000, 'rtp', []],
    ]);
  });

  it('turns SDP addresses into the keys decode gives the same addresses', () => {
    const f = new PacketFacts();
    const v4 = udpFrame('192.168.1.36', 1, '10.23.1.52', 2, new Uint8Array(4));
    decodePacket(ETHERNET, v4, v4.length, f);
    expect([addressKey('192.168.1.36', 4), addressKey('10.23.1.52', 4)]).toEqual([f.srcKey, f.dstKey]);
    const v6 = ethernet({ type: 0x86dd }, ipv6({ src: '2001:db8::7', dst: 'fe80::1:2', nextHeader: 17 }, udp({ srcPort: 1, dstPort: 2 }, new Uint8Array(4))));
    decodePacket(ETHERNET, v6, v6.length, f);
    expect([addressKey('2001:db8::7', 6), addressKey('fe80::1:2', 6)]).toEqual([f.srcKey, f.dstKey]);
    expect([addressKey('10.0.0.256', 4), addressKey('1::2::3', 6)]).toEqual([null, null]);
  });
});

describe('RTP analyzer', () => {
  const invite = udpFrame('10.0.0.1', 5060, '10.0.0.2', 5060, sip('v=0\r\nc=IN IP4 10.0.0.2\r\nm=audio 4000 RTP/AVP 96\r\na=rtpmap:96 opus/48000\r\n'));
  const media = (i: number, from = '10.0.0.1', sport = 5000, to = '10.0.0.2', dport = 4000) =>
    udpFrame(from, sport, to, dport, rtpHeader({ pt: 96, seq: 100 + i, ts: 960 * i, ssrc: 0xabc }));

  it('finds a stream in both directions of an announced endpoint, with the SDP clock rate', () => {
    // 20 ms of opus at 48 kHz is 960 ticks; the third packet is 2 ms late.
    const rtp = run([
      [0, invite],
      [10, media(0)],
      [30, media(1)],
      [52, media(2)],
      [60, udpFrame('10.0.0.2', 4000, '10.0.0.1', 5000, rtpHeader({ pt: 96, seq: 7, ts: 0, ssrc: 0xdef }))],
    ]);
    const [a, b] = rtp.results();
    expect([a.ssrc, a.src, a.dst, a.payloads, a.packets, a.lost]).toEqual(['0x00000ABC', '10.0.0.1:5000', '10.0.0.2:4000', ['opus'], 3, 0]);
    expect(a.maxJitterMs).toBe(2 / 16);
    expect([a.startSeconds, a.endSeconds]).toEqual([0.01, 0.052]);
    expect([b.ssrc, b.src, b.packets]).toEqual(['0x00000DEF', '10.0.0.2:4000', 1]);
  });

  it('reads SDP from SIP on any UDP port, not only 5060', () => {
    const answer = udpFrame(
      '10.0.0.2',
      5080,
      '10.0.0.1',
      5080,
      text('SIP/2.0 200 OK\r\nContent-Type: application/sdp\r\n\r\nv=0\r\nc=IN IP4 10.0.0.2\r\nm=audio 4000 RTP/AVP 96\r\n'),
    );
    expect(
      run([
        [0, answer],
        [10, media(0)],
      ])
        .results()
        .map((s) => s.packets),
    ).toEqual([1]);
  });

  it('ignores media before its announcement and UDP nobody announced, unless the heuristic is on', () => {
    expect(
      run([
        [0, media(0)],
        [5, invite],
        [10, media(1)],
      ]).results()[0].packets,
    ).toBe(1);
    const stray = [
      [0, media(0, '10.9.9.9', 7000, '10.9.9.8', 7002)],
      [20, media(1, '10.9.9.9', 7000, '10.9.9.8', 7002)],
    ] as Array<[number, Uint8Array]>;
    expect(run(stray, false, 'announced').results()).toEqual([]);
    const guessing = run(stray, true);
    const found = guessing.results();
    expect([found[0].packets, found[0].payloads]).toEqual([2, ['RTPType-96']]);
    // A guess is not an announcement: the UDP conversation of these packets is not renewed.
    const f = new PacketFacts();
    decodePacket(ETHERNET, stray[1][1], stray[1][1].length, f);
    expect(guessing.conversationOf(f)).toBe(0);
  });

  it('stops taking an endpoint as RTP once it is re-announced for T.38, and splits its UDP conversation', () => {
    const t38 = udpFrame('10.0.0.1', 5060, '10.0.0.2', 5060, sip('v=0\r\nc=IN IP4 10.0.0.2\r\nm=image 4000 udptl t38\r\n'));
    const rtp = new RtpAnalyzer();
    const f = new PacketFacts();
    const ids: number[] = [];
    for (const [i, frame] of [invite, media(0), t38, media(1)].entries()) {
      decodePacket(ETHERNET, frame, frame.length, f);
      rtp.observe(f, i + 1);
      rtp.add(f, i * 20e6, i + 1);
      ids.push(rtp.conversationOf(f));
    }
    expect(rtp.results()[0].packets).toBe(1);
    expect(ids[1]).toBeGreaterThan(0);
    expect(ids[3]).toBeGreaterThan(ids[1]);
  });

  it('leaves RTCP multiplexed on the RTP port (packet types 200–204) out of the stream', () => {
    const rtcp = udpFrame('10.0.0.1', 5000, '10.0.0.2', 4000, concat(new Uint8Array([0x80, 200, 0, 6]), new Uint8Array(24)));
    expect(
      run([
        [0, invite],
        [10, media(0)],
        [20, rtcp],
      ]).results()[0].packets,
    ).toBe(1);
  });
});

describe('RTP found by pattern', () => {
  const invite = udpFrame('10.0.0.1', 5060, '10.0.0.2', 5060, sip('v=0\r\nc=IN IP4 10.0.0.2\r\nm=audio 4000 RTP/AVP 8\r\n'));
  const g711 = (seq: number, ts: number, ssrc = 0x1234, pt = 8) => udpFrame('10.9.9.9', 7000, '10.9.9.8', 7002, rtpHeader({ pt, seq, ts, ssrc }));
  const call = (n: number, from = 0) => Array.from({ length: n }, (_, i) => [20 * i, g711(from + i, 160 * (from + i))] as [number, Uint8Array]);

  it('takes a flow once four packets in a row look like one RTP stream, and counts those four too', () => {
    expect(run(call(3)).results()).toEqual([]);
    const [s] = run(call(5, 65534)).results();
    expect([s.origin, s.packets, s.lost, s.payloads, s.startSeconds, s.maxJitterMs]).toEqual(['pattern', 5, 0, ['g711A'], 0, 0]);
  });

  it('allows two lost packets between two, but not a change of SSRC or payload type or a timestamp leap', () => {
    const gap = run([
      [0, g711(1, 160)],
      [20, g711(2, 320)],
      [80, g711(5, 800)],
      [100, g711(6, 960)],
    ]).results();
    expect(gap.map((s) => [s.packets, s.lost])).toEqual([[4, 2]]);
    const broken = (frame: Uint8Array) =>
      run([
        [0, g711(1, 160)],
        [20, g711(2, 320)],
        [40, frame],
        [60, g711(4, 640)],
      ]).results();
    expect(broken(g711(3, 480, 0x9999))).toEqual([]);
    expect(broken(g711(3, 480, 0x1234, 0))).toEqual([]);
    expect(broken(g711(3, 480 + 200000))).toEqual([]);
    expect(broken(g711(7, 1120))).toEqual([]);
  });

  it('looks only when nothing is announced, unless asked to look always', () => {
    const frames: Array<[number, Uint8Array]> = [[0, invite], ...call(4).map(([ms, f]) => [ms + 1, f] as [number, Uint8Array])];
    expect(run(frames).results()).toEqual([]);
    expect(
      run(frames, false, 'all')
        .results()
        .map((s) => [s.origin, s.packets]),
    ).toEqual([['pattern', 4]]);
  });

  it('still finds a stream among a flood of one-packet flows that look like RTP', () => {
    const flow = (i: number) => udpFrame('10.1.0.1', 1024 + (i % 60000), '10.1.0.2', 53, rtpHeader({ pt: 0, seq: 1, ts: 0, ssrc: i }));
    const flood = Array.from({ length: 10000 }, (_, i) => [0, flow(i)] as [number, Uint8Array]);
    expect(
      run([...flood, ...call(4)])
        .results()
        .map((s) => [s.ssrc, s.packets]),
    ).toEqual([['0x00001234', 4]]);
    // Three other flows between two packets of the stream.
    const mixed = call(6).flatMap(([ms, f], k) => [[ms, f], ...[0, 1, 2].map((j) => [ms, flow(3 * k + j)])] as Array<[number, Uint8Array]>);
    expect(
      run(mixed)
        .results()
        .map((s) => [s.ssrc, s.packets]),
    ).toEqual([['0x00001234', 6]]);
  });
});
