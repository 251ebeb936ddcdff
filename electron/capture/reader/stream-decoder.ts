/** The compressed file is damaged or ends inside its stream; everything decoded before is kept. */
export class CompressedDataError extends Error {}

/**
 * A streaming decompressor: push() the file's bytes in any pieces, end() when the file ends.
 * Decoded bytes go to the `emit` callback it was made with, each piece its own copy, as soon as
 * they are known; damage throws CompressedDataError after emitting everything before it.
 */
export interface StreamDecoder {
  push(chunk: Uint8Array): void;
  end(): void;
}

export type Emit = (decoded: Uint8Array) => void;
