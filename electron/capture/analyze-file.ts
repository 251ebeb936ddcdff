import { basename } from 'node:path';
import { readCapture } from './reader';
import type { CaptureReport } from '../../core/capture/report-schema';
import { CAPTURE_REPORT_SCHEMA } from '../../core/capture/report-id';
import { captureProperties, PacketStatisticsAccumulator } from './properties';
import { formatCaptureMessage } from '../../core/capture/messages';
import { completeAnalysisRequest, displayFilterOf } from './analysis-request';
import type { AnalysisRequestInput } from '../../core/capture/analysis-request-schema';
import { AnalysisPipeline } from './analyze/pipeline';
import { IO_FULL_LIMIT, qosReport, RTT_DRAW_LIMIT, type MeasuredInputs } from '../qos/qos-report';
import type { ConversationTable } from './analyze/conversations';
import { thresholdSetById } from '../qos/thresholds';

function conversationTables(table: ConversationTable): MeasuredInputs['conversations'] {
  const [ip, tcp, udp, endpoints] = [table.result('ip'), table.result('tcp'), table.result('udp'), table.endpoints.result()];
  return {
    ip: ip.rows,
    tcp: tcp.rows,
    udp: udp.rows,
    endpoints: endpoints.rows,
    other: { ip: ip.other, tcp: tcp.other, udp: udp.other, endpoints: endpoints.other },
  };
}

export interface AnalyzeOptions extends AnalysisRequestInput {
  signal?: AbortSignal;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/**
 * One pass over a capture file: Capture File Properties always; with propertiesOnly false also
 * the packets a filter and a server select ("Displayed") and their QoS. A bad filter or an
 * unknown threshold set throws before the file is opened.
 */
export async function analyzeCaptureFile(path: string, options: AnalyzeOptions): Promise<CaptureReport> {
  const request = completeAnalysisRequest(options);
  const pipeline = request.propertiesOnly ? null : new AnalysisPipeline(displayFilterOf(request), { rtpStreams: request.rtpStreams });
  const thresholds = thresholdSetById(request.thresholds);
  const file = basename(path);
  const stats = new PacketStatisticsAccumulator();
  const perInterface: number[] = [];
  const read = await readCapture(path, {
    signal: options.signal,
    onProgress: options.onProgress,
    // The display filter numbers and tests custom blocks as tshark does; properties count packets as capinfos does.
    customBlocks: pipeline !== null,
    onRecord: (record) => {
      if (!record.customBlock) {
        stats.add(record);
        perInterface[record.interfaceId] = (perInterface[record.interfaceId] ?? 0) + 1;
      }
      pipeline?.add(record);
    },
  });

  const english = (key: string, params: Record<string, string | number>) => formatCaptureMessage(key, { file, ...params }, 'en');
  const properties = read.meta
    ? captureProperties(read.meta, stats, { fileName: file, fileSize: read.fileSize, sha256: read.sha256, compression: read.compression }, perInterface)
    : null;
  const warnings = pipeline ? [...read.warnings, ...pipeline.boundsReached(), ...pipeline.linkLayersNotDecoded()] : read.warnings;
  const warningDetails = warnings.map((w) => ({ messageKey: w.messageKey, params: { file, ...w.params }, message: english(w.messageKey, w.params) }));
  const drops = properties?.interfaces.map((i) => i.dropped).filter((d): d is number => d !== null) ?? [];
  return {
    schema: CAPTURE_REPORT_SCHEMA,
    file,
    path,
    error: read.failure
      ? {
          code: read.failure.code,
          messageKey: read.failure.messageKey,
          params: { file, ...read.failure.params },
          message: english(read.failure.messageKey, read.failure.params),
          packetsBefore: stats.packets,
        }
      : null,
    properties,
    displayed: pipeline && properties ? pipeline.displayed.statistics() : null,
    qos:
      pipeline && properties
        ? qosReport(
            pipeline.recipe.result(),
            {
              tcp: pipeline.tcpMeasured.result(),
              icmp: pipeline.icmp.result(4),
              icmpv6: pipeline.icmp.result(6),
              captureDrops: drops.length ? drops.reduce((a, b) => a + b, 0) : null,
              framesNotDecoded: pipeline.framesNotDecoded(),
              conversations: conversationTables(pipeline.conversations),
              captureEndpoints: pipeline.everyAddress.result().rows,
              rtp: pipeline.rtp.results(),
              dns: pipeline.dns.result(),
              io: pipeline.io,
              ioListed: pipeline.io.widenedTo(IO_FULL_LIMIT),
              rttSeries: { tcp: pipeline.tcpRtt.result(RTT_DRAW_LIMIT), icmp: pipeline.icmpRtt.result(RTT_DRAW_LIMIT) },
            },
            { thresholds, column: request.column, linkCapacityBitsPerSecond: request.linkCapacityBitsPerSecond },
          )
        : null,
    warnings: warningDetails.map((w) => w.message),
    warningDetails,
  };
}
