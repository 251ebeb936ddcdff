import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../../../electron/capture/analyze-file';
import { corpusFiles, corpusPath, expectedFor } from '../../../support/shared';
import { asTshark, byStream, type TsharkStream } from './tshark-rows';

// RTP that no SIP/SDP announced, found by its header pattern, against tshark's rtp_udp heuristic
// (`tshark -o rtp.heuristic_rtp:TRUE -q -z rtp,streams`).

const STREAM_ONLY = 'rtp_g711a_stream_only.pcap';

/** The stream-only capture's one row, as tshark 4.0.17 printed it. */
const RECORDED: TsharkStream = {
  start_time: '0.000000',
  end_time: '7.049628',
  src_addr: '10.1.3.143',
  src_port: 5000,
  dst_addr: '10.1.6.18',
  dst_port: 2006,
  ssrc: '0xDEE0EE8F',
  payload: 'g711A',
  packets: 236,
  lost: 0,
  lost_pct: '0.0',
  min_delta_ms: '25.112',
  mean_delta_ms: '29.998',
  max_delta_ms: '34.829',
  min_jitter_ms: '0.002',
  mean_jitter_ms: '0.350',
  max_jitter_ms: '0.829',
  problems: false,
};

/** tshark's stream rows, or null when tshark is not installed. */
function tsharkLive(file: string): TsharkStream[] | null {
  const run = spawnSync('tshark', ['-r', file, '-o', 'rtp.heuristic_rtp:TRUE', '-q', '-z', 'rtp,streams'], { encoding: 'utf8' });
  if (run.error) return null;
  const rows = run.stdout.split('\n').filter((line) => /^\s+\d+\.\d{6}\s+\d+\.\d{6}\s/.test(line));
  return rows.map((line) => {
    const t = line.trim().split(/\s+/);
    const problems = t[t.length - 1] === 'X';
    const n = problems ? t.length - 1 : t.length;
    // Payload names may hold spaces; the columns around them do not.
    const [lost, pct] = [t[n - 8], t[n - 7]];
    return {
      start_time: t[0],
      end_time: t[1],
      src_addr: t[2],
      src_port: Number(t[3]),
      dst_addr: t[4],
      dst_port: Number(t[5]),
      ssrc: t[6],
      payload: t.slice(7, n - 9).join(' '),
      packets: Number(t[n - 9]),
      lost: Number(lost),
      lost_pct: pct.slice(1, -2),
      min_delta_ms: t[n - 6],
      mean_delta_ms: t[n - 5],
      max_delta_ms: t[n - 4],
      min_jitter_ms: t[n - 3],
      mean_jitter_ms: t[n - 2],
      max_jitter_ms: t[n - 1],
      problems,
    };
  });
}

describe('RTP found by pattern in a capture without signalling', () => {
  it("finds the stream-only capture's stream by default, with tshark's recorded figures, and grades its loss from it", async () => {
    const { qos } = await analyzeCaptureFile(corpusPath(STREAM_ONLY), { propertiesOnly: false });
    const streams = qos!.measured.rtp;
    expect(streams.map(asTshark)).toEqual([RECORDED]);
    expect(streams.map((s) => [s.origin, s.expected])).toEqual([['pattern', 236]]);
    expect([qos!.recipe.lossEvidence, qos!.recipe.lossSent, qos!.recipe.lossReceived]).toEqual(['rtp', 236, 236]);
  });

  it('reports nothing there when asked for announced streams only', async () => {
    const { qos } = await analyzeCaptureFile(corpusPath(STREAM_ONLY), { propertiesOnly: false, rtpStreams: 'announced' });
    expect(qos!.measured.rtp).toEqual([]);
  });

  const live = tsharkLive(corpusPath(STREAM_ONLY));
  it.skipIf(live === null)('equals tshark run now with its RTP heuristic on', async () => {
    const { qos } = await analyzeCaptureFile(corpusPath(STREAM_ONLY), { propertiesOnly: false });
    expect(qos!.measured.rtp.map(asTshark)).toEqual(live);
  });
});

describe.each(corpusFiles())('%s', (name) => {
  it("finds by pattern only what tshark's RTP heuristic finds on a capture without signalling, even when always looking", async () => {
    const taps = expectedFor(name).tshark_taps;
    const { qos } = await analyzeCaptureFile(corpusPath(name), { propertiesOnly: false, rtpStreams: 'all' });
    const found = qos!.measured.rtp.filter((s) => s.origin === 'pattern').map(asTshark);
    const expected: TsharkStream[] = (taps.rtp_streams ?? []).length === 0 ? (taps.rtp_streams_with_heuristic_rtp_udp ?? []) : [];
    expect(found.sort(byStream)).toEqual([...expected].sort(byStream));
  });

  it('by default, lists the announced streams, or those found by pattern when nothing is announced', async () => {
    const taps = expectedFor(name).tshark_taps;
    const announced: TsharkStream[] = taps.rtp_streams ?? [];
    const expected = announced.length > 0 ? announced : (taps.rtp_streams_with_heuristic_rtp_udp ?? []);
    const { qos } = await analyzeCaptureFile(corpusPath(name), { propertiesOnly: false });
    expect(qos!.measured.rtp.map(asTshark).sort(byStream)).toEqual([...expected].sort(byStream));
  });
});
