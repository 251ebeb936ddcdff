import type { ClassExperiment, ClassLab, ClassNodeIdentity, ClassResult, ClassService } from '../../core/class/schema';
import { serverAddress } from '../report/measured';

// What the checks compare each student with: the lecturer's lab definition where it says,
// else what most of the class did (a value is "most" only when no other value is as common).

export type Reference = ClassResult['reference'];

/** The value more students have than any other; null on a tie or when nobody has one. */
export function mostCommon<T>(values: ReadonlyArray<T | null>): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

const NODE_FIELDS = ['name', 'cpuModel', 'memoryBytes', 'pveVersion'] as const;

function labNode(lab: ClassLab | null, experiments: readonly ClassExperiment[]): { node: ClassNodeIdentity; from: 'lab' | 'class' } {
  const given = lab?.node;
  const fromLab = given !== undefined && NODE_FIELDS.some((field) => given[field] !== null);
  const node = Object.fromEntries(
    NODE_FIELDS.map((field) => [field, given?.[field] ?? mostCommon(experiments.map((e) => e.node[field]))]),
  ) as ClassNodeIdentity;
  return { node, from: fromLab ? 'lab' : 'class' };
}

/** The address a graded service was filtered on, without port or brackets, lower case. */
export const gradedAddress = (service: Pick<ClassService, 'server'>) => (service.server ? serverAddress(service.server).toLowerCase() : null);

function labAddresses(lab: ClassLab | null, services: ReadonlyArray<readonly ClassService[]>): { addresses: string[]; from: 'lab' | 'class' } {
  if (lab && lab.services.length) return { addresses: [...new Set(lab.services.map((s) => s.address.toLowerCase()))].sort(), from: 'lab' };
  const users = services.map((list) => new Set(list.map(gradedAddress).filter((a): a is string => a !== null))).filter((set) => set.size > 0);
  const counts = new Map<string, number>();
  for (const set of users) for (const address of set) counts.set(address, (counts.get(address) ?? 0) + 1);
  return {
    addresses: [...counts]
      .filter(([, n]) => n * 2 > users.length)
      .map(([a]) => a)
      .sort(),
    from: 'class',
  };
}

const DAY_MS = 86_400_000;
const offsetMs = (offset: string) => (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;

/** The day (YYYY-MM-DD) an instant falls on at a UTC offset. */
export const dayAt = (epochMs: number, offset: string) => new Date(epochMs + offsetMs(offset)).toISOString().slice(0, 10);

function wholeDay(date: string, offset: string, from: 'lab' | 'class') {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return { start: `${date}T00:00:00${offset}`, end: `${next}T00:00:00${offset}`, from };
}

function labWindow(lab: ClassLab | null, captureStarts: readonly number[]): Reference['window'] {
  const offset = lab?.utcOffset ?? '+07:00';
  if (lab?.window) return { ...lab.window, from: 'lab' };
  if (lab?.date) return wholeDay(lab.date, offset, 'lab');
  const day = mostCommon(captureStarts.map((ms) => dayAt(ms, offset)));
  return day === null ? null : wholeDay(day, offset, 'class');
}

export function resolveReference(
  lab: ClassLab | null,
  experiments: readonly ClassExperiment[],
  services: ReadonlyArray<readonly ClassService[]>,
  captureStarts: readonly number[],
): Reference {
  const node = labNode(lab, experiments);
  const addresses = labAddresses(lab, services);
  return { node: node.node, nodeFrom: node.from, addresses: addresses.addresses, addressesFrom: addresses.from, window: labWindow(lab, captureStarts) };
}
