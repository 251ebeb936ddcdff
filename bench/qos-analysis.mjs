// Benchmark for issues 3 and 14: the full QoS analysis (`proxlab analyze --json`: properties,
// decode, TCP analysis, display filter, conversations, I/O series, ICMP, RTP, DNS, recipe) of a
// capture of many TCP connections, against tshark producing what a student would otherwise ask
// it for on the same file (its dissection runs the TCP analysis; the taps are the conversation
// table, the I/O graph and the expert infos). Two inputs: web-like (~1 KB packets) and small
// packets (~150 B), where per-packet costs dominate. Medians of N runs, warm page cache.
// Targets (issue 14): at least 10× faster than tshark on both, peak memory under 200 MB.
// Usage: npm run build && node bench/qos-analysis.mjs [--bytes N] [--runs N] [--variant web|small]
//        [--cli PATH] (another build's cli.js, e.g. a copy of out/ from before a change)
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { measure } from './measure.mjs';
import { TRAFFIC, trafficFile } from './synth-traffic.mjs';

const { values } = parseArgs({
  options: {
    bytes: { type: 'string', default: '256000000' },
    runs: { type: 'string', default: '3' },
    variant: { type: 'string', multiple: true },
    cli: { type: 'string', default: 'out/cli.js' },
  },
});
const targetBytes = Number(values.bytes);
const runs = Number(values.runs);
const variants = values.variant ?? Object.keys(TRAFFIC);
const dir = new URL('./data/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
const cli = values.cli;
if (!existsSync(cli)) throw new Error('run "npm run build" first');

const row = (name, r, packets) =>
  r.ok
    ? `${name.padEnd(46)} ${r.seconds.toFixed(2).padStart(7)} s  cpu ${r.cpuSeconds.toFixed(2).padStart(6)} s  peak ${r.peakMb.toFixed(0).padStart(5)} MB  ${((r.seconds * 1e6) / packets).toFixed(2)} µs/packet`
    : `${name.padEnd(46)} failed: ${r.error}`;
const ratio = (theirs, ours, key) => (ours.ok && theirs.ok ? `${(theirs[key] / ours[key]).toFixed(1)}×` : 'n/a');

for (const variant of variants) {
  const file = trafficFile(dir, variant, 'pcap', targetBytes);
  const packets = JSON.parse(execFileSync('node', [cli, 'analyze', '--properties', '--json', file], { encoding: 'utf8' }))[0].properties.packets;
  console.log(
    `\n${variant}: ${file} (${(statSync(file).size / 1e6).toFixed(0)} MB, ${packets} packets, ${(statSync(file).size / packets).toFixed(0)} B each), medians of ${runs} runs`,
  );
  const ours = measure(`node ${cli} analyze ${file} --json`, runs);
  console.log(row('proxlab analyze (full QoS)', ours, packets));
  const tshark = measure(`tshark -r ${file} -n -q -z conv,tcp -z io,stat,1 -z expert`, runs);
  console.log(row('tshark -q -z conv,tcp -z io,stat,1 -z expert', tshark, packets));
  console.log(
    `speed-up, full analysis (${variant}): ${ratio(tshark, ours, 'seconds')} wall, ${ratio(tshark, ours, 'cpuSeconds')} cpu (target ≥ 10×, peak < 200 MB)`,
  );
}
