import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readCapture } from '../../electron/capture/reader';
import { loadSession, SessionFileError } from '../../electron/session/session-file';
import { pcapFile } from '../support/capture-writer';
import { ethernet, ipv4, udp } from '../support/frame-builder';

// Files that used to hang the reader or lose packets: pipes and devices named as captures, and
// gzip files damaged or cut short, whose packets before the damage capinfos 4.0 still counts.

let dir: string;
beforeAll(() => void (dir = mkdtempSync(path.join(tmpdir(), 'proxlab-reader-faults-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer after ${ms} ms: the read hangs`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const haveMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe.skipIf(!haveMkfifo)('special files', () => {
  it('refuses FIFOs and devices at once, and the process can still read files after four of them', async () => {
    const fifos = [1, 2, 3, 4].map((n) => path.join(dir, `pipe${n}.pcap`));
    for (const fifo of fifos) execFileSync('mkfifo', [fifo]);
    const results = await within(Promise.all([...fifos, '/dev/zero'].map((f) => readCapture(f))), 20_000);
    for (const result of results) expect(result.failure).toEqual({ code: 'io', messageKey: 'capture.error.notRegularFile', params: {} });
    const file = path.join(dir, 'after.pcap');
    writeFileSync(file, capture(3));
    const after = await within(readCapture(file), 20_000);
    expect(after.failure).toBeNull();
    await expect(within(loadSession(fifos[0]), 20_000)).rejects.toBeInstanceOf(SessionFileError);
  });
});

/** A classic pcap of `count` UDP packets with payloads zlib cannot shrink much. */
function capture(count: number): Uint8Array {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
  const records = Array.from({ length: count }, (_, i) => {
    const data = ethernet(
      { type: 0x0800 },
      ipv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 17 }, udp({ srcPort: 5004, dstPort: 5006 }, Uint8Array.from({ length: 60 }, random))),
    );
    return { seconds: 1_700_000_000 + i, fraction: i, originalLength: data.length, data };
  });
  return pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 1, snaplen: 65535, records });
}

describe('damaged gzip captures', () => {
  const gz = gzipSync(capture(300));
  const variants: Record<string, { bytes: Uint8Array; capinfos: number }> = {
    // Counts printed by capinfos 4.0.17 ("An error occurred after reading N packets") for these very bytes.
    'bad CRC in the trailer': {
      bytes: (() => {
        const b = Uint8Array.from(gz);
        b[b.length - 8] ^= 0xff;
        return b;
      })(),
      capinfos: 300,
    },
    'cut at 70 %': { bytes: gz.subarray(0, Math.floor(gz.length * 0.7)), capinfos: 105 },
    'scrambled in the middle': {
      bytes: (() => {
        const b = Uint8Array.from(gz);
        for (let i = 0; i < 16; i++) b[Math.floor(gz.length * 0.6) + i] ^= 0x5a;
        return b;
      })(),
      capinfos: 90,
    },
  };
  const haveCapinfos = spawnSync('capinfos', ['-v']).status === 0;

  for (const [name, { bytes, capinfos }] of Object.entries(variants)) {
    it(`${name}: every packet before the damage, and the damage said`, async () => {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.pcap.gz`);
      writeFileSync(file, bytes);
      let packets = 0;
      const result = await readCapture(file, { onRecord: () => void packets++ });
      expect(packets).toBe(capinfos);
      expect(result.failure).not.toBeNull();
      if (haveCapinfos) {
        const said = spawnSync('capinfos', ['-c', '-M', file], { encoding: 'utf8' });
        expect(`${said.stdout}${said.stderr}`).toContain(`after reading ${capinfos} packets`);
      }
    });
  }

  it('an intact gzip capture reads whole', async () => {
    const file = path.join(dir, 'intact.pcap.gz');
    writeFileSync(file, gz);
    let packets = 0;
    const result = await readCapture(file, { onRecord: () => void packets++ });
    expect([packets, result.failure]).toEqual([300, null]);
  });
});
