// Whether a DNS message's sections all fit in the bytes at hand. Wireshark's dissector throws
// on the first field past the end ("Malformed Packet"), before it shows dns.time, so such a
// response answers its query without a response time.

/** The end of the name at p, or -1 when it runs past `end`. */
function skipName(d: Uint8Array, p: number, end: number): number {
  while (p < end) {
    const length = d[p];
    if (length === 0) return p + 1;
    // A compression pointer ends the name; other extended label types stop Wireshark's walk too.
    if ((length & 0xc0) === 0xc0) return p + 2 <= end ? p + 2 : -1;
    if (length & 0xc0) return p + 1;
    p += 1 + length;
  }
  return -1;
}

/** True when the header's question and record counts all fit in d[start, end). */
export function dnsMessageFits(d: Uint8Array, start: number, end: number): boolean {
  if (end - start < 12) return false;
  const count = (at: number) => (d[start + at] << 8) | d[start + at + 1];
  let p = start + 12;
  for (let q = count(4); q > 0; q--) {
    p = skipName(d, p, end);
    if (p < 0 || (p += 4) > end) return false;
  }
  for (let r = count(6) + count(8) + count(10); r > 0; r--) {
    p = skipName(d, p, end);
    if (p < 0 || p + 10 > end) return false;
    p += 10 + ((d[p + 8] << 8) | d[p + 9]);
    if (p > end) return false;
  }
  return true;
}
