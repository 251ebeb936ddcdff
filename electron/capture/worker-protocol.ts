import type { CaptureReport } from './report';

export type ToWorker =
  | { type: 'analyze'; path: string; propertiesOnly: boolean }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; bytesRead: number; totalBytes: number }
  | { type: 'done'; report: CaptureReport }
  | { type: 'failed'; message: string };
