/**
 * A record's bytes as their own view of the working buffer. Built with the constructor rather
 * than subarray(): subarray goes through the species lookup and costs about three times as
 * much, once per packet.
 */
export function frameView(buf: Uint8Array, offset: number, length: number): Uint8Array {
  return new Uint8Array(buf.buffer, buf.byteOffset + offset, length);
}
