// Benchmark for issue 3 (TCP analysis): frames per second and peak memory of read + decode +
// Wireshark-style TCP analysis over a synthetic capture of many connections
// (bench/synth-traffic.mjs), against read + decode alone; with --tshark also the time tshark
// takes to compute the same fields (tcp.stream, tcp.analysis.*) on the same file.
// Usage: node bench/tcp-analysis.mjs [--bytes N] [--tshark]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { synthesise } from './synth-traffic.mjs';

const { values } = parseArgs({ options: { bytes: { type: 'string', default: '1000000000' }, tshark: { type: 'boolean', default: false } } });
const targetBytes = Number(values.bytes);
const dir = new URL('./data/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });

// The bundle goes to a temporary folder, not bench/data/, so that lint never sees generated code.
const bundleDir = mkdtempSync(path.join(tmpdir(), 'proxlab-bench-'));
const bundle = path.join(bundleDir, 'tcp-bundle.mjs');
await build({
  stdin: {
    contents:
      "export { readCapture } from './electron/capture/reader'; export { decodePacket, PacketFacts } from './electron/capture/decode'; export { TcpFactsAdapter, TcpMeasuredAccumulator } from './electron/capture/analyze/tcp';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  logLevel: 'warning',
});
const { readCapture, decodePacket, PacketFacts, TcpFactsAdapter, TcpMeasuredAccumulator } = await import(bundle);
rmSync(bundleDir, { recursive: true, force: true });

const file = `${dir}tcp-${targetBytes}.pcap`;
if (!existsSync(file) || statSync(file).size < targetBytes) {
  process.stdout.write(`making ${file} ... `);
  process.stdout.write(`${synthesise(file, { format: 'pcap', targetBytes }).packets} packets\n`);
}

let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};

async function pass(withTcp) {
  const facts = new PacketFacts();
  const adapter = new TcpFactsAdapter();
  const totals = new TcpMeasuredAccumulator();
  let frames = 0;
  const started = process.hrtime.bigint();
  await readCapture(file, {
    onRecord: (record) => {
      decodePacket(record.linkType, record.data, record.originalLength, facts);
      if (withTcp) {
        const c = adapter.add(facts, record);
        if (c) totals.add(c, adapter.analyzer.frame, facts.payloadLength);
      }
      if ((++frames & 0xffff) === 0) sample();
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  sample();
  return { frames, seconds, totals };
}

const base = await pass(false);
const tcp = await pass(true);
const m = tcp.totals.result();
const rate = (r) => `${(r.frames / r.seconds / 1e6).toFixed(2)} M frames/s (${r.seconds.toFixed(2)} s)`;
console.log(`file: ${file} (${(statSync(file).size / 1e6).toFixed(0)} MB, ${tcp.frames} frames, ${m.connections} connections)`);
console.log(`read + decode:       ${rate(base)}`);
console.log(`read + decode + tcp: ${rate(tcp)}`);
console.log(`retransmissions ${m.retransmissions}, ACK RTT samples ${m.ackRttMs.count}, peak RSS ${(peak / 1e6).toFixed(0)} MB`);
if (values.tshark) {
  const started = process.hrtime.bigint();
  execFileSync('tshark', ['-r', file, '-n', '-T', 'fields', '-e', 'tcp.stream', '-e', 'tcp.analysis.flags', '-e', 'tcp.analysis.ack_rtt'], {
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`tshark (same fields): ${seconds.toFixed(2)} s, ${(seconds / tcp.seconds).toFixed(1)}× our time`);
}
