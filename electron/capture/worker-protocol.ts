import type { CaptureReport } from './report';
import type { AnalysisRequestInput } from './analysis-request';

export type ToWorker =
  | { type: 'analyze'; path: string; request: AnalysisRequestInput }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; bytesRead: number; totalBytes: number }
  | { type: 'done'; report: CaptureReport }
  | { type: 'failed'; message: string };
