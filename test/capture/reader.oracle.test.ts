import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readCapture } from '../../electron/capture/reader';
import { corpusFiles, corpusPath } from '../support/shared';

// pcap-parser — the package first chosen for ProxLab — as a differential oracle on every
// classic microsecond pcap of the corpus: the same records, field for field and byte for byte.
// (It reads nothing else, and on damage it stops without saying so; our reader says why.)

const pcapParser = createRequire(import.meta.url)('pcap-parser') as {
  parse(path: string): NodeJS.EventEmitter;
};

interface Row {
  seconds: number;
  micros: number;
  captured: number;
  original: number;
  digest: string;
}

const digest = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

function viaPcapParser(path: string): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const rows: Row[] = [];
    const parser = pcapParser.parse(path);
    parser.on('packet', (p: { header: { timestampSeconds: number; timestampMicroseconds: number; capturedLength: number; originalLength: number }; data: Buffer }) =>
      rows.push({ seconds: p.header.timestampSeconds, micros: p.header.timestampMicroseconds, captured: p.header.capturedLength, original: p.header.originalLength, digest: digest(p.data) }),
    );
    parser.on('end', () => resolve(rows));
    parser.on('error', reject);
  });
}

const classicMicrosecond = corpusFiles().filter((name) => {
  const magic = readFileSync(corpusPath(name)).subarray(0, 4).toString('hex');
  return magic === 'a1b2c3d4' || magic === 'd4c3b2a1';
});

describe.each(classicMicrosecond)('%s', (name) => {
  it('gives the records pcap-parser gives', async () => {
    const ours: Row[] = [];
    const result = await readCapture(corpusPath(name), {
      onRecord: (r) => ours.push({ seconds: r.seconds, micros: r.nanoseconds / 1000, captured: r.capturedLength, original: r.originalLength, digest: digest(r.data) }),
    });
    const theirs = await viaPcapParser(corpusPath(name));
    if (result.failure?.code === 'corrupt') {
      // pcap-parser waits for the gigabytes the bad header claims and ends with what came before.
      expect(theirs).toEqual(ours);
    } else {
      expect(ours.length).toBeGreaterThan(0);
      expect(ours).toEqual(theirs);
    }
  });
});
