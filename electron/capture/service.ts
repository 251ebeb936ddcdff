import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CaptureAnalyzer } from './analyzer';
import type { CaptureReport } from './report';
import type { FromWorker, ToWorker } from './worker-protocol';
import type { AnalysisRequestInput } from './analysis-request';
import { failedReport } from './failed-report';

/** How long a cancelled worker may take to notice before it is terminated. */
const CANCEL_GRACE_MS = 2_000;
/** Progress is forwarded at most this often per job; a UI needs no more. */
const PROGRESS_INTERVAL_MS = 100;
/**
 * The V8 heap one analysis worker may grow to. The analysis bounds its own tables and peaks far
 * below 200 MB whatever the file; this limit is the backstop for what escapes those bounds,
 * so a runaway analysis dies alone (its file reported as failed) instead of taking the app or
 * the batch with it. 512 MB leaves room for a report and the collector's slack, and keeps one
 * worker per core on a 4–8 core lab PC within a few GB.
 */
export const WORKER_HEAP_MB = 512;

function defaultWorkerFile(): string {
  // Bundled: the worker sits next to main.js / cli.js. From sources (tests): the built copy in out/.
  const beside = fileURLToPath(new URL('./capture-worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../out/capture-worker.js', import.meta.url));
}

export interface CaptureAnalyzerOptions {
  workerFile?: string;
  concurrency?: number;
  heapLimitMb?: number;
}

/**
 * Runs each analysis in its own worker thread, at most `concurrency` at once; the rest wait
 * in order. Cancelling asks the worker to stop (it returns what it read so far) and
 * terminates it if it does not answer in time. A worker that fails — out of memory, crashed,
 * or never started — gives its file a report with the error, so the other files go on.
 */
export function createCaptureAnalyzer(options: CaptureAnalyzerOptions = {}): CaptureAnalyzer {
  const workerFile = options.workerFile ?? defaultWorkerFile();
  const heapLimitMb = options.heapLimitMb ?? WORKER_HEAP_MB;
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  let running = 0;
  const waiting: Array<() => void> = [];

  const acquire = () =>
    new Promise<void>((resolve) => {
      if (running < concurrency) {
        running++;
        resolve();
      } else {
        waiting.push(() => {
          running++;
          resolve();
        });
      }
    });
  const release = () => {
    running--;
    waiting.shift()?.();
  };

  return {
    async analyze(path, request, onProgress, signal) {
      await acquire();
      try {
        return await runInWorker(workerFile, heapLimitMb, path, request, onProgress, signal);
      } finally {
        release();
      }
    },
  };
}

function runInWorker(
  workerFile: string,
  heapLimitMb: number,
  path: string,
  request: AnalysisRequestInput,
  onProgress: (bytesRead: number, totalBytes: number) => void,
  signal: AbortSignal,
): Promise<CaptureReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } });
    let lastProgress = 0;
    let killTimer: NodeJS.Timeout | undefined;
    let settled = false;
    const send = (message: ToWorker) => worker.postMessage(message);
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      signal.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = () => {
      send({ type: 'cancel' });
      killTimer = setTimeout(() => finish(() => reject(new Error('cancelled'))), CANCEL_GRACE_MS);
    };

    worker.on('message', (message: FromWorker) => {
      if (message.type === 'progress') {
        const now = Date.now();
        if (now - lastProgress >= PROGRESS_INTERVAL_MS || message.bytesRead === message.totalBytes) {
          lastProgress = now;
          onProgress(message.bytesRead, message.totalBytes);
        }
      } else if (message.type === 'done') {
        finish(() => resolve(message.report));
      } else {
        finish(() => resolve(failedReport(path, 'failed', 'capture.error.analysisFailed', { reason: message.message })));
      }
    });
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        resolve(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? failedReport(path, 'out-of-memory', 'capture.error.outOfMemory', { limit: heapLimitMb })
            : failedReport(path, 'failed', 'capture.error.analysisFailed', { reason: error.message }),
        ),
      ),
    );
    worker.on('exit', (code) => finish(() => resolve(failedReport(path, 'failed', 'capture.error.analysisFailed', { reason: `exit code ${code}` }))));

    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    send({ type: 'analyze', path, request });
  });
}
