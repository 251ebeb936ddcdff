import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import { measuredColumn } from '../../electron/report/measured';
import { buildLabReportModel } from '../../electron/report/model';
import { findAssetsDir, loadDemoSession } from '../../electron/session/demo';
import { reportHtml } from '../../renderer/report/static-html';
import { pcapFile, writeCapture } from '../support/capture-writer';
import { ethernet, icmp, ipv4 } from '../support/frame-builder';

// Past 2^20 round trips the ICMP RTT median comes from a sketch and the capture report marks it
// `approximate`; the printed report's measured column says so beside the median, in both languages.

const ping = (src: string, dst: string, type: number, seq: number) =>
  ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 1 }, icmp({ type, id: 1, seq }, new Uint8Array(8))));

async function pingReport() {
  // Round trips of 2, 4 and 9 ms: median 4 ms.
  const records = [
    [0, 8, 0],
    [2000, 0, 0],
    [100_000, 8, 1],
    [104_000, 0, 1],
    [200_000, 8, 2],
    [209_000, 0, 2],
  ].map(([us, type, seq]) => {
    const data = type === 8 ? ping('10.0.0.1', '10.0.0.2', 8, seq) : ping('10.0.0.2', '10.0.0.1', 0, seq);
    return { seconds: 1_700_000_000, fraction: us, originalLength: data.length, data };
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-approx-')), 'pings.pcap');
  writeCapture(file, pcapFile({ resolution: 'micro', byteOrder: 'little', linkType: 1, snaplen: 65535, records }));
  return (await analyzeCaptureFile(file, { propertiesOnly: false })).qos!;
}

describe('an approximate ICMP RTT median in the printed report', () => {
  it('is carried from the capture report to the measured column, and only when marked', async () => {
    const qos = await pingReport();
    expect([qos.measured.icmp.rttMs.median, 'approximate' in qos.measured.icmp.rttMs]).toEqual([4, false]);
    expect(measuredColumn(qos, null).rttMedianRelativeError).toBeNull();
    const sketched = { ...qos.measured.icmp.rttMs, approximate: { relativeError: 0.005 } };
    expect(measuredColumn({ ...qos, measured: { ...qos.measured, icmp: { ...qos.measured.icmp, rttMs: sketched } } }, null).rttMedianRelativeError).toBe(0.005);
  });

  it('says "approximate" beside the median, in Indonesian and English', async () => {
    const qos = await pingReport();
    const model = buildLabReportModel(await loadDemoSession(findAssetsDir(fileURLToPath(new URL('.', import.meta.url)))!), { demo: true });
    const column = measuredColumn(qos, null);
    // The ping median is shown beside a delay from other evidence (here, as from TCP ACKs).
    const beside = { ...column, values: { ...column.values, sources: { ...column.values.sources, delay: 'tcp-ack-rtt' as const } } };
    model.services[0].measured = { ...beside, rttMedianRelativeError: 0.005 };
    expect(reportHtml(model, 'id', '')).toContain('RTT ICMP median 4,000 ms (3 balasan); median perkiraan, dalam ±0,5 %');
    expect(reportHtml(model, 'en', '')).toContain('ICMP RTT median 4.000 ms (3 replies); median approximate, within ±0.5%');
    model.services[0].measured = beside;
    expect(reportHtml(model, 'en', '')).not.toContain('median approximate');
  });
});
