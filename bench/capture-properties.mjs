// Benchmark for issue 2: `proxlab analyze --properties` on a 1 GB pcap and a 1 GB pcapng against
// capinfos (all infos, as it runs by default — it hashes the file three ways — and without the
// hashes), pcap-parser and `cat FILE > /dev/null`. Medians of 5 runs, warm page cache.
// Usage: npm run build && node bench/capture-properties.mjs [--bytes N] [--runs N]
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measure } from './measure.mjs';
import { TRAFFIC, trafficFile } from './synth-traffic.mjs';

const { values } = parseArgs({ options: { bytes: { type: 'string', default: '1000000000' }, runs: { type: 'string', default: '5' } } });
const targetBytes = Number(values.bytes);
const runs = Number(values.runs);
const dir = new URL('./data/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });

if (!existsSync('out/cli.js')) throw new Error('run "npm run build" first');

const capinfosAll = 'capinfos';
const capinfosNoHash = 'capinfos -t -E -I -F -c -s -d -l -u -a -e -o -S -y -i -z -x -k';

for (const variant of Object.keys(TRAFFIC))
  for (const format of ['pcap', 'pcapng']) {
    const file = trafficFile(dir, variant, format, targetBytes);
    const size = statSync(file).size;
    const tools = [
      ['proxlab analyze --properties', `node out/cli.js analyze --properties --json ${file}`],
      ['capinfos (default: all infos, 3 hashes)', `${capinfosAll} ${file}`],
      ['capinfos (all but hashes)', `${capinfosNoHash} ${file}`],
      ...(format === 'pcap' ? [['pcap-parser (count packets)', `node bench/pcap-parser-count.mjs ${file}`]] : []),
      ['cat FILE > /dev/null', `cat ${file}`],
    ];
    const results = tools.map(([name, command]) => [name, measure(command, runs)]);
    const base = results[0][1];
    process.stdout.write(`\n${format}, ${variant} traffic: ${(size / 1e9).toFixed(2)} GB, median of ${runs} runs\n`);
    process.stdout.write(`${'tool'.padEnd(42)} ${'time s'.padStart(8)} ${'peak MB'.padStart(8)} ${'time ÷ proxlab'.padStart(15)}\n`);
    for (const [name, r] of results) {
      if (!r.ok) {
        process.stdout.write(`${name.padEnd(42)} failed: ${r.error}\n`);
        continue;
      }
      const ratio = base.ok ? (r.seconds / base.seconds).toFixed(2) : '-';
      process.stdout.write(`${name.padEnd(42)} ${r.seconds.toFixed(2).padStart(8)} ${r.peakMb.toFixed(0).padStart(8)} ${ratio.padStart(15)}\n`);
    }
  }
