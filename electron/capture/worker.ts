import { parentPort } from 'node:worker_threads';
import { analyzeCaptureFile } from './analyze-file';
import type { FromWorker, ToWorker } from './worker-protocol';

// One analysis per worker: the main thread of the main process never parses a capture.
const port = parentPort;
if (!port) throw new Error('capture worker must run in a worker thread');

const controller = new AbortController();
const post = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') {
    controller.abort();
    return;
  }
  analyzeCaptureFile(message.path, {
    ...message.request,
    signal: controller.signal,
    onProgress: (bytesRead, totalBytes) => post({ type: 'progress', bytesRead, totalBytes }),
  }).then(
    (report) => post({ type: 'done', report }),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
