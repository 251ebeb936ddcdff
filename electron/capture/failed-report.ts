import { basename } from 'node:path';
import type { CaptureErrorCode, CaptureReport } from '../../core/capture/report-schema';
import { CAPTURE_REPORT_SCHEMA } from '../../core/capture/report-id';
import { formatCaptureMessage } from '../../core/capture/messages';

/** The report of a file whose analysis stopped before it could report anything itself. */
export function failedReport(path: string, code: CaptureErrorCode, messageKey: string, params: Record<string, string | number>): CaptureReport {
  const file = basename(path);
  const all = { file, ...params };
  return {
    schema: CAPTURE_REPORT_SCHEMA,
    file,
    path,
    error: { code, messageKey, params: all, message: formatCaptureMessage(messageKey, all, 'en'), packetsBefore: 0 },
    properties: null,
    displayed: null,
    qos: null,
    warnings: [],
    warningDetails: [],
  };
}
