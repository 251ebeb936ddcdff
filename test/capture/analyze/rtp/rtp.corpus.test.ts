import { describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../../../electron/capture/analyze-file';
import { RtpAnalyzer, type RtpStreamResult } from '../../../../electron/capture/analyze/rtp';
import { corpusFiles, corpusPath, expectedFor } from '../../../support/shared';
import { forEachPacket } from '../corpus-pass';

// RTP streams against tshark 4.0.17's `-z rtp,streams` (docs/corpus.md §Expected values, tshark_taps).

interface TsharkStream {
  start_time: string; end_time: string; src_addr: string; src_port: number; dst_addr: string; dst_port: number;
  ssrc: string; payload: string; packets: number; lost: number; lost_pct: string;
  min_delta_ms: string; mean_delta_ms: string; max_delta_ms: string;
  min_jitter_ms: string; mean_jitter_ms: string; max_jitter_ms: string; problems: boolean;
}

async function withHeuristic(name: string): Promise<RtpStreamResult[]> {
  const rtp = new RtpAnalyzer({ heuristic: true });
  await forEachPacket(name, (f, frame, timeNs) => {
    rtp.observe(f, frame);
    if (timeNs !== null) rtp.add(f, timeNs, frame);
  });
  return rtp.results();
}

/** Our stream printed as tshark prints its row (%.3f ms, %.1f %, start/end %.6f s). */
function asTshark(s: RtpStreamResult): TsharkStream {
  const [srcAddr, srcPort] = [s.src.slice(0, s.src.lastIndexOf(':')), Number(s.src.slice(s.src.lastIndexOf(':') + 1))];
  const [dstAddr, dstPort] = [s.dst.slice(0, s.dst.lastIndexOf(':')), Number(s.dst.slice(s.dst.lastIndexOf(':') + 1))];
  return {
    start_time: s.startSeconds.toFixed(6), end_time: s.endSeconds.toFixed(6),
    src_addr: srcAddr, src_port: srcPort, dst_addr: dstAddr, dst_port: dstPort, ssrc: s.ssrc, payload: s.payloads.join(', '),
    packets: s.packets, lost: s.lost, lost_pct: s.lostPercent.toFixed(1),
    min_delta_ms: s.minDeltaMs.toFixed(3), mean_delta_ms: s.meanDeltaMs.toFixed(3), max_delta_ms: s.maxDeltaMs.toFixed(3),
    min_jitter_ms: s.minJitterMs.toFixed(3), mean_jitter_ms: s.meanJitterMs.toFixed(3), max_jitter_ms: s.maxJitterMs.toFixed(3),
    problems: s.problem,
  };
}

const byStream = (a: TsharkStream, b: TsharkStream) => `${a.ssrc}${a.src_addr}${a.src_port}`.localeCompare(`${b.ssrc}${b.src_addr}${b.src_port}`);

describe.each(corpusFiles())('%s', (name) => {
  const taps = expectedFor(name).tshark_taps;

  it('finds the RTP streams SIP/SDP announces, with tshark\'s counts, deltas and jitter', async () => {
    const expected: TsharkStream[] = taps.rtp_streams ?? [];
    const { qos } = await analyzeCaptureFile(corpusPath(name), { propertiesOnly: false });
    const ours = qos!.measured.rtp.map(asTshark);
    expect(ours.sort(byStream)).toEqual([...expected].sort(byStream));
    // Without pings, the recipe's loss uses RTP: sent = expected by sequence numbers (received + lost).
    if (expected.length > 0 && qos!.measured.icmp.requests + qos!.measured.icmpv6.requests === 0) {
      expect([qos!.recipe.lossEvidence, qos!.recipe.lossSent, qos!.recipe.lossReceived]).toEqual([
        'rtp', expected.reduce((n, s) => n + s.packets + s.lost, 0), expected.reduce((n, s) => n + s.packets, 0),
      ]);
    }
  });
});

describe.each(corpusFiles().filter((name) => expectedFor(name).tshark_taps.rtp_streams_with_heuristic_rtp_udp))('%s', (name) => {
  it('with the rtp_udp heuristic, finds what tshark --enable-heuristic rtp_udp finds', async () => {
    const expected: TsharkStream[] = expectedFor(name).tshark_taps.rtp_streams_with_heuristic_rtp_udp;
    const ours = (await withHeuristic(name)).map(asTshark);
    expect(ours.sort(byStream)).toEqual([...expected].sort(byStream));
  });
});
