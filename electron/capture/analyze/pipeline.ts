import { decodePacket, PacketFacts } from '../decode';
import type { PacketRecord } from '../reader';
import type { FilterNode } from '../filter/ast';
import { compileFilter, needsApplications, needsUdpStreams, type CompiledFilter } from '../filter/evaluate';
import { FilterInput } from './filter-input';
import { PacketStatisticsAccumulator } from '../properties';
import { linkTypeShortName } from '../link-types';
import { RecipeAccumulator } from '../../qos/recipe';
import { IcmpEchoAnalyzer } from './icmp';
import { TcpFactsAdapter, TcpMeasuredAccumulator } from './tcp';
import { IoSeries } from './io';
import { ConversationTable, EndpointTable, LIVE_ROWS } from './conversations';
import type { ReadWarning } from '../reader';
import { RtpAnalyzer } from './rtp';
import type { RtpStreamSelection } from '../../../core/capture/rtp-streams';
import { DnsTimer } from './dns';
import { RttSeriesAccumulator } from './rtt';

/**
 * The analysis of one pass: every record is decoded once, run through the TCP analysis, tested
 * against the display filter, and the displayed packets feed the accumulators. One PacketFacts
 * and one context object are reused for every packet.
 */
export class AnalysisPipeline {
  readonly facts = new PacketFacts();
  readonly displayed = new PacketStatisticsAccumulator();
  readonly recipe = new RecipeAccumulator();
  readonly icmp = new IcmpEchoAnalyzer();
  readonly tcpMeasured = new TcpMeasuredAccumulator();
  /** Wireshark's TCP analysis runs on every frame: its flags do not depend on the filter. */
  readonly tcp = new TcpFactsAdapter({ onForget: (c) => this.tcpMeasured.forget(c), keepAckRtts: false });
  /** The I/O graph's interval adapts to the span, as a student would pick it in Wireshark. */
  readonly io = new IoSeries('auto');
  readonly conversations = new ConversationTable();
  /** Every frame's addresses, displayed or not: where to look when a server matches nothing. */
  readonly everyAddress = new EndpointTable();
  readonly rtp: RtpAnalyzer;
  readonly dns = new DnsTimer();
  /** RTT samples over time, for the graph: TCP ACK RTTs and ping round trips. */
  readonly tcpRtt = new RttSeriesAccumulator();
  readonly icmpRtt = new RttSeriesAccumulator();
  /** Frames per LINKTYPE_ whose link layer decode does not know: nothing above it is counted. */
  private readonly notDecoded = new Map<number, number>();
  private readonly filter: CompiledFilter;
  private readonly filterInput: FilterInput;
  /** The first displayed packet's time, kept as seconds and nanoseconds: epoch ns overflow a double's exact range. */
  private base: { seconds: number; nanoseconds: number } | null = null;

  constructor(filter: FilterNode | null, options: { rtpStreams?: RtpStreamSelection } = {}) {
    this.filter = compileFilter(filter);
    this.rtp = new RtpAnalyzer({ streams: options.rtpStreams });
    this.filterInput = new FilterInput(this.tcp.analyzer, this.rtp, { dissect: needsApplications(filter), udpStreams: needsUdpStreams(filter) });
  }

  /** Where the pass reached a memory bound and what it did there, for the report's warnings. */
  boundsReached(): ReadWarning[] {
    const out: ReadWarning[] = [];
    if (this.conversations.folded) out.push({ messageKey: 'capture.warning.rowsFolded', params: { limit: LIVE_ROWS } });
    const forgotten = this.tcp.analyzer.forgotten;
    if (forgotten > 0) out.push({ messageKey: 'capture.warning.tcpConnectionsForgotten', params: { count: forgotten } });
    if (this.rtp.untrackedPackets > 0 || this.rtp.refusedEndpoints > 0) {
      out.push({ messageKey: 'capture.warning.rtpUntracked', params: { packets: this.rtp.untrackedPackets } });
    }
    return out;
  }

  /**
   * One warning per link layer that was not decoded, so that a report of no retransmissions,
   * no RTT and no streams is not taken for a measurement of those frames.
   */
  linkLayersNotDecoded(): ReadWarning[] {
    return this.framesNotDecoded().map(({ linkType, code, frames }) => ({
      messageKey: 'capture.warning.linkNotDecoded',
      params: { count: frames, linkType, code },
    }));
  }

  /** Frames per link layer that was not decoded, for the QoS figures that leave them out. */
  framesNotDecoded(): Array<{ linkType: string; code: number; frames: number }> {
    return [...this.notDecoded].map(([code, frames]) => ({ linkType: linkTypeShortName(code), code, frames }));
  }

  add(record: PacketRecord): void {
    const f = this.facts;
    if (record.customBlock) {
      this.customBlock(record);
      return;
    }
    decodePacket(record.linkType, record.data, record.originalLength, f);
    if (!f.linkKnown) this.notDecoded.set(record.linkType, (this.notDecoded.get(record.linkType) ?? 0) + 1);
    const connection = this.tcp.add(f, record);
    // Signalling teaches RTP endpoints whether or not it is displayed, as dissection does.
    this.rtp.observe(f, record.index + 1);
    const context = this.filterInput.describe(f, record, connection);
    if (f.ipVersion !== 0) this.everyAddress.add(f, record.originalLength, connection === null ? null : connection.addressRows);
    if (!this.filter(f, context)) return;
    this.displayed.add(record);
    if (connection) this.tcpMeasured.add(connection, this.tcp.analyzer.frame, f.payloadLength);
    let timeNs: number | null = null;
    if (record.hasTimestamp) {
      this.base ??= { seconds: record.seconds, nanoseconds: record.nanoseconds };
      timeNs = (record.seconds - this.base.seconds) * 1e9 + (record.nanoseconds - this.base.nanoseconds);
    }
    this.conversations.add(
      f,
      timeNs,
      record.originalLength,
      context.tcpStream,
      this.rtp.conversationOf(f),
      connection === null ? null : connection.conversationRows,
    );
    if (timeNs === null) return;
    this.recipe.add(record.seconds, record.nanoseconds, record.originalLength);
    this.icmp.add(f, timeNs, record.index + 1);
    if (!Number.isNaN(this.icmp.lastRttMs)) this.icmpRtt.add(timeNs / 1e9, this.icmp.lastRttMs);
    if (connection && !Number.isNaN(this.tcp.analyzer.frame.ackRttNs)) this.tcpRtt.add(timeNs / 1e9, this.tcp.analyzer.frame.ackRttNs / 1e6);
    this.io.add(timeNs, record.originalLength);
    this.rtp.add(f, timeNs, record.index + 1);
    this.dns.add(f, timeNs);
  }

  /** A pcapng custom block: a frame for the filter and the displayed count, with nothing above it to analyse. */
  private customBlock(record: PacketRecord): void {
    const f = this.facts;
    f.reset(record.linkType, record.data, record.originalLength);
    const context = this.filterInput.describe(f, record, null);
    if (this.filter(f, context)) this.displayed.add(record);
  }
}
