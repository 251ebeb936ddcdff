import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../../../electron/capture/analyze-file';
import { skinnyMediaEndpoints } from '../../../../electron/capture/analyze/rtp/skinny';
import { pcapFile, writeCapture } from '../../../support/capture-writer';
import { concat } from '../../../support/frame-builder';
import { openReceiveChannelAck, skinnyCall, skinnyMessage, startMediaTransmission } from './skinny-frames';

// RTP set up by Cisco Skinny (SCCP). tshark 4.0.17 -z rtp,streams on skinnyCall() in a pcap:
//   0.101000 0.281000 10.0.0.10 20000 10.0.0.20 30000 0x00002222 g711A 10 0 (0.0%) 20.000 20.000 20.000 0.000 0.000 0.000
//   0.100000 0.280000 10.0.0.20 30000 10.0.0.10 20000 0x00001111 g711A 10 0 (0.0%) 20.000 20.000 20.000 0.000 0.000 0.000

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-skinny-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('RTP set up by Skinny', () => {
  it('finds the streams tshark finds from OpenReceiveChannelAck and StartMediaTransmission', async () => {
    const bytes = pcapFile({
      resolution: 'micro',
      byteOrder: 'little',
      linkType: 1,
      snaplen: 65535,
      records: skinnyCall().map(([ms, data]) => ({ seconds: 1_700_000_000, fraction: ms * 1000, originalLength: data.length, data })),
    });
    const report = await analyzeCaptureFile(writeCapture(path.join(dir, 'skinny.pcap'), bytes), { propertiesOnly: false });
    const rows = report.qos!.measured.rtp.map((s) => [
      s.src,
      s.dst,
      s.ssrc,
      s.origin,
      s.payloads.join(),
      s.packets,
      s.lost,
      s.startSeconds,
      s.meanDeltaMs,
      s.maxJitterMs,
    ]);
    expect(rows).toEqual([
      ['10.0.0.20:30000', '10.0.0.10:20000', '0x00001111', 'announced', 'g711A', 10, 0, 0.1, 20, 0],
      ['10.0.0.10:20000', '10.0.0.20:30000', '0x00002222', 'announced', 'g711A', 10, 0, 0.101, 20, 0],
    ]);
  });

  it('reads every message of a segment, and the IPv4-or-IPv6 address of header version 0x11 on', () => {
    const two = concat(openReceiveChannelAck('10.0.0.10', 20000), skinnyMessage(0x0100, new Uint8Array(8)), startMediaTransmission('10.0.0.20', 30000));
    expect(skinnyMediaEndpoints(two, 0, two.length)).toEqual([
      { addressKey: 0x0a00000a, port: 20000 },
      { addressKey: 0x0a000014, port: 30000 },
    ]);
    // Version 0x11: status, then version word 0 (IPv4), the address in 16 bytes, the port.
    const data = new Uint8Array(4 + 4 + 16 + 4);
    data.set([192, 168, 1, 5], 8);
    new DataView(data.buffer).setUint32(24, 16384, true);
    const v17 = skinnyMessage(0x22, data, 0x11);
    expect(skinnyMediaEndpoints(v17, 0, v17.length)).toEqual([{ addressKey: 0xc0a80105, port: 16384 }]);
    // A message cut by the end of the segment is left alone.
    expect(skinnyMediaEndpoints(two, 0, 20)).toEqual([]);
  });
});
