import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeCaptureFile } from '../../../../electron/capture/analyze-file';
import { LISTED_ROWS, LIVE_ROWS, type Conversation, type OtherRows } from '../../../../electron/capture/analyze/conversations';
import { LIVE_CONNECTIONS } from '../../../../electron/capture/analyze/tcp';
import type { CaptureReport } from '../../../../core/capture/report-schema';
import { HEAVY_PORT, heavySource, manyFlowsCapture, SERVER, SERVER_PORT } from '../../../support/many-flows';

// A scan-like capture: far more flows than the tables keep. The report lists the busiest rows,
// adds the rest up in "other", and its totals stay exact.

const FLOWS = 200_000;
const HEAVY = 4;
const EVERY = 100;
const PAYLOAD = 1000;
/** The busy flows start once the tables have long been full. */
const HEAVY_FROM = 20_000;
/** Ethernet 14 + IPv4 20 + UDP 8. */
const LIGHT_FRAME = 42;
const HEAVY_FRAME = LIGHT_FRAME + PAYLOAD;
const HEAVY_PACKETS = (FLOWS - HEAVY_FROM) / EVERY;
const SYN_FLOWS = 50_000;

const packetsOf = (c: Conversation) => c.packetsAtoB + c.packetsBtoA;
const bytesOf = (c: Conversation) => c.bytesAtoB + c.bytesBtoA;
const sum = <T>(rows: T[], of: (row: T) => number) => rows.reduce((n, row) => n + of(row), 0);

function expectExactTotals(rows: Conversation[], other: OtherRows, packets: number, bytes: number): void {
  expect(sum(rows, packetsOf) + other.packets).toBe(packets);
  expect(sum(rows, bytesOf) + other.bytes).toBe(bytes);
}

describe('a capture with many more flows than the tables keep', () => {
  let udp: CaptureReport;
  let syn: CaptureReport;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-flows-'));
    const udpFile = path.join(dir, 'udp-flows.pcap');
    writeFileSync(udpFile, manyFlowsCapture({ flows: FLOWS, heavy: HEAVY, heavyEvery: EVERY, heavyPayload: PAYLOAD, heavyFrom: HEAVY_FROM }));
    const synFile = path.join(dir, 'syn-scan.pcap');
    writeFileSync(synFile, manyFlowsCapture({ flows: SYN_FLOWS, transport: 'tcp' }));
    udp = await analyzeCaptureFile(udpFile, { propertiesOnly: false });
    syn = await analyzeCaptureFile(synFile, { propertiesOnly: false });
  }, 240_000);

  it('lists the busiest LISTED_ROWS rows of each table and adds the rest up in "other"', () => {
    const { conversations } = udp.qos!.measured;
    expect(FLOWS).toBeGreaterThan(LIVE_ROWS);
    for (const table of ['ip', 'udp', 'endpoints'] as const) {
      expect(conversations[table]).toHaveLength(LISTED_ROWS);
      expect(conversations.other[table].folded).toBe(true);
    }
    expect(HEAVY_FROM).toBeGreaterThan(LIVE_ROWS);
    // Every light flow is its own IP pair and UDP row; the heavy ones are a few more.
    expect(conversations.ip.length + conversations.other.ip.rows).toBeGreaterThanOrEqual(FLOWS + HEAVY);
    expect(conversations.other.tcp).toEqual({ rows: 0, packets: 0, bytes: 0, folded: false });
    expect(udp.warningDetails.map((w) => w.messageKey)).toContain('capture.warning.rowsFolded');
  });

  it('keeps the totals exact: listed rows plus "other" are every packet and byte', () => {
    const { conversations } = udp.qos!.measured;
    const packets = FLOWS + HEAVY_PACKETS;
    const bytes = FLOWS * LIGHT_FRAME + HEAVY_PACKETS * HEAVY_FRAME;
    expect([udp.displayed!.packets, udp.displayed!.bytes]).toEqual([packets, bytes]);
    expectExactTotals(conversations.ip, conversations.other.ip, packets, bytes);
    expectExactTotals(conversations.udp, conversations.other.udp, packets, bytes);
    // An endpoint row counts a packet once as sent and once as received.
    const endpoints = conversations.endpoints;
    expect(sum(endpoints, (e) => e.packets) + conversations.other.endpoints.packets).toBe(2 * packets);
    expect(sum(endpoints, (e) => e.bytes) + conversations.other.endpoints.bytes).toBe(2 * bytes);
  });

  it('keeps the busy flows, though they start after the table is full, with their exact counts', () => {
    const { conversations } = udp.qos!.measured;
    const server = conversations.endpoints[0];
    expect([server.address, server.rxPackets, server.txPackets]).toEqual([SERVER, FLOWS + HEAVY_PACKETS, 0]);
    const perHeavy = HEAVY_PACKETS / HEAVY;
    const top = conversations.udp
      .slice(0, HEAVY)
      .map((c) => [c.a, c.b, c.packetsAtoB, c.bytesAtoB, c.packetsBtoA].join(' '))
      .sort();
    const expected = Array.from({ length: HEAVY }, (_, n) =>
      [`${heavySource(n)}:${HEAVY_PORT}`, `${SERVER}:${SERVER_PORT}`, perHeavy, perHeavy * HEAVY_FRAME, 0].join(' '),
    ).sort();
    expect(top).toEqual(expected);
    for (let i = 1; i < conversations.ip.length; i++) expect(bytesOf(conversations.ip[i - 1])).toBeGreaterThanOrEqual(bytesOf(conversations.ip[i]));
  });

  it('forgets idle TCP connections past LIVE_CONNECTIONS but counts every one of them', () => {
    expect(SYN_FLOWS).toBeGreaterThan(LIVE_CONNECTIONS);
    const { tcp, conversations } = syn.qos!.measured;
    expect([tcp.connections, tcp.frames]).toEqual([SYN_FLOWS, SYN_FLOWS]);
    expect(conversations.tcp).toHaveLength(LISTED_ROWS);
    expectExactTotals(conversations.tcp, conversations.other.tcp, SYN_FLOWS, syn.displayed!.bytes);
    expect(syn.warningDetails.map((w) => w.messageKey)).toContain('capture.warning.tcpConnectionsForgotten');
  });
});
