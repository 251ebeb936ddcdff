// Benchmark for the CLI's start (issue 14): `proxlab --help` and `proxlab analyze` of a tiny
// capture against `node -e 0`, the floor any Node command pays. Medians of N runs; the targets
// are within 2× of node's time and under 70 MB. CPU time (user + system) is printed beside the
// wall time: on a shared machine it is the steadier of the two.
// Usage: npm run build && node bench/cli-start.mjs [--runs N]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measure } from './measure.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);
if (!existsSync('out/cli.js')) throw new Error('run "npm run build" first');
const tiny = ['../shared/captures/icmp_ping_5.pcap', process.env.PROXLAB_SHARED_DIR && `${process.env.PROXLAB_SHARED_DIR}/captures/icmp_ping_5.pcap`].find(
  (f) => f && existsSync(f),
);

const floor = measure('node -e 0', runs);
const rows = [['node -e 0', floor]];
rows.push(['proxlab --help', measure('node out/cli.js --help', runs)]);
if (tiny) rows.push(['proxlab analyze (1 KB capture)', measure(`node out/cli.js analyze ${tiny} --json`, runs)]);
else process.stderr.write('icmp_ping_5.pcap not found beside the project: the analyze row is left out\n');

for (const [label, m] of rows) {
  if (!m.ok) {
    process.stdout.write(`${label.padEnd(32)} failed: ${m.error}\n`);
    continue;
  }
  const ratio = m.seconds / floor.seconds;
  const cpuRatio = m.cpuSeconds / floor.cpuSeconds;
  process.stdout.write(
    `${label.padEnd(32)} ${m.seconds.toFixed(2)} s  cpu ${m.cpuSeconds.toFixed(2)} s  ${m.peakMb.toFixed(0)} MB  ${ratio.toFixed(2)}× node (cpu ${cpuRatio.toFixed(2)}×)\n`,
  );
}
