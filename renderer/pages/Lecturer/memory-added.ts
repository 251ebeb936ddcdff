import type { LecturerMarker } from '../../charts/lecturer-chart-config';
import type { LiveSample } from '../../charts/live-node-config';

/**
 * Node memory added since the first guest start in view: the newest sample less the last one
 * before that start. null while no start is in view, or no sample before it (the view opened
 * after it).
 */
export function memoryAdded(samples: readonly LiveSample[], markers: readonly LecturerMarker[]): { bytes: number; since: string } | null {
  const start = markers.find((m) => m.kind === 'start');
  const latest = samples.at(-1);
  if (!start || !latest) return null;
  const before = samples.filter((s) => s.time < start.time).at(-1);
  return before ? { bytes: latest.memUsed - before.memUsed, since: start.label } : null;
}
