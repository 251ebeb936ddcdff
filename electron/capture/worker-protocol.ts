import type { CaptureReport } from '../../core/capture/report-schema';
import type { AnalysisRequestInput } from '../../core/capture/analysis-request-schema';

export type ToWorker = { type: 'analyze'; path: string; request: AnalysisRequestInput } | { type: 'cancel' };

export type FromWorker =
  { type: 'progress'; bytesRead: number; totalBytes: number } | { type: 'done'; report: CaptureReport } | { type: 'failed'; message: string };
