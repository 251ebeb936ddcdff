import { basename } from 'node:path';
import { CAPTURE_REPORT_SCHEMA, type CaptureReport } from './report';

export interface AnalyzeOptions {
  propertiesOnly: boolean;
  signal?: AbortSignal;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

// Replaced by the streaming reader (issue 2): until then every file is reported unsupported.
export async function analyzeCaptureFile(path: string, _options: AnalyzeOptions): Promise<CaptureReport> {
  return {
    schema: CAPTURE_REPORT_SCHEMA,
    file: basename(path),
    path,
    error: { code: 'unsupported', message: 'reader not built yet', messageKey: 'capture.error.unsupported', params: {}, packetsBefore: 0 },
    properties: null,
    displayed: null,
    qos: null,
    warnings: [],
    warningDetails: [],
  };
}
