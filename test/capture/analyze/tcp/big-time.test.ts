import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../../../electron/capture/analyze-file';
import { pcapngFile, writeCapture } from '../../../support/capture-writer';
import { arp, ethernet } from '../../../support/frame-builder';
import { bigTimeFlow } from './big-time-flow';

// A TCP connection at about 1.7e13 s after the epoch (microsecond pcapng ticks near 2^64),
// behind a stray first frame at 1 s: 1.7e22 ns from the first frame, past a double's exact
// integers. tshark 4.0.17 on the same file (-T fields -e tcp.analysis.ack_rtt
// -e tcp.analysis.initial_rtt -e frame.time_epoch): 42 ACK RTTs from 0.000001 to 0.000040 s,
// initial RTT 0.000012 s.

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-big-time-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('times far from the first frame', () => {
  it("keeps ACK RTTs, the handshake RTT and the capture's duration exact", async () => {
    const stray = ethernet({ type: 0x0806 }, arp({ opcode: 1 }));
    const bytes = pcapngFile([
      {
        byteOrder: 'little',
        blocks: [
          { type: 'idb', linkType: 1, snaplen: 0 },
          { type: 'epb', interfaceId: 0, ticks: 1_000_000n, originalLength: stray.length, data: stray },
          ...bigTimeFlow().map(([ticks, data]) => ({ type: 'epb' as const, interfaceId: 0, ticks, originalLength: data.length, data })),
        ],
      },
    ]);
    const report = await analyzeCaptureFile(writeCapture(path.join(dir, 'big-time.pcapng'), bytes), { propertiesOnly: false });
    const tcp = report.qos!.measured.tcp;
    expect([tcp.ackRttMs.count, tcp.ackRttMs.min, tcp.ackRttMs.max]).toEqual([42, 0.001, 0.04]);
    expect(tcp.initialRttMs.mean).toBe(0.012);
    // capinfos: first 1.000000, last 17446744073709.552568 (its -S table row).
    expect([report.properties!.firstTime, report.properties!.lastTime]).toEqual(['1.000000000', '17446744073709.552568000']);
  });
});
