import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { detectFormat, type Compression } from './detect';
import { PcapParser } from './pcap';
import { PcapngParser } from './pcapng';
import { decodedSource, fileSource, gzipSource, type ByteSource } from './source';
import { CompressedDataError } from './stream-decoder';
import { Lz4FrameDecoder } from './lz4';
import { ZstdDecoder } from './zstd';
import { chunkHasher, fileSha256, type ChunkHasher } from './hash';
import type { CaptureMeta, FormatParser, PacketRecord, ReadFailure, ReadWarning } from './types';

export type { PacketRecord, CaptureMeta, ReadFailure, ReadWarning, InterfaceInfo } from './types';
export type { Compression } from './detect';

const CHUNK = 4 << 20;

export interface ReadCaptureOptions {
  signal?: AbortSignal;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  onRecord?: (record: PacketRecord) => void;
  /** Also deliver pcapng custom blocks, as the frames tshark makes of them (PacketRecord.customBlock). */
  customBlocks?: boolean;
}

export interface ReadCaptureResult {
  fileSize: number;
  /** SHA-256 of the file as stored; null when the read was cancelled before the end. */
  sha256: string | null;
  compression: Compression | null;
  /** null when the file could not be recognised as a capture at all. */
  meta: CaptureMeta | null;
  failure: ReadFailure | null;
  warnings: ReadWarning[];
}

/**
 * Streams a capture file once: recognises its format by content (compression first), hands every
 * record to onRecord, and hashes the file alongside. Memory stays at one working buffer
 * (grown only to the largest block the format allows). Damage ends the read with a failure and
 * everything read before it kept, as Wireshark does.
 */
