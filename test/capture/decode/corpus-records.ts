import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createGunzip, gunzipSync } from 'node:zlib';
import { corpusPath } from '../../support/shared';

// Iterates the records of a classic microsecond pcap (optionally gzip-compressed) with
// pcap-parser, an implementation independent of ours.

export interface CorpusRecord {
  linkType: number;
  /** The record header's time fields as stored. */
  seconds: number;
  microseconds: number;
  data: Uint8Array;
  originalLength: number;
}

const pcapParser = createRequire(import.meta.url)('pcap-parser') as {
  parse(input: NodeJS.ReadableStream): NodeJS.EventEmitter;
};

/** pcap-parser's view of the file header. */
export interface CorpusHeader {
  magicNumber: number;
  majorVersion: number;
  minorVersion: number;
  gmtOffset: number;
  timestampAccuracy: number;
  snapshotLength: number;
  linkLayerType: number;
}

export function readClassicPcap(name: string, onRecord: (record: CorpusRecord) => void, onHeader?: (header: CorpusHeader) => void): Promise<number> {
  const file = createReadStream(corpusPath(name));
  const input = name.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  return new Promise((resolve, reject) => {
    let linkType = -1;
    let count = 0;
    const parser = pcapParser.parse(input);
    parser.on('globalHeader', (header: CorpusHeader) => {
      linkType = header.linkLayerType;
      onHeader?.(header);
    });
    parser.on('packet', (packet: { header: { timestampSeconds: number; timestampMicroseconds: number; originalLength: number }; data: Buffer }) => {
      count++;
      const { timestampSeconds: seconds, timestampMicroseconds: microseconds, originalLength } = packet.header;
      onRecord({ linkType, seconds, microseconds, data: new Uint8Array(packet.data.buffer, packet.data.byteOffset, packet.data.length), originalLength });
    });
    parser.on('end', () => resolve(count));
    parser.on('error', reject);
  });
}

/** Whether pcap-parser can read the file: classic pcap with the microsecond magic, either byte order. */
export function isClassicMicrosecondPcap(name: string): boolean {
  const raw = readFileSync(corpusPath(name));
  const bytes = name.endsWith('.gz') ? gunzipSync(raw) : raw;
  const magic = bytes.readUInt32BE(0);
  return magic === 0xa1b2c3d4 || magic === 0xd4c3b2a1;
}
