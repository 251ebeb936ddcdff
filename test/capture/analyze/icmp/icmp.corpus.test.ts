import { describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../../../electron/capture/analyze-file';
import { corpusFiles, corpusPath, expectedFor } from '../../../support/shared';

// ICMP and ICMPv6 echo against tshark 4.0.17's `-z icmp,srt` and `-z icmpv6,srt` (tshark_taps).

describe.each(corpusFiles())('%s', (name) => {
  const expected = expectedFor(name);
  const analyse = (file: string) => analyzeCaptureFile(corpusPath(file), { propertiesOnly: false });

  it("finds the ICMP and ICMPv6 pings tshark's icmp,srt finds, with the same round-trip times", async () => {
    const report = await analyse(name);
    for (const [ours, theirs] of [
      [report.qos!.measured.icmp, expected.tshark_taps.icmp_srt],
      [report.qos!.measured.icmpv6, expected.tshark_taps.icmpv6_srt],
    ] as const) {
      expect([ours.requests, ours.replies, ours.lost]).toEqual([theirs.requests, theirs.replies, theirs.lost]);
      if (ours.requests > 0) expect(ours.lossPercent!.toFixed(1)).toBe(theirs.loss_pct);
      if (ours.replies === 0) continue;
      expect([String(ours.minFrame), String(ours.maxFrame)]).toEqual([theirs.min_frame, theirs.max_frame]);
      const ms = (v: number | null) => v!.toFixed(3);
      expect([ms(ours.rttMs.min), ms(ours.rttMs.max), ms(ours.rttMs.mean), ms(ours.rttMs.median), ms(ours.rttMs.sd)]).toEqual([
        theirs.min_ms,
        theirs.max_ms,
        theirs.mean_ms,
        theirs.median_ms,
        theirs.sdev_ms,
      ]);
    }
  });
});
