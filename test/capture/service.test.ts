import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCaptureAnalyzer } from '../../electron/capture/service';
import { corpusPath, expectedFor, haveShared } from '../support/shared';

// The analyzer as the app and the CLI use it: each file in a worker thread of the built bundle.
const workerFile = fileURLToPath(new URL('../../out/capture-worker.js', import.meta.url));
const SOURCE = 'http_206_download_dupacks.pcap';
const COPIES = 40;

describe.skipIf(!haveShared)('capture analyzer (worker threads)', () => {
  let big: string;
  beforeAll(() => {
    if (!existsSync(workerFile)) throw new Error(`${workerFile} is missing: run "npm run build" (npm test does) first`);
    // A 25 MB classic pcap: the corpus file's records forty times over (whole records, so valid).
    const bytes = readFileSync(corpusPath(SOURCE));
    big = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-service-')), 'repeated.pcap');
    writeFileSync(big, Buffer.concat([bytes.subarray(0, 24), ...Array.from({ length: COPIES }, () => bytes.subarray(24))]));
  });

  it('reports progress up to the file size and the same figures as capinfos times the copies', async () => {
    const analyzer = createCaptureAnalyzer({ workerFile });
    const seen: number[] = [];
    const report = await analyzer.analyze(big, { propertiesOnly: true }, (read, total) => {
      seen.push(read);
      expect(total).toBe(24 + COPIES * (readFileSync(corpusPath(SOURCE)).length - 24));
    }, new AbortController().signal);
    const fields = expectedFor(SOURCE).capinfos.long_machine_readable.fields;
    expect(report.error).toBeNull();
    expect(report.properties!.packets).toBe(COPIES * Number(fields['Number of packets']));
    expect(report.properties!.bytes).toBe(COPIES * Number(fields['Data size'].split(' ')[0]));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(report.properties!.fileSize);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('cancels: the report says so and covers only the packets read until then', async () => {
    const analyzer = createCaptureAnalyzer({ workerFile });
    const controller = new AbortController();
    const report = await analyzer.analyze(big, { propertiesOnly: true }, () => controller.abort(), controller.signal);
    expect(report.error?.code).toBe('cancelled');
    expect(report.properties!.packets).toBe(report.error!.packetsBefore);
    expect(report.properties!.packets).toBeLessThan(COPIES * 672);
    expect(report.properties!.sha256).toBeNull();
  });

  it('runs several files at once, each with its own result', async () => {
    const analyzer = createCaptureAnalyzer({ workerFile, concurrency: 2 });
    const names = ['icmp_ping_5.pcap', 'http_espn_browse.pcapng', 'http_ipv6_1000req.pcap.gz', 'sll_http.pcap'];
    const reports = await Promise.all(names.map((n) => analyzer.analyze(corpusPath(n), { propertiesOnly: true }, () => undefined, new AbortController().signal)));
    expect(reports.map((r) => r.properties!.packets)).toEqual(names.map((n) => Number(expectedFor(n).capinfos.long_machine_readable.fields['Number of packets'])));
  });

  it('turns a worker that cannot start into an error instead of a hang', async () => {
    const analyzer = createCaptureAnalyzer({ workerFile: path.join(tmpdir(), 'no-such-worker.js') });
    await expect(analyzer.analyze(big, { propertiesOnly: true }, () => undefined, new AbortController().signal)).rejects.toThrow();
  });
});
