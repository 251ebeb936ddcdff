import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** Below this size a file is hashed in place: a thread costs more than it saves. */
const IN_THREAD_LIMIT = 16 << 20;

/**
 * SHA-256 of the bytes the reader reads, as it reads them: each chunk is hashed once it is in
 * the reader's buffer, so the file is read once. update() hands a chunk over; the reader must
 * not overwrite it before settled() resolves. Large files are hashed on a thread of their own
 * (about 0.75 s per GB) over the shared buffer, while this one parses the same bytes.
 */
export interface ChunkHasher {
  /** Whether the reader's buffers must be SharedArrayBuffers (the hashing thread reads them). */
  readonly shared: boolean;
  update(buf: Uint8Array, offset: number, length: number): void;
  /** Resolves once every chunk handed over is hashed. */
  settled(): Promise<void>;
  /** The hex digest; null when the hashing thread failed. Ends the hasher. */
  digest(): Promise<string | null>;
  /** Stops without a digest (a cancelled read). */
  cancel(): void;
}

export function chunkHasher(fileSize: number): ChunkHasher {
  return fileSize < IN_THREAD_LIMIT ? inThreadHasher() : threadHasher();
}

function inThreadHasher(): ChunkHasher {
  const hash = createHash('sha256');
  const done = Promise.resolve();
  return {
    shared: false,
    update: (buf, offset, length) => void hash.update(buf.subarray(offset, offset + length)),
    settled: () => done,
    digest: async () => hash.digest('hex'),
    cancel: () => undefined,
  };
}

// Plain CommonJS for an eval worker, so it needs no file of its own beside the bundle. It
// answers every chunk with its length, and `null` with the digest.
const HASH_WORKER = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hash = createHash('sha256');
parentPort.on('message', (m) => {
  if (m === null) {
    parentPort.postMessage(hash.digest('hex'));
    return;
  }
  hash.update(new Uint8Array(m.buffer, m.offset, m.length));
  parentPort.postMessage(m.length);
});
`;

function threadHasher(): ChunkHasher {
  // Started with the first chunk: a large file that is no capture never starts it.
  let worker: Worker | null = null;
  let pending = 0;
  let waiters: Array<() => void> = [];
  let failed = false;
  let onDigest: ((hex: string | null) => void) | null = null;
  const release = () => {
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  const fail = () => {
    failed = true;
    pending = 0;
    release();
    onDigest?.(null);
  };
  const started = () => {
    if (worker) return worker;
    const w = new Worker(HASH_WORKER, { eval: true });
    w.on('message', (m: number | string) => {
      if (typeof m === 'string') onDigest?.(m);
      else if (--pending === 0) release();
    });
    w.once('error', fail);
    w.once('exit', fail);
    return (worker = w);
  };
  return {
    shared: true,
    update(buf, offset, length) {
      if (failed || length === 0) return;
      pending++;
      started().postMessage({ buffer: buf.buffer, offset: buf.byteOffset + offset, length });
    },
    settled: () => (pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    digest() {
      if (failed) return Promise.resolve(null);
      const w = started();
      return new Promise((resolve) => {
        onDigest = (hex) => {
          onDigest = null;
          void w.terminate();
          resolve(hex);
        };
        w.postMessage(null);
      });
    },
    cancel() {
      failed = true;
      release();
      void worker?.terminate();
    },
  };
}

/**
 * SHA-256 of a file read on its own: for a gzip capture, whose hash is that of the compressed
 * file while the reader sees the decompressed bytes. Resolves null when cancelled or unreadable.
 */
export async function fileSha256(path: string, signal?: AbortSignal): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, signal })) hash.update(chunk as Buffer);
  } catch {
    return null;
  }
  return hash.digest('hex');
}
