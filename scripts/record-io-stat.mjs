// Records what tshark's `-z io,stat,N` prints for every corpus capture, at the interval the
// app's I/O graph picks for it, into test/capture/analyze/io/io-stat.expected.json (the test
// compares with this record, and with tshark itself where it is installed).
//
//   node scripts/record-io-stat.mjs [../shared/captures]
//
// The interval rule is written again here on purpose: the test also checks that the app picked
// the interval recorded, so a change to the rule shows as a failing test, not as a new record.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const capturesDir = path.resolve(process.argv[2] ?? '../shared/captures');
const out = path.resolve('test/capture/analyze/io/io-stat.expected.json');
const LADDER_US = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];
const MIN_INTERVALS = 20;

/** tshark's output; a damaged file makes it exit with an error after printing what it read, as the app reads it. */
const tshark = (args) => spawnSync('tshark', ['-n', ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).stdout;

/** The latest packet's time from the first, in µs rounded as tshark buckets it. */
function spanUs(file) {
  let latest = 0;
  for (const line of tshark(['-r', file, '-T', 'fields', '-e', 'frame.time_relative']).split('\n')) {
    const match = /^(-?)(\d+)\.(\d{9})$/.exec(line.trim());
    if (!match || match[1]) continue;
    const us = Number(match[2]) * 1e6 + Math.floor((Number(match[3]) + 500) / 1000);
    if (us > latest) latest = us;
  }
  return latest;
}

function intervalUs(span) {
  for (let i = LADDER_US.length - 1; i > 0; i--) if (Math.floor(span / LADDER_US[i]) + 1 >= MIN_INTERVALS) return LADDER_US[i];
  return LADDER_US[0];
}

/** Rows of the io,stat table: [start, end ("Dur" for a cut-short last one), frames, bytes], as printed. */
function ioStat(file, seconds) {
  const rows = [];
  for (const line of tshark(['-r', file, '-q', '-z', `io,stat,${seconds}`]).split('\n')) {
    const match = /^\|\s*([\d.]+)\s*<>\s*([\d.]+|Dur)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|$/.exec(line.trim());
    if (match) rows.push([match[1], match[2], Number(match[3]), Number(match[4])]);
  }
  return rows;
}

/**
 * Files whose tshark times do not start at their first record (a first record without a
 * timestamp; nanoseconds past one second): tshark's table is no reference for them.
 */
const OTHER_TIME_ORIGIN = new Set(['pcapng_multi_section_mixed_endian.pcapng', 'corrupt_invalid_nsec_timestamp.pcap']);

const version = tshark(['--version']).split('\n')[0];
const files = {};
for (const name of readdirSync(path.join(capturesDir, 'expected'))
  .filter((n) => n.endsWith('.json'))
  .map((n) => n.slice(0, -5))
  .sort()) {
  if (OTHER_TIME_ORIGIN.has(name)) continue;
  const file = path.join(capturesDir, name);
  const interval = intervalUs(spanUs(file)) / 1e6;
  files[name] = { interval, rows: ioStat(file, interval) };
}
// One capture a line, so that a new record reads as a diff of the captures that changed.
const lines = Object.entries(files).map(([name, record]) => `  ${JSON.stringify(name)}: ${JSON.stringify(record)}`);
const head = `"tool": ${JSON.stringify(version)},\n "command": "tshark -n -r FILE -q -z io,stat,INTERVAL"`;
writeFileSync(out, `{\n ${head},\n "files": {\n${lines.join(',\n')}\n }\n}\n`);
process.stdout.write(`${Object.keys(files).length} captures recorded in ${out}\n`);
