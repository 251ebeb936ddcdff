import { Transport, type PacketFacts } from '../../decode';
import { EXACT_SAMPLES, StreamingSummary } from '../streaming-summary';
import type { SummaryStats } from '../summary-stats';
import { dnsMessageFits } from './message';

export interface DnsTimingResult {
  queries: number;
  responses: number;
  /** Queries sent again with the same id within 5 s of the first, before an answer (counted once for timing). */
  retransmittedQueries: number;
  /** Queries never answered in the capture. */
  unanswered: number;
  /** Responses with no query seen (the capture started after it). */
  unmatchedResponses: number;
  /** Query → response, ms (Wireshark's dns.time), one sample per answered query. */
  responseTimeMs: SummaryStats;
}

const DNS_PORT = 53;
/** Wireshark's DNS retransmission timer: the same id asked again this soon is the same query. */
const RETRANSMISSION_NS = 5e9;
/**
 * Queries awaiting an answer (and answered ones remembered to spot duplicate answers), at most:
 * a key is some 60 bytes of text, so 2^16 of each stay under 20 MB while a flood of unanswered
 * queries goes by; a resolver answers within seconds, far fewer than that are ever waiting.
 */
const OUTSTANDING_LIMIT = 1 << 16;

/**
 * DNS over UDP, paired as Wireshark's dns.time pairs it: a response answers the open query with
 * the same transaction id between the same client address and port and server address and port.
 * The same id asked again within 5 s of that query is a retransmission of it; later, a new query
 * (the first one then goes unanswered). Only a query's first response answers it, and a response
 * whose sections run past the packet (Wireshark: Malformed Packet) answers it without a time.
 */
export class DnsTimer {
  private readonly outstanding = new Map<string, number>();
  private readonly answered = new Set<string>();
  private readonly times: StreamingSummary;
  private queries = 0;
  private responses = 0;
  private retransmitted = 0;
  private unmatched = 0;
  /** Queries left open when the same id was asked again later than the retransmission timer. */
  private abandoned = 0;

  /** exactSamples: response times summarised exactly before a sketch takes over. */
  constructor(exactSamples = EXACT_SAMPLES) {
    this.times = new StreamingSummary(exactSamples);
  }

  /** timeNs: the packet's time in ns from any fixed origin. */
  add(f: PacketFacts, timeNs: number): void {
    if (f.transport !== Transport.udp || f.payloadCaptured < 12) return;
    const toServer = f.dstPort === DNS_PORT;
    if (!toServer && f.srcPort !== DNS_PORT) return;
    const d = f.data;
    const o = f.payloadOffset;
    const id = (d[o] << 8) | d[o + 1];
    const isResponse = (d[o + 2] & 0x80) !== 0;
    // Client first, so a query and its answer build the same key.
    const key = toServer && !isResponse ? `${f.srcKey}:${f.srcPort}>${f.dstKey}:${f.dstPort}#${id}` : `${f.dstKey}:${f.dstPort}>${f.srcKey}:${f.srcPort}#${id}`;
    if (!isResponse) {
      this.queries++;
      const open = this.outstanding.get(key);
      if (open !== undefined) {
        if (timeNs - open < RETRANSMISSION_NS) {
          this.retransmitted++;
          return;
        }
        this.abandoned++;
        this.outstanding.delete(key);
      }
      if (this.outstanding.size >= OUTSTANDING_LIMIT) this.outstanding.delete(this.outstanding.keys().next().value!);
      this.answered.delete(key);
      this.outstanding.set(key, timeNs);
      return;
    }
    this.responses++;
    const sent = this.outstanding.get(key);
    if (sent === undefined) {
      // A second answer to an answered query is a duplicate, not an unmatched response.
      if (!this.answered.has(key)) this.unmatched++;
      return;
    }
    this.outstanding.delete(key);
    if (this.answered.size >= OUTSTANDING_LIMIT) this.answered.clear();
    this.answered.add(key);
    if (dnsMessageFits(d, o, o + f.payloadCaptured)) this.times.push((timeNs - sent) / 1e6);
  }

  /** Numbers the response-time summary holds: bounded, however many answers came. */
  get retainedSamples(): number {
    return this.times.retained;
  }

  result(): DnsTimingResult {
    return {
      queries: this.queries,
      responses: this.responses,
      retransmittedQueries: this.retransmitted,
      unanswered: this.outstanding.size + this.abandoned,
      unmatchedResponses: this.unmatched,
      responseTimeMs: this.times.summary(),
    };
  }
}
