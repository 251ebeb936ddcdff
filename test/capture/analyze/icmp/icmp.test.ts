import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePacket, PacketFacts } from '../../../../electron/capture/decode';
import { IcmpEchoAnalyzer } from '../../../../electron/capture/analyze/icmp';
import { ethernet, icmp, ipv4, ipv6 } from '../../../support/frame-builder';
import { echoFrames } from './tunnel-frames';

const ping = (src: string, dst: string, type: number, id: number, seq: number) =>
  ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 1 }, icmp({ type, id, seq }, new Uint8Array(56))));
const ping6 = (src: string, dst: string, type: number, id: number, seq: number) =>
  ethernet({ type: 0x86dd }, ipv6({ src, dst, nextHeader: 58 }, icmp({ type, id, seq }, new Uint8Array(56))));

function analyse(frames: Array<[number, Uint8Array]>): IcmpEchoAnalyzer {
  const a = new IcmpEchoAnalyzer();
  const f = new PacketFacts();
  for (const [i, [ms, frame]] of frames.entries()) {
    decodePacket(1, frame, frame.length, f);
    a.add(f, ms * 1e6, i + 1);
  }
  return a;
}

describe('ICMP echo', () => {
  it('pairs as icmp.resp_in does: same data, either direction, the latest request, one reply', () => {
    // tshark -r FILE -T fields -e icmp.resp_to -e icmp.resptime -e icmpv6.resptime on these
    // frames written to a pcap: frame 2 answers 1 (3 ms), 7 answers 6 (20 ms, sent the
    // request's way), 10 answers 9 (7 ms), 12 answers 11 (2 ms); the tunnel's answers (5, 14)
    // and the repeated reply (3) answer nothing. -z icmp,srt: 5 requests, 3 replies, 2 lost;
    // -z icmpv6,srt: 2 requests, 1 reply.
    const a = analyse(echoFrames());
    const v4 = a.result(4);
    expect([v4.requests, v4.replies, v4.lost, v4.rttMs.min, v4.rttMs.max, v4.minFrame, v4.maxFrame]).toEqual([5, 3, 2, 3, 20, 2, 7]);
    const v6 = a.result(6);
    expect([v6.requests, v6.replies, v6.rttMs.mean]).toEqual([2, 1, 2]);
  });

  it('matches each reply to its request by id, sequence and the swapped addresses (hand-computed)', () => {
    const r = analyse([
      [0, ping('10.0.0.1', '10.0.0.2', 8, 1, 1)],
      [3, ping('10.0.0.2', '10.0.0.1', 0, 1, 1)],
      [1000, ping('10.0.0.1', '10.0.0.2', 8, 1, 2)],
      // Another host answering the same id and sequence is not the answer.
      [1001, ping('10.0.0.9', '10.0.0.1', 0, 1, 2)],
      [2000, ping('10.0.0.1', '10.0.0.2', 8, 1, 3)],
      [2005, ping('10.0.0.2', '10.0.0.1', 0, 1, 3)],
      [3000, ping('10.0.0.1', '10.0.0.2', 8, 1, 4)],
      [3010, ping('10.0.0.2', '10.0.0.1', 0, 1, 4)],
    ]).result(4);
    expect([r.requests, r.replies, r.lost, r.lossPercent]).toEqual([4, 3, 1, 25]);
    // RTTs 3, 5, 10 ms: median 5, mean 6, sample sd √((9 + 1 + 16) / 2) = √13.
    expect([r.rttMs.min, r.rttMs.median, r.rttMs.mean, r.rttMs.max]).toEqual([3, 5, 6, 10]);
    expect(r.rttMs.sd).toBeCloseTo(Math.sqrt(13), 12);
    expect([r.minFrame, r.maxFrame]).toEqual([2, 8]);
  });

  it('keeps ICMPv6 (types 128/129) apart from ICMP', () => {
    const a = analyse([
      [0, ping6('2001:db8::1', '2001:db8::2', 128, 5, 1)],
      [2, ping6('2001:db8::2', '2001:db8::1', 129, 5, 1)],
    ]);
    expect([a.result(6).requests, a.result(6).replies, a.result(6).rttMs.max, a.result(4).requests]).toEqual([1, 1, 2, 0]);
  });

  it('counts every request and answers exactly those replied to, whatever the order of the replies', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 1_000_000 }), (answered, seed) => {
        const frames: Array<[number, Uint8Array]> = answered.map((_, seq) => [seq * 1000, ping('10.0.0.1', '10.0.0.2', 8, 7, seq)]);
        const replies = answered.flatMap((yes, seq) => (yes ? [seq] : []));
        // Replies arrive late and shuffled, each 500 ms + its own offset after the last request.
        replies.sort((x, y) => ((x * 7919 + seed) % 101) - ((y * 7919 + seed) % 101));
        for (const [k, seq] of replies.entries()) frames.push([answered.length * 1000 + k, ping('10.0.0.2', '10.0.0.1', 0, 7, seq)]);
        const r = analyse(frames).result(4);
        expect([r.requests, r.replies, r.lost]).toEqual([answered.length, replies.length, answered.length - replies.length]);
      }),
    );
  });
});
