import type { RtpStreamResult } from '../../../../electron/capture/analyze/rtp';

/** One row of tshark's `-z rtp,streams`, as the corpus's expected values record it. */
export interface TsharkStream {
  start_time: string;
  end_time: string;
  src_addr: string;
  src_port: number;
  dst_addr: string;
  dst_port: number;
  ssrc: string;
  payload: string;
  packets: number;
  lost: number;
  lost_pct: string;
  min_delta_ms: string;
  mean_delta_ms: string;
  max_delta_ms: string;
  min_jitter_ms: string;
  mean_jitter_ms: string;
  max_jitter_ms: string;
  problems: boolean;
}

/** Our stream printed as tshark prints its row (%.3f ms, %.1f %, start/end %.6f s). */
export function asTshark(s: RtpStreamResult): TsharkStream {
  const [srcAddr, srcPort] = [s.src.slice(0, s.src.lastIndexOf(':')), Number(s.src.slice(s.src.lastIndexOf(':') + 1))];
  const [dstAddr, dstPort] = [s.dst.slice(0, s.dst.lastIndexOf(':')), Number(s.dst.slice(s.dst.lastIndexOf(':') + 1))];
  return {
    start_time: s.startSeconds.toFixed(6),
    end_time: s.endSeconds.toFixed(6),
    src_addr: srcAddr,
    src_port: srcPort,
    dst_addr: dstAddr,
    dst_port: dstPort,
    ssrc: s.ssrc,
    payload: s.payloads.join(', '),
    packets: s.packets,
    lost: s.lost,
    lost_pct: s.lostPercent.toFixed(1),
    min_delta_ms: s.minDeltaMs.toFixed(3),
    mean_delta_ms: s.meanDeltaMs.toFixed(3),
    max_delta_ms: s.maxDeltaMs.toFixed(3),
    min_jitter_ms: s.minJitterMs.toFixed(3),
    mean_jitter_ms: s.meanJitterMs.toFixed(3),
    max_jitter_ms: s.maxJitterMs.toFixed(3),
    problems: s.problem,
  };
}

export const byStream = (a: TsharkStream, b: TsharkStream) => `${a.ssrc}${a.src_addr}${a.src_port}`.localeCompare(`${b.ssrc}${b.src_addr}${b.src_port}`);
