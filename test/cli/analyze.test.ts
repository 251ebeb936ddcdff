import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../electron/cli/run';
import { analyzeCommand } from '../../electron/cli/analyze';
import { createCaptureAnalyzer } from '../../electron/capture/service';
import type { CaptureAnalyzer } from '../../electron/capture/analyzer';
import { CaptureReportSchema } from '../../core/capture/report-schema';
import { corpusFiles, corpusPath, expectedFor, haveShared } from '../support/shared';
import { manyFlowsCapture } from '../support/many-flows';

const workerFile = fileURLToPath(new URL('../../out/capture-worker.js', import.meta.url));

/** analyze with a given analyzer (the CLI's own runs workers with the default memory limit). */
async function analyzeWith(analyzer: CaptureAnalyzer, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await analyzeCommand(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'en_US.UTF-8' } }, () => analyzer);
  return { code, stdout, stderr };
}

async function cli(args: string[], env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' }) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

describe.skipIf(!haveShared)('proxlab analyze', () => {
  it('prints one JSON array of reports, in the order given, equal to capinfos, and exits 2 for damaged files', async () => {
    const files = corpusFiles();
    const result = await cli(['analyze', '--properties', '--json', ...files.map(corpusPath)]);
    expect(result.code).toBe(2);
    const reports = CaptureReportSchema.array().parse(JSON.parse(result.stdout));
    expect(reports.map((r) => r.file)).toEqual(files);
    for (const report of reports) {
      const expected = expectedFor(report.file);
      const fields = expected.capinfos.long_machine_readable.fields;
      expect(report.properties!.packets).toBe(Number(fields['Number of packets'] ?? expected.tshark_read.frames_read));
      expect(report.properties!.sha256).toBe(expected.sha256);
      expect(report.displayed).toBeNull();
    }
    // Damage is told on stderr, one line per file, in the chosen language.
    expect(result.stderr).toContain('http_truncated_cut_short.pcap" appears to have been cut short in the middle of a packet.');
    expect(result.stderr).toContain('corrupt_bogus_record_length.pcap" appears to be damaged or corrupt.');
  });

  it("reads like Wireshark's dialog in Indonesian, and exits 0 for a clean file", async () => {
    const result = await cli(['analyze', corpusPath('http_espn_browse.pcapng')], { LANG: 'id_ID.UTF-8', TZ: 'UTC' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Paket\s+956/);
    expect(result.stdout).toMatch(/Byte\s+652\.181/);
    expect(result.stdout).toContain('082b15d9435ff8139d9317011e1bab821a9c082851fb2c669e54935eb9bc14fc');
    expect(result.stderr).toBe('');
  });

  it('writes one CSV row per file', async () => {
    const result = await cli(['analyze', '--csv', corpusPath('icmp_ping_5.pcap'), corpusPath('sll_http.pcap')]);
    const rows = result.stdout
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    expect(rows.map((r) => [r[0], r[5]])).toEqual([
      ['file', 'packets'],
      ['icmp_ping_5.pcap', '10'],
      ['sll_http.pcap', '426'],
    ]);
  });

  it('lists RTP found by pattern in a capture without signalling unless --rtp-streams announced', async () => {
    const file = corpusPath('rtp_g711a_stream_only.pcap');
    const streams = async (...args: string[]) => {
      const result = await cli(['analyze', '--json', ...args, file]);
      expect(result.code).toBe(0);
      return CaptureReportSchema.array()
        .parse(JSON.parse(result.stdout))[0]
        .qos!.measured.rtp.map((s) => [s.origin, s.ssrc, s.packets, s.lost]);
    };
    expect(await streams()).toEqual([['pattern', '0xDEE0EE8F', 236, 0]]);
    expect(await streams('--rtp-streams', 'all')).toEqual([['pattern', '0xDEE0EE8F', 236, 0]]);
    expect(await streams('--rtp-streams', 'announced')).toEqual([]);
    expect((await cli(['analyze', '--rtp-streams', 'some', file])).code).toBe(1);
    expect((await cli(['analyze', file])).stdout).toContain('  RTP streams found by pattern, not announced by SIP/SDP: 1\n');
    expect((await cli(['analyze', '--lang', 'id', file])).stdout).toContain('  Aliran RTP yang ditemukan dari polanya, tidak diumumkan SIP/SDP: 1\n');
    expect((await cli(['analyze', '--rtp-streams', 'announced', file])).stdout).not.toContain('found by pattern');
  });

  it('refuses bad usage with exit 1 and says a missing file plainly with exit 2', async () => {
    expect((await cli(['analyze'])).code).toBe(1);
    expect((await cli(['analyze', '--json', '--csv', 'x.pcap'])).code).toBe(1);
    expect((await cli(['analyze', '--lang', 'fr', 'x.pcap'])).code).toBe(1);
    const missing = await cli(['analyze', '--json', '/nonexistent/capture.pcap']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)[0].error.code).toBe('io');
    expect(missing.stderr).toMatch(/could not be read \(ENOENT\)/);
  });

  it('reports every other file of a batch when one analysis runs out of memory, and exits 2', async () => {
    const flows = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-cli-')), 'flows.pcap');
    writeFileSync(flows, manyFlowsCapture({ flows: 200_000 }));
    // 16 MB is plenty for the corpus files and too little for 200 000 flows.
    const analyzer = createCaptureAnalyzer({ workerFile, heapLimitMb: 16 });
    const result = await analyzeWith(analyzer, ['--json', corpusPath('icmp_ping_5.pcap'), flows, corpusPath('sll_http.pcap')]);
    expect(result.code).toBe(2);
    const reports = CaptureReportSchema.array().parse(JSON.parse(result.stdout));
    expect(reports.map((r) => [r.file, r.error?.code ?? null, r.properties?.packets ?? null])).toEqual([
      ['icmp_ping_5.pcap', null, 10],
      ['flows.pcap', 'out-of-memory', null],
      ['sll_http.pcap', null, 426],
    ]);
    expect(reports[2].qos!.measured.tcp.connections).toBeGreaterThan(0);
    expect(result.stderr).toBe(
      'proxlab: flows.pcap: Analysing "flows.pcap" needed more than the 16 MB of memory an analysis may use, and was stopped. The other files are not affected.\n',
    );
  }, 120_000);

  it('gives a file whose analysis fails in any other way a failed report, in the chosen language', async () => {
    const real = createCaptureAnalyzer({ workerFile });
    const failing: CaptureAnalyzer = {
      analyze: (file, ...rest) => (file.endsWith('sll_http.pcap') ? Promise.reject(new Error('worker crashed')) : real.analyze(file, ...rest)),
    };
    const result = await analyzeWith(failing, ['--csv', '--lang', 'id', corpusPath('sll_http.pcap'), corpusPath('icmp_ping_5.pcap')]);
    expect(result.code).toBe(2);
    const rows = result.stdout
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    expect(rows.slice(1).map((r) => [r[0], r[1], r[5]])).toEqual([
      ['sll_http.pcap', 'failed', ''],
      ['icmp_ping_5.pcap', '', '10'],
    ]);
    expect(result.stderr).toBe(
      'proxlab: sll_http.pcap: Analisis "sll_http.pcap" berhenti secara tak terduga (worker crashed). Berkas lain tidak terpengaruh.\n',
    );
  });
});
