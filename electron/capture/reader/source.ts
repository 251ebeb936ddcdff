import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Inflate } from 'pako';
import { CompressedDataError, type Emit, type StreamDecoder } from './stream-decoder';

/** Bytes of the capture as the parsers see them (decompressed when the file is compressed). */
export interface ByteSource {
  /** Fills into[offset, offset + length) as far as it can; 0 means the end. */
  read(into: Uint8Array, offset: number, length: number): Promise<number>;
  /** Bytes of the file itself consumed so far (compressed bytes for a compressed file): the progress. */
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

/**
 * The decompressed bytes of a damaged or cut gzip file after the first `skip`, up to the very
 * byte before the damage, then the error. Node's zlib drops the output of the call that met
 * the error (up to a whole chunk, or every packet of a small file), where Wireshark's reader
 * keeps it; pako leaves that output in its buffer, so the damaged path is replayed through it.
 */
async function* inflatedBeforeDamage(path: string, skip: number): AsyncGenerator<Uint8Array> {
  // Loaded only for a damaged file: every other start is spared compiling it.
  const pako = await import('pako');
  // pako's typings omit the stream state and the end flag this needs.
  const inflate = new pako.Inflate() as Inflate & { strm: { output: Uint8Array; next_out: number }; ended: boolean };
  let pending: Uint8Array[] = [];
  inflate.onData = (chunk) => void pending.push(chunk as Uint8Array);
  let left = skip;
  const take = function* (chunks: Uint8Array[]) {
    for (const chunk of chunks) {
      if (left >= chunk.length) left -= chunk.length;
      else {
        yield chunk.subarray(left);
        left = 0;
      }
    }
  };
  for await (const raw of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const ok = inflate.push(raw as Buffer, false);
    if (!ok) pending.push(inflate.strm.output.subarray(0, inflate.strm.next_out));
    yield* take(pending);
    pending = [];
    if (!ok) throw new CompressedDataError(inflate.msg || 'invalid compressed data');
    if (inflate.ended) return;
  }
  // The file ended inside the stream: what was decoded so far is given up when the end is declared.
  inflate.push(new Uint8Array(0), 2);
  yield* take(pending);
  throw new CompressedDataError('unexpected end of file');
}

/** Streams a gzip file through zlib; decompressed chunks are copied into the caller's buffer. */
export function gzipSource(path: string): ByteSource {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  raw.pipe(gunzip);
  let chunks: AsyncIterator<Uint8Array> = gunzip[Symbol.asyncIterator]();
  let delivered = 0;
  let recovering = false;
  let pending: Uint8Array | null = null;
  let pendingAt = 0;
  let finished = false;
  // A zlib error after some good output is reported on the next read, once that output is parsed.
  let deferred: CompressedDataError | null = null;
  return {
    async read(into, offset, length) {
      let filled = 0;
      while (filled < length && !finished) {
        if (!pending || pendingAt >= pending.length) {
          if (deferred) {
            if (filled > 0) break;
            throw deferred;
          }
          let next: IteratorResult<Uint8Array>;
          try {
            next = await chunks.next();
          } catch (error) {
            if (!recovering) {
              recovering = true;
              chunks = inflatedBeforeDamage(path, delivered);
            } else deferred = error instanceof CompressedDataError ? error : new CompressedDataError((error as Error).message);
            continue;
          }
          if (next.done) {
            finished = true;
            break;
          }
          pending = next.value;
          pendingAt = 0;
          delivered += pending.length;
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

/**
 * Streams a compressed file through a StreamDecoder; decoded pieces are copied into the caller's
 * buffer. Damage is reported on the read after the one that delivered the last good bytes, so
 * that everything before it is parsed first.
 */
export function decodedSource(path: string, makeDecoder: (emit: Emit) => StreamDecoder): ByteSource {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const input = raw[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  const queue: Uint8Array[] = [];
  let queueAt = 0;
  const decoder = makeDecoder((decoded) => void queue.push(decoded));
  let damage: CompressedDataError | null = null;
  let ended = false;
  const feed = async () => {
    const next = await input.next();
    try {
      if (next.done) {
        ended = true;
        decoder.end();
      } else decoder.push(next.value);
    } catch (error) {
      damage = error instanceof CompressedDataError ? error : new CompressedDataError((error as Error).message);
    }
  };
  return {
    async read(into, offset, length) {
      let filled = 0;
      while (filled < length) {
        if (queue.length === 0) {
          if (damage) {
            if (filled > 0) break;
            throw damage;
          }
          if (ended) break;
          await feed();
          continue;
        }
        const head = queue[0];
        const n = Math.min(length - filled, head.length - queueAt);
        into.set(head.subarray(queueAt, queueAt + n), offset + filled);
        queueAt += n;
        filled += n;
        if (queueAt === head.length) {
          queue.shift();
          queueAt = 0;
        }
      }
      return filled;
    },
    get fileBytesRead() {
      return raw.bytesRead;
    },
    async close() {
      raw.destroy();
    },
  };
}
