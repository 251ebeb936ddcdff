import { basename } from 'node:path';
import { readCapture } from './reader';
import { CAPTURE_REPORT_SCHEMA, type CaptureReport } from './report';
import { captureProperties, PacketStatisticsAccumulator } from './properties';
import { formatCaptureMessage } from './messages';

export interface AnalyzeOptions {
  propertiesOnly: boolean;
  signal?: AbortSignal;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** One pass over a capture file: Capture File Properties (and, later, the QoS analysis). */
export async function analyzeCaptureFile(path: string, options: AnalyzeOptions): Promise<CaptureReport> {
  const file = basename(path);
  const stats = new PacketStatisticsAccumulator();
  const perInterface: number[] = [];
  const read = await readCapture(path, {
    signal: options.signal,
    onProgress: options.onProgress,
    onRecord: (record) => {
      stats.add(record);
      perInterface[record.interfaceId] = (perInterface[record.interfaceId] ?? 0) + 1;
    },
  });

  const english = (key: string, params: Record<string, string | number>) => formatCaptureMessage(key, { file, ...params }, 'en');
  const properties = read.meta
    ? captureProperties(read.meta, stats, { fileName: file, fileSize: read.fileSize, sha256: read.sha256, compression: read.compression }, perInterface)
    : null;
  const warningDetails = read.warnings.map((w) => ({ messageKey: w.messageKey, params: { file, ...w.params }, message: english(w.messageKey, w.params) }));
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
    displayed: options.propertiesOnly || !properties ? null : stats.statistics(),
    qos: null,
    warnings: warningDetails.map((w) => w.message),
    warningDetails,
  };
}
