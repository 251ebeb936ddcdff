import type { CaptureAnalysis } from './analysis';

// The session's analyses in the order the report shows them. One analysis per service: the
// report links each to a guest by its service name, so adding a service again replaces it.

export interface AnalysisSummary {
  service: string;
  source: 'capture' | 'manual';
  /** The capture's file name; null for a manual entry. */
  fileName: string | null;
  packets: number;
  bytes: number;
}

export function summariseAnalyses(analyses: readonly CaptureAnalysis[]): AnalysisSummary[] {
  return analyses.map((a) =>
    a.source.kind === 'capture'
      ? { service: a.service, source: 'capture', fileName: a.source.file.name, packets: a.source.statistics.packets, bytes: a.source.statistics.bytes }
      : { service: a.service, source: 'manual', fileName: null, packets: a.source.entry.packets, bytes: a.source.entry.bytes },
  );
}

const sameService = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Adds at the end, or replaces in place the analysis of the same service (names compared without case). */
export function withAnalysis(analyses: readonly CaptureAnalysis[], added: CaptureAnalysis): { analyses: CaptureAnalysis[]; replaced: boolean } {
  const at = analyses.findIndex((a) => sameService(a.service, added.service));
  if (at < 0) return { analyses: [...analyses, added], replaced: false };
  return { analyses: analyses.map((a, i) => (i === at ? added : a)), replaced: true };
}

export function withoutAnalysis(analyses: readonly CaptureAnalysis[], index: number): CaptureAnalysis[] {
  if (!Number.isInteger(index) || index < 0 || index >= analyses.length) throw new RangeError(`no analysis at ${index}`);
  return analyses.filter((_, i) => i !== index);
}

/** Moves one analysis to position `to` (both within the list), the others keeping their order. */
export function movedAnalysis(analyses: readonly CaptureAnalysis[], from: number, to: number): CaptureAnalysis[] {
  for (const i of [from, to]) if (!Number.isInteger(i) || i < 0 || i >= analyses.length) throw new RangeError(`no analysis at ${i}`);
  const next = [...analyses];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}
