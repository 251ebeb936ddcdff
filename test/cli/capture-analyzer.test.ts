import { describe, expect, it } from 'vitest';
import { closeSync, mkdtempSync, openSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IN_PROCESS_MAX_BYTES, smallEnoughInProcess } from '../../electron/cli/capture-analyzer';
import { createInProcessAnalyzer } from '../../electron/capture/in-process';
import { createCaptureAnalyzer } from '../../electron/capture/service';
import type { AnalysisRequestInput } from '../../core/capture/analysis-request-schema';
import { corpusFiles, corpusPath, haveShared } from '../support/shared';

/** A file of `size` bytes that takes no disk (only its size is looked at). */
function sparseFile(size: number): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-size-')), 'big.pcap');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return file;
}

describe('where the CLI analyses a run', () => {
  it('in process while the files together are small, in workers beyond, for a device or a pipe', async () => {
    expect(await smallEnoughInProcess([sparseFile(IN_PROCESS_MAX_BYTES)])).toBe(true);
    expect(await smallEnoughInProcess([sparseFile(IN_PROCESS_MAX_BYTES + 1)])).toBe(false);
    expect(await smallEnoughInProcess([sparseFile(IN_PROCESS_MAX_BYTES / 2), sparseFile(IN_PROCESS_MAX_BYTES / 2 + 1)])).toBe(false);
    expect(await smallEnoughInProcess(['/nonexistent/capture.pcap'])).toBe(true);
    expect(await smallEnoughInProcess(['/dev/null'])).toBe(false);
  });
});

describe.skipIf(!haveShared)('analysing in process', () => {
  const never = new AbortController().signal;
  const both = async (file: string, request: AnalysisRequestInput) => {
    const [inProcess, worker] = await Promise.all([
      createInProcessAnalyzer().analyze(file, request, () => undefined, never),
      createCaptureAnalyzer().analyze(file, request, () => undefined, never),
    ]);
    return [JSON.stringify(inProcess), JSON.stringify(worker)];
  };

  it('gives every corpus file the report a worker gives it, with and without a filter and a server', async () => {
    for (const name of corpusFiles()) {
      const [inProcess, worker] = await both(corpusPath(name), { propertiesOnly: false });
      expect(inProcess, name).toBe(worker);
      const [filtered, filteredInWorker] = await both(corpusPath(name), {
        propertiesOnly: false,
        filter: 'tcp || icmp',
        server: '10.0.0.1',
        column: 'measured',
      });
      expect(filtered, name).toBe(filteredInWorker);
    }
  }, 120_000);

  it('gives a file whose analysis throws the failed report a worker gives it', async () => {
    const [inProcess, worker] = await both(corpusPath('icmp_ping_5.pcap'), { propertiesOnly: false, thresholds: 'no-such-set' });
    expect(inProcess).toBe(worker);
    expect(JSON.parse(inProcess).error).toMatchObject({ code: 'failed', params: { reason: 'unknown threshold set "no-such-set"' } });
  });
});
