import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CaptureAnalyzer } from './analyzer';
import type { CaptureReport } from '../../core/capture/report-schema';
import type { FromWorker, ToWorker } from './worker-protocol';
import type { AnalysisRequestInput } from '../../core/capture/analysis-request-schema';
import { failedReport } from './failed-report';

/** How long a cancelled worker may take to notice before it is terminated. */
const CANCEL_GRACE_MS = 2_000;
/** Progress is forwarded at most this often per job; a UI needs no more. */
const PROGRESS_INTERVAL_MS = 100;
/**
 * A worker that finished a file waits this long for the next before it ends: a batch reuses
 * its workers (starting one costs about a tenth of a second, as much as analysing a few MB),
 * while an app left alone does not keep their memory.
 */
const IDLE_WORKER_MS = 5_000;
/**
 * The V8 heap one analysis worker may grow to. The analysis bounds its own tables and peaks far
 * below 200 MB whatever the file; this limit is the backstop for what escapes those bounds,
 * so a runaway analysis dies alone (its file reported as failed) instead of taking the app or
 * the batch with it. 512 MB leaves room for a report and the collector's slack, and keeps one
 * worker per core on a 4–8 core lab PC within a few GB.
 */
export const WORKER_HEAP_MB = 512;
/**
 * The worker's young generation, where the per-packet garbage dies. V8 sizes it for
 * throughput, which on a 1 GB capture of small packets left the process at 186–195 MB
 * resident; 16 MB brings that to 162–170 MB at the same CPU time (8 MB cost a quarter more).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

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
 * Runs each analysis in a worker thread, at most `concurrency` at once; the rest wait in
 * order. A worker that finished a file takes the next one (idle, it holds no process open).
 * Cancelling asks the worker to stop (it returns what it read so far) and terminates it if it
 * does not answer in time. A worker that fails — out of memory, crashed, or never started —
 * gives its file a report with the error, so the other files go on; a cancelled or failed
 * worker is never reused.
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

  const idle: Array<{ worker: Worker; timer: NodeJS.Timeout; onExit: () => void }> = [];
  const unpark = (parked: (typeof idle)[number]) => {
    const at = idle.indexOf(parked);
    if (at >= 0) idle.splice(at, 1);
    clearTimeout(parked.timer);
    parked.worker.off('exit', parked.onExit);
  };
  const take = (): Worker => {
    const parked = idle.at(-1);
    if (!parked)
      return new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    unpark(parked);
    parked.worker.ref();
    return parked.worker;
  };
  const park = (worker: Worker) => {
    worker.unref();
    const parked = {
      worker,
      timer: setTimeout(() => {
        unpark(parked);
        void worker.terminate();
      }, IDLE_WORKER_MS).unref(),
      onExit: () => unpark(parked),
    };
    worker.once('exit', parked.onExit);
    idle.push(parked);
  };

  return {
    async analyze(path, request, onProgress, signal) {
      await acquire();
      try {
        return await runInWorker(take(), park, heapLimitMb, path, request, onProgress, signal);
      } finally {
        release();
      }
    },
  };
}

function runInWorker(
  worker: Worker,
  park: (worker: Worker) => void,
  heapLimitMb: number,
  path: string,
  request: AnalysisRequestInput,
  onProgress: (bytesRead: number, totalBytes: number) => void,
  signal: AbortSignal,
): Promise<CaptureReport> {
  return new Promise((resolve, reject) => {
    let lastProgress = 0;
    let killTimer: NodeJS.Timeout | undefined;
    let settled = false;
    const send = (message: ToWorker) => worker.postMessage(message);
    /** reusable: the worker answered its file and was not asked to cancel, so it may take the next. */
    const finish = (outcome: () => void, reusable = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      signal.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable && !signal.aborted) park(worker);
      else void worker.terminate();
      outcome();
    };
    const onAbort = () => {
      send({ type: 'cancel' });
      killTimer = setTimeout(() => finish(() => reject(new Error('cancelled'))), CANCEL_GRACE_MS);
    };

    const onMessage = (message: FromWorker) => {
      if (message.type === 'progress') {
        const now = Date.now();
        if (now - lastProgress >= PROGRESS_INTERVAL_MS || message.bytesRead === message.totalBytes) {
          lastProgress = now;
          onProgress(message.bytesRead, message.totalBytes);
        }
      } else if (message.type === 'done') {
        finish(() => resolve(message.report), true);
      } else {
        finish(() => resolve(failedReport(path, 'failed', 'capture.error.analysisFailed', { reason: message.message })), true);
      }
    };
    const onError = (error: Error & { code?: string }) =>
      finish(() =>
        resolve(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? failedReport(path, 'out-of-memory', 'capture.error.outOfMemory', { limit: heapLimitMb })
            : failedReport(path, 'failed', 'capture.error.analysisFailed', { reason: error.message }),
        ),
      );
    const onExit = (code: number) => finish(() => resolve(failedReport(path, 'failed', 'capture.error.analysisFailed', { reason: `exit code ${code}` })));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);

    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    send({ type: 'analyze', path, request });
  });
}
