// Benchmark for issue 14 (batch grading): `proxlab analyze` on 40 captures at once (a class's
// files: one larger, the rest of several sizes) against the time each takes alone. With a worker
// per core the batch should take about the biggest file alone plus the rest divided by the
// cores; the target is within 1.3× of that. Results must come out in input order (checked).
// Usage: npm run build && node bench/batch.mjs [--files N] [--runs N]
import { availableParallelism } from 'node:os';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measure } from './measure.mjs';
import { trafficFile } from './synth-traffic.mjs';

const { values } = parseArgs({ options: { files: { type: 'string', default: '40' }, runs: { type: 'string', default: '3' } } });
const count = Number(values.files);
const runs = Number(values.runs);
const dir = new URL('./data/batch/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
if (!existsSync('out/cli.js')) throw new Error('run "npm run build" first');

// 2 to 16 MB each, web-like and small packets in turn; the first is the big one.
const files = Array.from({ length: count }, (_, i) =>
  trafficFile(dir, i % 2 ? 'small' : 'web', i % 3 ? 'pcap' : 'pcapng', i === 0 ? 48_000_000 : 2_000_000 * (1 + (i % 8))),
);
const cores = availableParallelism();

const alone = files.map((file) => measure(`node out/cli.js analyze ${file} --json`, 1));
if (alone.some((r) => !r.ok)) throw new Error(alone.find((r) => !r.ok).error);
const seconds = alone.map((r) => r.seconds);
const biggest = Math.max(...seconds);
const rest = seconds.reduce((a, b) => a + b, 0) - biggest;
const ideal = biggest + rest / cores;

const all = files.join(' ');
const order = JSON.parse(execFileSync('node', ['out/cli.js', 'analyze', ...files, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 })).map((r) => r.path);
const inOrder = order.length === files.length && order.every((p, i) => p === files[i]);
const batch = measure(`node out/cli.js analyze ${all} --json`, runs);

console.log(`${count} files, ${cores} cores; each alone (1 run each): biggest ${biggest.toFixed(2)} s, the rest ${rest.toFixed(2)} s`);
console.log(`ideal (biggest + rest / cores): ${ideal.toFixed(2)} s`);
console.log(
  batch.ok
    ? `batch (median of ${runs}): ${batch.seconds.toFixed(2)} s, cpu ${batch.cpuSeconds.toFixed(2)} s, peak ${batch.peakMb.toFixed(0)} MB`
    : `batch failed: ${batch.error}`,
);
if (batch.ok) console.log(`batch ÷ ideal: ${(batch.seconds / ideal).toFixed(2)} (target ≤ 1.3); reports in input order: ${inOrder ? 'yes' : 'NO'}`);