export async function readCapture(path: string, options: ReadCaptureOptions = {}): Promise<ReadCaptureResult> {
  const { signal, onProgress, onRecord } = options;
  const result: ReadCaptureResult = { fileSize: 0, sha256: null, compression: null, meta: null, failure: null, warnings: [] };

  let handle;
  try {
    // Opening a FIFO or a device waits for a writer, holding one of libuv's four threads for
    // good: anything that is not a regular file is refused before it is opened.
    const found = await stat(path);
    if (!found.isFile()) throw Object.assign(new Error('not a regular file'), { code: found.isDirectory() ? 'EISDIR' : 'ENOTREG' });
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    result.fileSize = (await handle.stat()).size;
  } catch (error) {
    await handle?.close();
    result.failure = ioFailure(error);
    return result;
  }

  // Hashed only once the content is known to be a capture: a large file of another kind is
  // refused after reading four bytes, not after reading all of it.
  let hashing: Promise<string | null> | null = null;
  const probe = new Uint8Array(4);
  const { bytesRead: probed } = await handle.read(probe, 0, 4, 0);
  let source: ByteSource;
  const outer = probed >= 2 ? detectFormat(new DataView(probe.buffer).getUint32(0, false)) : null;
  // A plain file is hashed chunk by chunk as it is read; a compressed file's hash is that of its
  // compressed bytes, which the parsers never see, so it is read a second time for it.
  let hasher: ChunkHasher | null = null;
  if (outer?.kind === 'compressed') {
    await handle.close();
    result.compression = outer.compression;
    source = compressedSource(path, outer.compression);
  } else {
    source = fileSource(handle);
    hasher = chunkHasher(result.fileSize);
  }
  const shared = hasher?.shared ?? false;
  const allocate = (size: number) => new Uint8Array(shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size));

  const record: PacketRecord = {
    index: 0,
    customBlock: false,
    interfaceId: 0,
    linkType: 0,
    hasTimestamp: true,
    seconds: 0,
    nanoseconds: 0,
    wtapNanoseconds: 0,
    capturedLength: 0,
    originalLength: 0,
    data: new Uint8Array(0),
  };
  const emit = onRecord ?? (() => undefined);
  // A small plain file needs no more than its own size; a compressed stream's size is unknown.
  const initial = result.compression ? CHUNK : Math.min(CHUNK, Math.max(4, result.fileSize));
  let buf = allocate(initial);
  let view = new DataView(buf.buffer);
  // Two buffers take turns: the next chunk is read into one while the hashing thread may still
  // be reading the last chunk in the other (allocated when first needed).
  let spare: Uint8Array | null = null;
  let start = 0;
  let end = 0;
  let eof = false;
  let parser: FormatParser | null = null;

  try {
    for (;;) {
      if (!parser && (end - start >= 4 || eof)) {
        const detected = end - start >= 4 ? detectFormat(view.getUint32(start, false)) : null;
        if (detected?.kind === 'pcap') parser = new PcapParser(record, emit);
        else if (detected?.kind === 'pcapng') parser = new PcapngParser(record, emit, options.customBlocks ?? false);
        else {
          result.failure =
            detected?.kind === 'unsupported'
              ? { code: 'unsupported', messageKey: 'capture.error.otherFormat', params: { format: detected.format } }
              : { code: 'not-a-capture', messageKey: end === 0 ? 'capture.error.empty' : 'capture.error.notCapture', params: {} };
          break;
        }
        result.meta = parser.meta;
        if (hasher) hasher.update(buf, 0, end);
        else hashing = fileSha256(path, signal);
      }
      if (parser) {
        start = parser.parse(buf, view, start, end);
        if (parser.failure) {
          result.failure = parser.failure;
          break;
        }
      }
      if (eof) {
        if (start < end) result.failure = { code: 'truncated', messageKey: 'capture.error.truncated', params: {} };
        break;
      }
      if (signal?.aborted) {
        result.failure = { code: 'cancelled', messageKey: 'capture.error.cancelled', params: {} };
        break;
      }
      // The unparsed tail moves to the start of the other buffer, with room for what the parser
      // needs plus a chunk. The parsers refuse a length beyond their format's limit before asking
      // for it, so `needed` is bounded: 16 MiB for a pcapng block, 128 MiB plus header for a D-Bus
      // or USBPcap record. A full-size buffer grows early, so every read fills at least half a
      // chunk; a small one only when a record does not fit.
      const tail = end - start;
      const needed = parser ? parser.needed : 4;
      let next: Uint8Array = spare ?? allocate(buf.length);
      if (needed > next.length - (next.length >= CHUNK ? CHUNK / 2 : 0)) next = allocate(needed + CHUNK);
      next.set(buf.subarray(start, end), 0);
      spare = next.length === buf.length ? buf : null;
      buf = next;
      view = new DataView(buf.buffer);
      start = 0;
      end = tail;
      const n = await source.read(buf, end, buf.length - end);
      if (n === 0) eof = true;
      if (hasher && parser) {
        // The other buffer's chunk must be hashed before that buffer is written again.
        await hasher.settled();
        hasher.update(buf, end, n);
      }
      end += n;
      onProgress?.(source.fileBytesRead, result.fileSize);
    }
    // A damaged file stops the parse, not the hash: it is that of the whole file, as capinfos gives it.
    if (hasher && parser && result.failure?.code !== 'cancelled') {
      for (;;) {
        await hasher.settled();
        const n = await source.read(buf, 0, buf.length);
        if (n === 0) break;
        hasher.update(buf, 0, n);
      }
    }
  } catch (error) {
    result.failure =
      error instanceof CompressedDataError ? { code: 'truncated', messageKey: 'capture.error.gzip', params: { reason: error.message } } : ioFailure(error);
    hasher?.cancel();
    hasher = null;
  } finally {
    await source.close();
  }

  if (parser instanceof PcapngParser) parser.finish();
  if (parser) result.warnings.push(...parser.warnings);
  if (hasher && parser && result.failure?.code !== 'cancelled') hashing = hasher.digest();
  else hasher?.cancel();
  result.sha256 = hashing ? await hashing : null;
  return result;
}

function compressedSource(path: string, compression: Compression): ByteSource {
  if (compression === 'gzip') return gzipSource(path);
  return decodedSource(path, (emit) => (compression === 'zstd' ? new ZstdDecoder(emit) : new Lz4FrameDecoder(emit)));
}

function ioFailure(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException)?.code ?? 'EIO';
  if (code === 'ENOTREG' || code === 'EISDIR') return { code: 'io', messageKey: 'capture.error.notRegularFile', params: {} };
  return { code: 'io', messageKey: 'capture.error.io', params: { reason: code } };
}
