import type { CaptureAnalyzer } from '../capture/analyzer';

// A class folder's captures are read by the capture analyzer, many at once; the page shows
// how many of those handed over are done and the bytes read of them all.

export interface ClassReadProgress {
  files: number;
  filesDone: number;
  bytesRead: number;
  totalBytes: number;
}

/** The analyzer, counting what passes through it. */
export function countingAnalyzer(inner: CaptureAnalyzer, onProgress: (progress: ClassReadProgress) => void): CaptureAnalyzer {
  const files = new Map<number, { bytesRead: number; totalBytes: number }>();
  let started = 0;
  let done = 0;
  const report = () => {
    let bytesRead = 0;
    let totalBytes = 0;
    for (const file of files.values()) {
      bytesRead += file.bytesRead;
      totalBytes += file.totalBytes;
    }
    onProgress({ files: started, filesDone: done, bytesRead, totalBytes });
  };
  return {
    async analyze(path, request, onFileProgress, signal) {
      const key = started++;
      files.set(key, { bytesRead: 0, totalBytes: 0 });
      report();
      try {
        return await inner.analyze(
          path,
          request,
          (bytesRead, totalBytes) => {
            files.set(key, { bytesRead, totalBytes });
            onFileProgress(bytesRead, totalBytes);
            report();
          },
          signal,
        );
      } finally {
        // The last progress before the end may have been skipped (the analyzer sends at most ten a second).
        const file = files.get(key)!;
        files.set(key, { bytesRead: file.totalBytes, totalBytes: file.totalBytes });
        done++;
        report();
      }
    },
  };
}
