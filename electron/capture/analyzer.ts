import type { CaptureReport } from './report';
import type { AnalysisRequestInput } from './analysis-request';

/** Analyses one capture file (capture/service.ts runs it in a worker); handlers, the CLI and the class view take it. */
export interface CaptureAnalyzer {
  analyze(
    path: string,
    request: AnalysisRequestInput,
    onProgress: (bytesRead: number, totalBytes: number) => void,
    signal: AbortSignal,
  ): Promise<CaptureReport>;
}
