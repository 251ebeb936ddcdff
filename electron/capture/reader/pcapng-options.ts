/**
 * Walks the options of a pcapng block body: code (16 bit), length (16 bit), value padded to 32
 * bits, until opt_endofopt or the end of the area. Returns false when an option runs past the
 * block (the block is damaged).
 */
export function forEachOption(
  view: DataView,
  start: number,
  end: number,
  littleEndian: boolean,
  visit: (code: number, valueStart: number, length: number) => void,
): boolean {
  let at = start;
  while (end - at >= 4) {
    const code = view.getUint16(at, littleEndian);
    const length = view.getUint16(at + 2, littleEndian);
    if (code === 0) return true;
    if (at + 4 + length > end) return false;
    visit(code, at + 4, length);
    at += 4 + ((length + 3) & ~3);
  }
  return true;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** An option's text, without the NUL terminators some writers add. */
export function optionText(buf: Uint8Array, start: number, length: number): string {
  let end = start + length;
  while (end > start && buf[end - 1] === 0) end--;
  return utf8.decode(buf.subarray(start, end));
}

/** An unsigned 64-bit counter as a number; null beyond 2^53, which only a damaged block holds. */
export function optionUint64(view: DataView, at: number, littleEndian: boolean): number | null {
  const a = view.getUint32(at, littleEndian);
  const b = view.getUint32(at + 4, littleEndian);
  const [high, low] = littleEndian ? [b, a] : [a, b];
  return high < 0x200000 ? high * 4294967296 + low : null;
}
