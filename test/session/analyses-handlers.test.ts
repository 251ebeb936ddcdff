import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSessionService } from '../../electron/session/service';
import { memorySettingsStore } from '../../electron/session/settings';
import { sessionAnalysesHandlers } from '../../electron/session/analyses-handlers';
import { movedAnalysis } from '../../electron/session/analysis-list';
import type { CaptureAnalysis } from '../../electron/session/analysis';
import { createCaptureAnalyzer } from '../../electron/capture/service';
import { buildLabReportModel } from '../../electron/report/model';
import { corpusPath, expectedFor, haveShared } from '../support/shared';
import { findAssetsDir } from '../../electron/session/demo';
import path from 'node:path';

// Adding, replacing, removing and reordering the open session's analyses through the handlers
// the Captures and Report pages call. Manual entries: the WordPress and Moodle vectors of docs/qos-method.md.

const notUsed = () => Promise.reject(new Error('no dialog in this test'));
const ctx = { emit: () => undefined };

function setup() {
  const sessions = createSessionService({
    settings: memorySettingsStore(),
    dialogs: { chooseSessionToOpen: notUsed, chooseSessionTarget: notUsed },
    assetsDir: null,
    hasProxmoxProfiles: () => true,
  });
  return { sessions, handlers: sessionAnalysesHandlers(sessions) };
}

const wordpress = { packets: 1755, bytes: 977393, timeSpanSeconds: 110.66, lossPercent: null, delayMs: null, jitterMs: null };
const moodle = { packets: 266, bytes: 92804, timeSpanSeconds: 72.533, lossPercent: null, delayMs: null, jitterMs: null };

describe('the session analyses calls', () => {
  it('adds manual entries in order, replaces a service added again, moves and removes', async () => {
    const { sessions, handlers } = setup();
    const first = await handlers['session.addAnalysis']({ kind: 'manual', service: 'WordPress', entry: wordpress }, ctx);
    expect(first.replaced).toBe(false);
    expect(first.state.dirty).toBe(true);
    await handlers['session.addAnalysis']({ kind: 'manual', service: 'Moodle', entry: moodle }, ctx);
    const again = await handlers['session.addAnalysis']({ kind: 'manual', service: 'wordpress', entry: { ...wordpress, packets: 1000 } }, ctx);
    expect(again.replaced).toBe(true);
    expect(again.analyses).toEqual([
      { service: 'wordpress', source: 'manual', fileName: null, packets: 1000, bytes: 977393 },
      { service: 'Moodle', source: 'manual', fileName: null, packets: 266, bytes: 92804 },
    ]);
    const moved = await handlers['session.moveAnalysis']({ from: 1, to: 0 }, ctx);
    expect(moved.analyses.map((a) => a.service)).toEqual(['Moodle', 'wordpress']);
    expect(sessions.current().session.analyses.map((a) => a.service)).toEqual(['Moodle', 'wordpress']);
    const removed = await handlers['session.removeAnalysis']({ index: 1 }, ctx);
    expect(removed.analyses.map((a) => a.service)).toEqual(['Moodle']);
    await expect(handlers['session.removeAnalysis']({ index: 1 }, ctx)).rejects.toThrow(RangeError);
    await expect(handlers['session.moveAnalysis']({ from: 0, to: 3 }, ctx)).rejects.toThrow(RangeError);
  });

  it('the report grades a manual entry added from the Captures page: 977393 B / 110.66 s × 8 = 70 659 bit/s', async () => {
    const { sessions, handlers } = setup();
    await handlers['session.addAnalysis']({ kind: 'manual', service: 'WordPress', entry: wordpress }, ctx);
    const model = buildLabReportModel(sessions.current().session, { demo: false });
    expect(Math.round(model.services[0].recipe.throughputBitsPerSecond!)).toBe(70659);
    expect(model.services[0].series).toBeNull();
  });

  it.skipIf(!haveShared)("keeps a capture analysis with capinfos' figures and its graph series", async () => {
    const name = 'http_wikipedia_mediawiki.pcap';
    const capture = await createCaptureAnalyzer().analyze(corpusPath(name), { propertiesOnly: false }, () => undefined, new AbortController().signal);
    const { sessions, handlers } = setup();
    const added = await handlers['session.addAnalysis'](
      {
        kind: 'capture',
        service: 'MediaWiki',
        filter: '',
        server: null,
        report: { properties: capture.properties, displayed: capture.displayed, qos: capture.qos },
      },
      ctx,
    );
    const row = expectedFor(name).capinfos.table.row;
    expect(added.analyses).toEqual([
      { service: 'MediaWiki', source: 'capture', fileName: name, packets: Number(row['Number of packets']), bytes: Number(row['Data size (bytes)']) },
    ]);
    const [service] = buildLabReportModel(sessions.current().session, { demo: false }).services;
    expect(service.file?.sha256).toBe(row.SHA256);
    expect(service.series?.io.count).toBeGreaterThan(0);
    await expect(
      handlers['session.addAnalysis'](
        { kind: 'capture', service: 'X', filter: '', server: null, report: { properties: capture.properties, displayed: capture.displayed, qos: null } },
        ctx,
      ),
    ).rejects.toThrow(/no QoS analysis/);
  });
});

