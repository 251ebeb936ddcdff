import { describe, expect, it } from 'vitest';
import { analyzeCaptureFile } from '../../../electron/capture/analyze-file';
import type { CaptureReport } from '../../../core/capture/report-schema';
import { corpusFiles, corpusPath, expectedFor } from '../../support/shared';

// The QoS pass on every corpus capture against tshark 4.0.17 (docs/corpus.md).

interface Pair {
  a: string;
  b: string;
  frames_total: number;
  bytes_total: number;
}

/** Files whose frame list in the JSON is not capinfos' packet list (see the expected README). */
const TSHARK_FRAMES_DIFFER = new Set(['pcapng_multi_section_mixed_endian.pcapng', 'corrupt_invalid_nsec_timestamp.pcap']);

async function analyse(name: string, filter = ''): Promise<CaptureReport> {
  return analyzeCaptureFile(corpusPath(name), { propertiesOnly: false, filter });
}

describe.each(corpusFiles())('%s', (name) => {
  const expected = expectedFor(name);
  const derived = expected.derived;

  it.skipIf(TSHARK_FRAMES_DIFFER.has(name) || derived.capture_file_properties.packets_with_timestamp !== derived.capture_file_properties.packets)(
    "computes the recipe's delay and jitter from the same time deltas as Wireshark",
    async () => {
      const { qos, displayed } = await analyse(name);
      const deltas = derived.time_delta_displayed;
      expect(displayed!.packets).toBe(deltas.count);
      // Delay = Σ di / N; jitter = Σ |di − d(i−1)| / (N − 1), with d1 = 0 (docs/qos-method.md §Recipe).
      // (The JSON rounds to nine decimals.)
      expect(qos!.recipe.delayMs! / 1000).toBeCloseTo(Number(deltas.mean_over_n), 8);
      if (deltas.count > 1) expect(qos!.recipe.jitterMs! / 1000).toBeCloseTo(Number(deltas.mean_abs_successive_diff), 8);
      expect(qos!.recipe.jitterZeroVariantMs).toBe(0);
    },
  );

  it('numbers TCP connections as tshark numbers its streams', async () => {
    const report = await analyse(name, 'tcp');
    expect(report.displayed!.packets).toBe(derived.tcp.tcp_frames);
    // Streams are numbered 0..n−1: the last has packets, the next number has none.
    const count = derived.tcp.tcp_streams;
    if (count > 0) expect((await analyse(name, `tcp.stream == ${count - 1}`)).displayed!.packets).toBeGreaterThan(0);
    expect((await analyse(name, `tcp.stream == ${count}`)).displayed!.packets).toBe(0);
    // And each of the first, middle and last streams holds the frames and bytes tshark gives it.
    const exact: Array<{ stream: number; frames_total: number; bytes_total: number }> = derived.tcp_streams_exact ?? [];
    for (const row of [exact[0], exact[exact.length >> 1], exact[exact.length - 1]].filter(Boolean)) {
      const one = await analyse(name, `tcp.stream == ${row.stream}`);
      expect([one.displayed!.packets, one.displayed!.bytes], `stream ${row.stream}`).toEqual([row.frames_total, row.bytes_total]);
    }
  });

  const pairs: Pair[] = derived.ip_pairs_exact ?? [];
  it.skipIf(pairs.length === 0 || TSHARK_FRAMES_DIFFER.has(name))("displays what ip.addr == X selects, as tshark counts X's conversations", async () => {
    // The busiest address: the "server" a student would pick.
    const totals = new Map<string, number>();
    for (const p of pairs) for (const x of [p.a, p.b]) totals.set(x, (totals.get(x) ?? 0) + p.frames_total);
    const [address] = [...totals.entries()].sort((x, y) => y[1] - x[1])[0];
    const field = address.includes(':') ? 'ipv6.addr' : 'ip.addr';
    const mine = pairs.filter((p) => p.a === address || p.b === address);
    const frames = mine.reduce((n, p) => n + p.frames_total, 0);
    const bytes = mine.reduce((n, p) => n + p.bytes_total, 0);
    const report = await analyzeCaptureFile(corpusPath(name), { propertiesOnly: false, server: address.includes(':') ? `[${address}]` : address });
    expect([report.displayed!.packets, report.displayed!.bytes]).toEqual([frames, bytes]);
    const filtered = await analyse(name, `${field} == ${address}`);
    expect(filtered.displayed!.packets).toBe(frames);
  });
});
