import { Decompress } from 'fzstd';
import { CompressedDataError, type Emit, type StreamDecoder } from './stream-decoder';

/**
 * Zstandard through fzstd, a small pure-JavaScript streaming decoder (Node 20's zlib has no
 * zstd). It emits each block as decoded; it does not verify the optional content checksum.
 */
export class ZstdDecoder implements StreamDecoder {
  private readonly inner: Decompress;

  constructor(emit: Emit) {
    this.inner = new Decompress((chunk) => emit(chunk.slice()));
  }

  push(chunk: Uint8Array): void {
    this.guard(() => this.inner.push(chunk, false));
  }

  end(): void {
    this.guard(() => this.inner.push(new Uint8Array(0), true));
  }

  private guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      throw new CompressedDataError((error as Error).message || 'invalid zstd data');
    }
  }
}
