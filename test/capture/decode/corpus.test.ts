import { describe, expect, it } from 'vitest';
import { DECODED_LAYER_NAMES } from '../../../electron/capture/decode';
import { corpusFiles, expectedFor } from '../../support/shared';
import { isClassicMicrosecondPcap, readClassicPcap } from './corpus-records';
import { FileTally, type DirectedTally } from './corpus-tally';

// Decoded facts against Wireshark 4.0's figures for the corpus (docs/corpus.md).
// Records come from pcap-parser, which reads classic microsecond pcap only.

const TRANSPORTS = new Set(['tcp', 'udp', 'icmp', 'icmpv6', 'arp', 'gre']);
const KNOWN = new Set(DECODED_LAYER_NAMES);

/** tshark's frame.protocols cut to the link/network/transport part decode reports. */
function linkToTransport(protocols: string): string {
  const kept: string[] = [];
  for (const name of protocols.split(':')) {
    if (!KNOWN.has(name)) break;
    kept.push(name);
    if (TRANSPORTS.has(name)) break;
  }
  return kept.join(':');
}

interface ExpectedPair {
  a: string;
  b: string;
  frames_a_to_b: number;
  frames_b_to_a: number;
  bytes_a_to_b?: number;
  bytes_b_to_a?: number;
}

/** Both directions of every pair; pairs keyed like DirectedTally.pairs(). Streams reusing a 4-tuple merge. */
function expectedDirections(rows: ExpectedPair[], withBytes: boolean): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const row of rows) {
    const forward = row.a <= row.b;
    const key = forward ? `${row.a}|${row.b}` : `${row.b}|${row.a}`;
    const ab = [row.frames_a_to_b, withBytes ? row.bytes_a_to_b! : 0];
    const ba = [row.frames_b_to_a, withBytes ? row.bytes_b_to_a! : 0];
    const [lowToHigh, highToLow] = forward ? [ab, ba] : [ba, ab];
    const sum = out[key] ?? [0, 0, 0, 0];
    out[key] = [sum[0] + lowToHigh[0], sum[1] + lowToHigh[1], sum[2] + highToLow[0], sum[3] + highToLow[1]];
  }
  return out;
}

function tallyDirections(tally: DirectedTally, withBytes: boolean): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const pair of tally.pairs()) {
    const [low, high] = pair.split('|');
    const up = tally.get(low, high);
    const down = low === high ? { frames: 0, bytes: 0 } : tally.get(high, low);
    out[pair] = [up.frames, withBytes ? up.bytes : 0, down.frames, withBytes ? down.bytes : 0];
  }
  return out;
}

const files = corpusFiles().filter(isClassicMicrosecondPcap);

describe.skipIf(files.length === 0)('decode against Wireshark on the corpus (classic pcap via pcap-parser)', () => {
  describe.each(files)('%s', (name) => {
    const expected = expectedFor(name);
    let tally: FileTally;
    const load = async () => {
      if (tally) return tally;
      const t = new FileTally();
      await readClassicPcap(name, (r) => t.add(r.linkType, r.data, r.originalLength));
      tally = t;
      return t;
    };

    it('names the link, network and transport protocols of the first 50 frames as tshark does', async () => {
      const t = await load();
      const theirs = expected.frames_first_50.map((frame: { protocols: string }) => linkToTransport(frame.protocols));
      expect(t.firstProtocols).toEqual(theirs);
    });

    it('counts frames and bytes per IP pair (ip_pairs_exact)', async () => {
      const t = await load();
      expect(tallyDirections(t.ipPairs, true)).toEqual(expectedDirections(expected.derived.ip_pairs_exact, true));
    });

    it('counts frames and bytes per TCP connection and direction (tcp_streams_exact, tcp_frames)', async () => {
      const t = await load();
      expect(tallyDirections(t.tcpStreams, true)).toEqual(expectedDirections(expected.derived.tcp_streams_exact, true));
      expect(t.tcpFrames).toBe(expected.derived.tcp.tcp_frames);
    });

    it('counts frames per UDP conversation and direction (conv,udp)', async () => {
      const t = await load();
      expect(tallyDirections(t.udpConversations, false)).toEqual(expectedDirections(expected.tshark_taps.conv_udp, false));
    });

    it('counts ICMP and ICMPv6 echo requests and replies (icmp,srt / icmpv6,srt)', async () => {
      const t = await load();
      const { icmp_srt: icmp, icmpv6_srt: icmpv6 } = expected.tshark_taps;
      expect([t.icmpEchoRequests, t.icmpEchoReplies, t.icmpv6EchoRequests, t.icmpv6EchoReplies]).toEqual([
        icmp.requests,
        icmp.replies,
        icmpv6.requests,
        icmpv6.replies,
      ]);
    });
  });
});
