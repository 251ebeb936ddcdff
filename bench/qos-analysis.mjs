// Benchmark for issue 3: the full QoS analysis (`proxlab analyze --json`: properties, decode,
// TCP analysis, display filter, conversations, I/O series, ICMP, RTP, DNS, recipe) of a 1 GB
// capture with many TCP connections, against tshark producing what a student would otherwise
// ask it for on the same file (TCP analysis is part of its dissection; the taps are the I/O
// graph, the conversation tables and ICMP response times). Medians of N runs, warm page cache.
// Targets (issue 3): at least 10× faster than tshark, peak memory under 300 MB.
// Usage: npm run build && node bench/qos-analysis.mjs [--bytes N] [--runs N]
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measure } from './measure.mjs';
import { synthesise } from './synth-traffic.mjs';

const { values } = parseArgs({ options: { bytes: { type: 'string', default: '1000000000' }, runs: { type: 'string', default: '3' } } });
const targetBytes = Number(values.bytes);
const runs = Number(values.runs);
const dir = new URL('./data/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
if (!existsSync('out/cli.js')) throw new Error('run "npm run build" first');

const file = `${dir}tcp-web-${targetBytes}.pcap`;
if (!existsSync(file) || statSync(file).size < targetBytes) {
  process.stdout.write(`making ${file} ... `);
  process.stdout.write(`${synthesise(file, { format: 'pcap', targetBytes, mss: 1448 }).packets} packets\n`);
}

const taps = '-z io,stat,1 -z conv,tcp -z conv,ip -z icmp,srt';
const commands = [
  ['proxlab analyze (full QoS)', `node bin/proxlab.js analyze ${file} --json`],
  ['proxlab analyze --filter tcp', `node bin/proxlab.js analyze ${file} --filter tcp --json`],
  ['tshark -q (dissect + TCP analysis + taps)', `tshark -r ${file} -n -q ${taps}`],
  ['tshark -q tcp (same, filtered)', `tshark -r ${file} -n -q -Y tcp ${taps}`],
];

console.log(`file: ${file} (${(statSync(file).size / 1e6).toFixed(0)} MB), medians of ${runs} runs`);
const results = new Map();
for (const [name, command] of commands) {
  const r = measure(command, runs);
  results.set(name, r);
  console.log(r.ok ? `${name.padEnd(44)} ${r.seconds.toFixed(2).padStart(7)} s  peak ${r.peakMb.toFixed(0).padStart(5)} MB` : `${name.padEnd(44)} failed: ${r.error}`);
}
const ratio = (ours, theirs) => {
  const a = results.get(ours);
  const b = results.get(theirs);
  return a?.ok && b?.ok ? `${(b.seconds / a.seconds).toFixed(1)}×` : 'n/a (tshark missing?)';
};
console.log(`speed-up, full analysis: ${ratio('proxlab analyze (full QoS)', 'tshark -q (dissect + TCP analysis + taps)')} (target ≥ 10×)`);
console.log(`speed-up, filtered:      ${ratio('proxlab analyze --filter tcp', 'tshark -q tcp (same, filtered)')}`);
