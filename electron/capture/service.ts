import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CaptureAnalyzer } from '../handlers';
import type { CaptureReport } from './report';
import type { FromWorker, ToWorker } from './worker-protocol';
import type { AnalysisRequestInput } from './analysis-request';

/** How long a cancelled worker may take to notice before it is terminated. */
const CANCEL_GRACE_MS = 2_000;
/** Progress is forwarded at most this often per job; a UI needs no more. */
const PROGRESS_INTERVAL_MS = 100;

function defaultWorkerFile(): string {
  // Bundled: the worker sits next to main.js / cli.js. From sources (tests): the built copy in out/.
  const beside = fileURLToPath(new URL('./capture-worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../out/capture-worker.js', import.meta.url));
}

export interface CaptureAnalyzerOptions {
  workerFile?: string;
  concurrency?: number;
}

/**
 * Runs each analysis in its own worker thread, at most `concurrency` at once; the rest wait
 * in order. Cancelling asks the worker to stop (it returns what it read so far) and
 * terminates it if it does not answer in time.
 */
export function createCaptureAnalyzer(options: CaptureAnalyzerOptions = {}): CaptureAnalyzer {
  const workerFile = options.workerFile ?? defaultWorkerFile();
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
        return await runInWorker(workerFile, path, request, onProgress, signal);
      } finally {
        release();
      }
    },
  };
}

function runInWorker(
  workerFile: string,
  path: string,
  request: AnalysisRequestInput,
  onProgress: (bytesRead: number, totalBytes: number) => void,
  signal: AbortSignal,
): Promise<CaptureReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile);
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
        finish(() => reject(new Error(message.message)));
      }
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`capture worker stopped (exit code ${code})`))));

    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    send({ type: 'analyze', path, request });
  });
}
