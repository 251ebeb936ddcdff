import { describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../../../electron/capture/analyze-file';
import { RtpAnalyzer, type RtpStreamResult } from '../../../../electron/capture/analyze/rtp';
import { corpusFiles, corpusPath, expectedFor } from '../../../support/shared';
import { forEachPacket } from '../corpus-pass';
import { asTshark, byStream, type TsharkStream } from './tshark-rows';

// RTP streams against tshark 4.0.17's `-z rtp,streams` (docs/corpus.md §Expected values, tshark_taps).

async function withHeuristic(name: string): Promise<RtpStreamResult[]> {
  const rtp = new RtpAnalyzer({ heuristic: true });
  await forEachPacket(name, (f, frame, timeNs) => {
    rtp.observe(f, frame);
    if (timeNs !== null) rtp.add(f, timeNs, frame);
  });
  return rtp.results();
}

describe.each(corpusFiles())('%s', (name) => {
  const taps = expectedFor(name).tshark_taps;

  it("finds the RTP streams SIP/SDP announces, with tshark's counts, deltas and jitter", async () => {
    const expected: TsharkStream[] = taps.rtp_streams ?? [];
    const { qos } = await analyzeCaptureFile(corpusPath(name), { propertiesOnly: false, rtpStreams: 'announced' });
    const ours = qos!.measured.rtp.map(asTshark);
    expect(ours.sort(byStream)).toEqual([...expected].sort(byStream));
    // Without pings, the recipe's loss uses RTP: sent = expected by sequence numbers (received + lost).
    if (expected.length > 0 && qos!.measured.icmp.requests + qos!.measured.icmpv6.requests === 0) {
      expect([qos!.recipe.lossEvidence, qos!.recipe.lossSent, qos!.recipe.lossReceived]).toEqual([
        'rtp',
        expected.reduce((n, s) => n + s.packets + s.lost, 0),
        expected.reduce((n, s) => n + s.packets, 0),
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
