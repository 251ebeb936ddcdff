import { Transport, type PacketFacts } from '../../decode';
import { EXACT_SAMPLES, StreamingSummary } from '../streaming-summary';
import type { SummaryStats } from '../summary-stats';

export interface EchoResult {
  requests: number;
  replies: number;
  lost: number;
  lossPercent: number | null;
  rttMs: SummaryStats;
  /** Frame numbers of the replies with the smallest and the largest round trip (the first of equals), as tshark's icmp,srt. */
  minFrame: number | null;
  maxFrame: number | null;
  /** Mean |RTTk − RTT(k−1)| over consecutive replies of one pinger (same addresses and identifier), pooled; ms. */
  rttVariationMs: number | null;
  /** Sample standard deviation of those differences, ms. */
  rttVariationSdMs: number | null;
}

const ECHO = { v4: { request: 8, reply: 0 }, v6: { request: 128, reply: 129 } };

/**
 * The checksum an echo message would have with `difference` taken off its first word (type and
 * code), in ones' complement arithmetic: ~(~checksum + ~difference), as Wireshark computes it.
 */
function checksumLess(checksum: number, difference: number): number {
  let sum = (~checksum & 0xffff) + (~difference & 0xffff);
  sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

/**
 * Wireshark's key for an echo: ICMP keys a request by the checksum its reply must carry and a
 * reply by its own (0xffff read as 0, the other zero); ICMPv6 keys a request by its own and a
 * reply by the checksum its request must carry (0 read as 0xffff). Both differ by the type
 * alone (0x0800 and 0x0100 in the first word), so an echo pairs only with one whose identifier,
 * sequence number and data are all the same.
 */
function checksumKey(v6: number, request: boolean, checksum: number): number {
  if (!v6) return request ? checksumLess(checksum, 0x0800) : checksum === 0xffff ? 0 : checksum;
  if (request) return checksum;
  const expected = checksumLess(checksum, 0x0100);
  return expected === 0 ? 0xffff : expected;
}
/**
 * Requests waiting for a reply, and pingers remembered for the RTT variation, at most, per IP
 * version: a key is some 50 bytes of text, so 2^16 of each stay under 20 MB during a ping flood
 * or sweep; a ping waits a few seconds, far fewer than that are ever outstanding.
 */
const OUTSTANDING_LIMIT = 1 << 16;

/**
 * ICMP and ICMPv6 echo (ping), paired as Wireshark's icmp.resp_in pairs them: a reply matches
 * the outstanding request between the same two addresses (either way) with the same identifier,
 * sequence number and checksum key (above), so a reply whose data differs from its request's (an
 * ICMP tunnel) answers nothing. A later request with the same key replaces the earlier one; a
 * second reply finds none. The round-trip time is the time between them. Unmatched requests are
 * lost, as tshark's icmp,srt tables count them.
 */
export class IcmpEchoAnalyzer {
  private readonly outstanding = [new Map<string, number>(), new Map<string, number>()];
  private readonly requests = [0, 0];
  private readonly rtts: StreamingSummary[];
  /** Per version: [smallest RTT, its reply's frame, largest RTT, its reply's frame]. */
  private readonly extremes = [
    [Infinity, 0, -Infinity, 0],
    [Infinity, 0, -Infinity, 0],
  ];
  /** Per version: the last RTT of each pinger, and the differences between consecutive ones. */
  private readonly lastRtt = [new Map<string, number>(), new Map<string, number>()];
  private readonly differences: StreamingSummary[];

  /** The round trip the packet last added completed, in ms; NaN when it was not a matched reply. */
  lastRttMs = NaN;

  /** exactSamples: round trips (and differences) per IP version summarised exactly before a sketch takes over. */
  constructor(exactSamples = EXACT_SAMPLES) {
    this.rtts = [new StreamingSummary(exactSamples), new StreamingSummary(exactSamples)];
    this.differences = [new StreamingSummary(exactSamples), new StreamingSummary(exactSamples)];
  }

  /** timeNs: the packet's time in ns from any fixed origin; frame: its 1-based number. */
  add(f: PacketFacts, timeNs: number, frame: number): void {
    this.lastRttMs = NaN;
    const v6 = f.transport === Transport.icmpv6 ? 1 : f.transport === Transport.icmp ? 0 : -1;
    if (v6 < 0 || f.icmpEchoId < 0) return;
    const kinds = v6 ? ECHO.v6 : ECHO.v4;
    const request = f.icmpType === kinds.request;
    if (!request && f.icmpType !== kinds.reply) return;
    // Wireshark's conversation of the two addresses, whichever way the packet goes.
    const pair = f.srcKey < f.dstKey ? `${f.srcKey}|${f.dstKey}` : `${f.dstKey}|${f.srcKey}`;
    const checksum = (f.data[f.transportOffset + 2] << 8) | f.data[f.transportOffset + 3];
    const key = `${pair}|${checksumKey(v6, request, checksum)}|${f.icmpEchoId}|${f.icmpEchoSeq}`;
    if (request) {
      this.requests[v6]++;
      const waiting = this.outstanding[v6];
      if (waiting.size >= OUTSTANDING_LIMIT) waiting.delete(waiting.keys().next().value!);
      waiting.delete(key);
      waiting.set(key, timeNs);
    } else {
      const sent = this.outstanding[v6].get(key);
      if (sent === undefined) return;
      this.outstanding[v6].delete(key);
      const rtt = (timeNs - sent) / 1e6;
      const x = this.extremes[v6];
      if (rtt < x[0]) [x[0], x[1]] = [rtt, frame];
      if (rtt > x[2]) [x[2], x[3]] = [rtt, frame];
      this.rtts[v6].push(rtt);
      this.lastRttMs = rtt;
      const pinger = `${f.dstKey}|${f.srcKey}|${f.icmpEchoId}`;
      const last = this.lastRtt[v6];
      const previous = last.get(pinger);
      if (previous !== undefined) this.differences[v6].push(Math.abs(rtt - previous));
      else if (last.size >= OUTSTANDING_LIMIT) last.delete(last.keys().next().value!);
      last.set(pinger, rtt);
    }
  }

  /** Numbers the round-trip summaries hold, both versions: bounded, however many replies came. */
  get retainedSamples(): number {
    return [...this.rtts, ...this.differences].reduce((sum, summary) => sum + summary.retained, 0);
  }

  result(version: 4 | 6): EchoResult {
    const i = version === 6 ? 1 : 0;
    const requests = this.requests[i];
    const rttMs = this.rtts[i].summary();
    const replies = rttMs.count;
    const variation = this.differences[i].summary();
    return {
      requests,
      replies,
      lost: requests - replies,
      lossPercent: requests > 0 ? ((requests - replies) / requests) * 100 : null,
      rttMs,
      minFrame: replies > 0 ? this.extremes[i][1] : null,
      maxFrame: replies > 0 ? this.extremes[i][3] : null,
      rttVariationMs: variation.mean,
      rttVariationSdMs: variation.sd,
    };
  }
}
