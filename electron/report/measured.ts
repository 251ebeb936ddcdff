import type { QosAssessment } from '../../core/qos/qos-report-schema';
import type { MeasuredColumn } from '../../core/report/model';

// Column 2 ("Terukur") of the report, from what a stored QoS analysis holds: the four values
// the measured column is graded on (each with the evidence it came from) and their grade, plus
// per-direction throughput over the server's conversations, ping round trips, capture drops and
// the frames left out because their link layer was not decoded.

/** "10.0.0.5", "10.0.0.5:80", "[fe80::1]:443" → the address alone. */
export function serverAddress(server: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(server);
  if (bracketed) return bracketed[1];
  return server.includes('::') || (server.match(/:/g) ?? []).length > 1 ? server : server.split(':')[0];
}

function directionalThroughput(qos: QosAssessment, server: string | null): Pick<MeasuredColumn, 'toServerBitsPerSecond' | 'fromServerBitsPerSecond'> {
  const none = { toServerBitsPerSecond: null, fromServerBitsPerSecond: null };
  if (!server) return none;
  const address = serverAddress(server);
  let toServer = 0;
  let fromServer = 0;
  let start = Infinity;
  let end = -Infinity;
  for (const c of qos.measured.conversations.ip) {
    if (c.a !== address && c.b !== address) continue;
    toServer += c.a === address ? c.bytesBtoA : c.bytesAtoB;
    fromServer += c.a === address ? c.bytesAtoB : c.bytesBtoA;
    start = Math.min(start, c.relativeStart);
    end = Math.max(end, c.relativeStart + c.duration);
  }
  const seconds = end - start;
  if (!(seconds > 0)) return none;
  return { toServerBitsPerSecond: (toServer * 8) / seconds, fromServerBitsPerSecond: (fromServer * 8) / seconds };
}

export function measuredColumn(qos: QosAssessment, server: string | null): MeasuredColumn {
  const { icmp, icmpv6, captureDrops, framesNotDecoded } = qos.measured;
  // A capture holds ICMP or ICMPv6 pings in practice, rarely both: take the family that has replies.
  const echo = icmp.rttMs.count >= icmpv6.rttMs.count ? icmp : icmpv6;
  const requests = icmp.requests + icmpv6.requests;
  const replies = icmp.replies + icmpv6.replies;
  return {
    values: qos.measuredValues,
    grade: qos.grades.measured,
    ...directionalThroughput(qos, server),
    rttCount: echo.rttMs.count,
    rttMedianMs: echo.rttMs.median,
    rttMedianRelativeError: echo.rttMs.approximate?.relativeError ?? null,
    rttSdMs: echo.rttMs.sd,
    echoRequests: requests,
    echoLossPercent: requests > 0 ? ((requests - replies) / requests) * 100 : null,
    captureDrops,
    framesNotDecoded: framesNotDecoded.reduce((sum, l) => sum + l.frames, 0),
    linkTypesNotDecoded: framesNotDecoded.map((l) => l.linkType),
  };
}
