import type { CaptureAnalyzer } from './analyzer';
import { analyzeCaptureFile } from './analyze-file';
import { failedReport } from './failed-report';

/**
 * Runs each analysis on the calling thread: for inputs too small to be worth a worker's start
 * or to need its memory limit. A file whose analysis throws gets the report a failed worker
 * would give it.
 */
export function createInProcessAnalyzer(): CaptureAnalyzer {
  return {
    analyze: (path, request, onProgress, signal) =>
      analyzeCaptureFile(path, { ...request, onProgress, signal }).catch((error: unknown) =>
        failedReport(path, 'failed', 'capture.error.analysisFailed', { reason: error instanceof Error ? error.message : String(error) }),
      ),
  };
}
