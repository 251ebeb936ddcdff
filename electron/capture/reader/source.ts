import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';

/** Bytes of the capture as the parsers see them (decompressed when the file is gzip). */
export interface ByteSource {
  /** Fills into[offset, offset + length) as far as it can; 0 means the end. */
  read(into: Uint8Array, offset: number, length: number): Promise<number>;
  /** Bytes of the file itself consumed so far (compressed bytes for gzip): the progress. */
  readonly fileBytesRead: number;
  close(): Promise<void>;
}

/** Reads the file straight into the caller's buffer. */
export function fileSource(handle: FileHandle): ByteSource {
  let position = 0;
  return {
    async read(into, offset, length) {
      const { bytesRead } = await handle.read(into, offset, length, position);
      position += bytesRead;
      return bytesRead;
    },
    get fileBytesRead() {
      return position;
    },
    close: () => handle.close(),
  };
}

export class GzipDataError extends Error {}

/** Streams a gzip file through zlib; decompressed chunks are copied into the caller's buffer. */
export function gzipSource(path: string): ByteSource {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  raw.pipe(gunzip);
  const chunks = gunzip[Symbol.asyncIterator]();
  let pending: Buffer | null = null;
  let pendingAt = 0;
  let finished = false;
  // A zlib error after some good output is reported on the next read, once that output is parsed.
  let deferred: GzipDataError | null = null;
  return {
    async read(into, offset, length) {
      let filled = 0;
      while (filled < length && !finished) {
        if (!pending || pendingAt >= pending.length) {
          if (deferred) {
            if (filled > 0) break;
            throw deferred;
          }
          let next: IteratorResult<Buffer>;
          try {
            next = await chunks.next();
          } catch (error) {
            deferred = new GzipDataError((error as Error).message);
            continue;
          }
          if (next.done) {
            finished = true;
            break;
          }
          pending = next.value;
          pendingAt = 0;
        }
        const n = Math.min(length - filled, pending.length - pendingAt);
        into.set(pending.subarray(pendingAt, pendingAt + n), offset + filled);
        pendingAt += n;
        filled += n;
      }
      return filled;
    },
    get fileBytesRead() {
      return raw.bytesRead;
    },
    async close() {
      raw.destroy();
      gunzip.destroy();
    },
  };
}
