import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCaptureAnalyzer } from '../../electron/capture/service';
import { formatCaptureMessage } from '../../core/capture/messages';
import { LISTED_ROWS } from '../../electron/capture/analyze/conversations';
import { corpusPath, expectedFor, haveShared } from '../support/shared';
import { manyFlowsCapture } from '../support/many-flows';

// The analyzer as the app and the CLI use it: each file in a worker thread of the built bundle.
const workerFile = fileURLToPath(new URL('../../out/capture-worker.js', import.meta.url));
const SOURCE = 'http_206_download_dupacks.pcap';
const COPIES = 40;
const FLOWS = 200_000;
/** Enough for a small capture (10 MB is), too little for 200 000 flows even bounded (they need some 30 MB). */
const TIGHT_HEAP_MB = 16;
/**
 * The cancel test's file: the same records, then a sparse tail of zeros up to 16 GiB (no disk
 * space used) that the reader takes as empty records, so it is still reading when the cancel
 * arrives however busy the machine is. The 25 MB file alone may be read to the end first.
 */
const LONG_SIZE = 16 * 1024 ** 3;

describe.skipIf(!haveShared)('capture analyzer (worker threads)', () => {
  let dir: string;
  let big: string;
  let long: string;
  beforeAll(() => {
    if (!existsSync(workerFile)) throw new Error(`${workerFile} is missing: run "npm run build" (npm test does) first`);
    // A 25 MB classic pcap: the corpus file's records forty times over (whole records, so valid).
    const bytes = readFileSync(corpusPath(SOURCE));
    dir = mkdtempSync(path.join(tmpdir(), 'proxlab-service-'));
    big = path.join(dir, 'repeated.pcap');
    writeFileSync(big, Buffer.concat([bytes.subarray(0, 24), ...Array.from({ length: COPIES }, () => bytes.subarray(24))]));
    long = path.join(dir, 'long.pcap');
    writeFileSync(long, readFileSync(big));
    truncateSync(long, LONG_SIZE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports progress up to the file size and the same figures as capinfos times the copies', async () => {
    const analyzer = createCaptureAnalyzer({ workerFile });
    const seen: number[] = [];
    const report = await analyzer.analyze(
      big,
      { propertiesOnly: true },
      (read, total) => {
        seen.push(read);
        expect(total).toBe(24 + COPIES * (readFileSync(corpusPath(SOURCE)).length - 24));
      },
      new AbortController().signal,
    );
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
    const report = await analyzer.analyze(long, { propertiesOnly: true }, () => controller.abort(), controller.signal);
    expect(report.error?.code).toBe('cancelled');
    expect(report.properties!.packets).toBe(report.error!.packetsBefore);
    // Far fewer than the file holds: the real records, then one empty record per 16 bytes of zeros.
    expect(report.properties!.packets).toBeLessThan((LONG_SIZE - statSync(big).size) / 16);
    expect(report.properties!.sha256).toBeNull();
  });

  it('runs several files at once, each with its own result', async () => {
    const analyzer = createCaptureAnalyzer({ workerFile, concurrency: 2 });
    const names = ['icmp_ping_5.pcap', 'http_espn_browse.pcapng', 'http_ipv6_1000req.pcap.gz', 'sll_http.pcap'];
    const reports = await Promise.all(
      names.map((n) => analyzer.analyze(corpusPath(n), { propertiesOnly: true }, () => undefined, new AbortController().signal)),
    );
    expect(reports.map((r) => r.properties!.packets)).toEqual(
      names.map((n) => Number(expectedFor(n).capinfos.long_machine_readable.fields['Number of packets'])),
    );
  });

  it('turns a worker that cannot start into a failed report instead of a hang', async () => {
    const analyzer = createCaptureAnalyzer({ workerFile: path.join(tmpdir(), 'no-such-worker.js') });
    const report = await analyzer.analyze(big, { propertiesOnly: true }, () => undefined, new AbortController().signal);
    expect([report.file, report.error?.code, report.properties]).toEqual(['repeated.pcap', 'failed', null]);
    expect(report.error!.message).toMatch(/^The analysis of "repeated\.pcap" stopped unexpectedly \(.+\)\./);
  });
});

describe.skipIf(!haveShared)('capture analyzer under a memory limit', () => {
  let flows: string;
  beforeAll(() => {
    if (!existsSync(workerFile)) throw new Error(`${workerFile} is missing: run "npm run build" (npm test does) first`);
    flows = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-service-')), 'flows.pcap');
    writeFileSync(flows, manyFlowsCapture({ flows: FLOWS }));
  }, 120_000);

  it('analyses 200 000 flows within a 64 MB heap: the tables stay bounded whatever the number of flows', async () => {
    // Unbounded, these flows took over 600 MB; the worker would have died at the limit.
    const analyzer = createCaptureAnalyzer({ workerFile, heapLimitMb: 64 });
    const report = await analyzer.analyze(flows, { propertiesOnly: false }, () => undefined, new AbortController().signal);
    expect(report.error).toBeNull();
    expect(report.displayed!.packets).toBe(FLOWS);
    expect(report.qos!.measured.conversations.udp).toHaveLength(LISTED_ROWS);
  }, 120_000);

  it('stops a worker that outgrows its limit alone, and reports its file as out of memory in both languages', async () => {
    const analyzer = createCaptureAnalyzer({ workerFile, heapLimitMb: TIGHT_HEAP_MB });
    const never = new AbortController().signal;
    const [tooBig, small] = await Promise.all([
      analyzer.analyze(flows, { propertiesOnly: false }, () => undefined, never),
      analyzer.analyze(corpusPath('icmp_ping_5.pcap'), { propertiesOnly: false }, () => undefined, never),
    ]);
    expect([tooBig.error?.code, tooBig.error?.messageKey, tooBig.properties, tooBig.qos]).toEqual(['out-of-memory', 'capture.error.outOfMemory', null, null]);
    expect(tooBig.error!.message).toBe(
      `Analysing "flows.pcap" needed more than the ${TIGHT_HEAP_MB} MB of memory an analysis may use, and was stopped. The other files are not affected.`,
    );
    expect(formatCaptureMessage(tooBig.error!.messageKey, tooBig.error!.params, 'id')).toBe(
      `Analisis "flows.pcap" membutuhkan lebih dari ${TIGHT_HEAP_MB} MB memori yang boleh dipakai satu analisis, sehingga dihentikan. Berkas lain tidak terpengaruh.`,
    );
    expect(small.error).toBeNull();
    expect(small.qos!.measured.icmp.replies).toBe(expectedFor('icmp_ping_5.pcap').tshark_taps.icmp_srt.replies);
  }, 120_000);
});
