import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

/** Below this size a file is hashed in place: a thread costs more than it saves. */
const IN_THREAD_LIMIT = 16 << 20;

// Plain CommonJS for an eval worker, so it needs no file of its own beside the bundle.
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const hash = createHash('sha256');
const chunk = Buffer.allocUnsafe(4 << 20);
const fd = openSync(workerData.path, 'r');
try {
  for (let position = 0; ; ) {
    const n = readSync(fd, chunk, 0, chunk.length, position);
    if (n === 0) break;
    hash.update(chunk.subarray(0, n));
    position += n;
  }
} finally {
  closeSync(fd);
}
parentPort.postMessage(hash.digest('hex'));
`;

/**
 * SHA-256 of a file as stored. Large files are hashed on a thread of their own while the reader
 * parses them on this one, so hashing (about 0.6 s per GB) does not add to the read time; the
 * second sequential read is served from the page cache the first one fills. Resolves null when
 * cancelled or when the file cannot be read.
 */
export function fileSha256(path: string, size: number, signal?: AbortSignal): Promise<string | null> {
  if (size < IN_THREAD_LIMIT) {
    return readFile(path).then(
      (bytes) => createHash('sha256').update(bytes).digest('hex'),
      () => null,
    );
  }
  return new Promise((resolve) => {
    const worker = new Worker(HASH_WORKER, { eval: true, workerData: { path } });
    const done = (value: string | null) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
      void worker.terminate();
    };
    const onAbort = () => done(null);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (hex: string) => done(hex));
    worker.once('error', () => done(null));
    worker.once('exit', () => done(null));
  });
}
