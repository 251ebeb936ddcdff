import { parentPort } from 'node:worker_threads';
import { analyzeCaptureFile } from './analyze-file';
import type { FromWorker, ToWorker } from './worker-protocol';

// One analysis at a time per worker, one after another (the service reuses an idle worker for
// the next file): the main thread of the main process never parses a capture.
const port = parentPort;
if (!port) throw new Error('capture worker must run in a worker thread');

let controller = new AbortController();
const post = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') {
    controller.abort();
    return;
  }
  controller = new AbortController();
  analyzeCaptureFile(message.path, {
    ...message.request,
    signal: controller.signal,
    onProgress: (bytesRead, totalBytes) => post({ type: 'progress', bytesRead, totalBytes }),
  }).then(
    (report) => post({ type: 'done', report }),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
