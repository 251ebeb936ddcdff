import { isPcapMagic } from './pcap';

/** The compressions Wireshark 4.0 reads a capture through, recognised by their magic numbers. */
export type Compression = 'gzip' | 'zstd' | 'lz4';

export type Detected =
  { kind: 'pcap' } | { kind: 'pcapng' } | { kind: 'compressed'; compression: Compression } | { kind: 'unsupported'; format: string } | { kind: 'unknown' };

// Capture formats recognisable by their first bytes that ProxLab does not read, so that the
// user is told what the file is instead of "not a capture".
const OTHER_FORMATS: Array<[number, string]> = [
  [0xa1b2cd34, 'pcap (Kuznetzov modified)'],
  [0x34cdb2a1, 'pcap (Kuznetzov modified)'],
  [0x736e6f6f, 'Sun snoop'],
  [0x474d4255, 'Microsoft Network Monitor 2'],
  [0x52545353, 'Microsoft Network Monitor 1'],
  [0x504b0304, 'ZIP archive'],
];

/** What a file is, from its first four bytes (big-endian), as Wireshark recognises it by content. */
export function detectFormat(first4: number): Detected {
  if (first4 >>> 16 === 0x1f8b) return { kind: 'compressed', compression: 'gzip' };
  if (first4 === 0x28b52ffd) return { kind: 'compressed', compression: 'zstd' };
  // An LZ4 frame (the format of the lz4 tool and of liblz4's frame API).
  if (first4 === 0x04224d18) return { kind: 'compressed', compression: 'lz4' };
  if (isPcapMagic(first4)) return { kind: 'pcap' };
  if (first4 === 0x0a0d0d0a) return { kind: 'pcapng' };
  const other = OTHER_FORMATS.find(([magic]) => magic === first4);
  return other ? { kind: 'unsupported', format: other[1] } : { kind: 'unknown' };
}
