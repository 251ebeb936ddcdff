// Runs a shell command several times under GNU time and returns the median wall time, the
// median CPU time (user + system: steadier than wall time on a shared machine) and the median
// peak resident memory.
import { spawnSync } from 'node:child_process';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function measure(command, runs) {
  const seconds = [];
  const peakMb = [];
  const cpuSeconds = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', 'sh', '-c', `${command} > /dev/null`], { encoding: 'utf8' });
    const last = result.stderr.trim().split('\n').at(-1) ?? '';
    const [elapsed, maxKb, user, system] = last.split(' ').map(Number);
    if (result.status !== 0 || !Number.isFinite(elapsed)) {
      return { ok: false, error: result.stderr.trim().split('\n').slice(-3).join(' | ') };
    }
    seconds.push(elapsed);
    peakMb.push(maxKb / 1024);
    cpuSeconds.push(user + system);
  }
  return { ok: true, seconds: median(seconds), cpuSeconds: median(cpuSeconds), peakMb: median(peakMb) };
}