describe.skipIf(!haveShared)('a server that matches no packet', () => {
  it("grades nothing, keeps the capture's busiest addresses (as tshark -z endpoints,ip counts them), and cannot be added", async () => {
    const name = 'http_espn_browse.pcapng';
    const capture = await createCaptureAnalyzer().analyze(
      corpusPath(name),
      { propertiesOnly: false, server: '10.9.9.9' },
      () => undefined,
      new AbortController().signal,
    );
    const qos = capture.qos!;
    expect([capture.displayed!.packets, qos.recipe.packets, qos.grades.recipe.mean, qos.grades.measured.mean]).toEqual([0, 0, null, null]);
    expect(qos.measured.conversations.ip).toEqual([]);
    // The busiest address of the whole capture, by bytes, with tshark's frame count for it.
    const pairs = expectedFor(name).tshark_taps.conv_ip as Array<{ a: string; b: string; frames_total: number }>;
    const framesOf = (address: string) => pairs.filter((p) => p.a === address || p.b === address).reduce((n, p) => n + p.frames_total, 0);
    expect(qos.measured.captureEndpoints.length).toBe(8);
    for (const e of qos.measured.captureEndpoints) expect([e.address, e.packets]).toEqual([e.address, framesOf(e.address)]);
    const { handlers, sessions } = setup();
    await expect(
      handlers['session.addAnalysis'](
        { kind: 'capture', service: 'X', filter: '', server: '10.9.9.9', report: { properties: capture.properties, displayed: capture.displayed, qos } },
        ctx,
      ),
    ).rejects.toThrow(/no packet/);
    expect(sessions.current().session.analyses).toEqual([]);
  });
});

describe('an analysis added over the demo', () => {
  it("starts the student's own session: the paper's three services are not kept beside it", async () => {
    const sessions = createSessionService({
      settings: memorySettingsStore(),
      dialogs: { chooseSessionToOpen: notUsed, chooseSessionTarget: notUsed },
      assetsDir: findAssetsDir(path.resolve('.')),
      hasProxmoxProfiles: () => false,
    });
    await sessions.start();
    expect(sessions.state().demo).toBe(true);
    const added = await sessionAnalysesHandlers(sessions)['session.addAnalysis']({ kind: 'manual', service: 'WordPress', entry: wordpress }, ctx);
    expect(added.state.demo).toBe(false);
    expect(added.analyses.map((a) => a.service)).toEqual(['WordPress']);
  });
});

describe('movedAnalysis', () => {
  it('puts the moved one at `to` and keeps the others in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1), fc.nat(n - 1))),
        ([n, from, to]) => {
          const list = Array.from({ length: n }, (_, i) => ({ service: `s${i}` }) as CaptureAnalysis);
          const next = movedAnalysis(list, from, to);
          expect(next).toHaveLength(n);
          expect(next[to]).toBe(list[from]);
          expect(next.filter((a) => a !== list[from])).toEqual(list.filter((_, i) => i !== from));
        },
      ),
    );
  });
});
