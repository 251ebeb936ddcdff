// TCP sequence space is modulo 2^32: a is "after" b when the signed 32-bit distance b − a is
// negative (RFC 793 §3.3, the comparison Wireshark's GT_SEQ/LT_SEQ make). Inputs are uint32.

export const seqAfter = (a: number, b: number): boolean => ((b - a) | 0) < 0;
export const seqBefore = (a: number, b: number): boolean => ((a - b) | 0) < 0;
export const seqAtOrBefore = (a: number, b: number): boolean => ((a - b) | 0) <= 0;
export const seqAdd = (a: number, n: number): number => (a + n) >>> 0;
