import type { CaptureReport } from '../../core/capture/report-schema';
import type { AnalysisRequestInput } from '../../core/capture/analysis-request-schema';

/** Analyses one capture file (capture/service.ts runs it in a worker); handlers, the CLI and the class view take it. */
export interface CaptureAnalyzer {
  analyze(
    path: string,
    request: AnalysisRequestInput,
    onProgress: (bytesRead: number, totalBytes: number) => void,
    signal: AbortSignal,
  ): Promise<CaptureReport>;
}
