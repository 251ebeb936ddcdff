import type { ClassResult, ClassService, ClassStats, ClassStudent, QosIndexName } from '../../../core/class/schema';

// The class table's columns: what the page shows and how it sorts. Each number is kept in the
// unit and to the decimals the table prints it, so sorting agrees with what the eye reads.

export type ColumnGroup = 'memory' | 'cpu' | `service:${string}`;

type Unit = 'MiB' | '%' | 'kbit/s' | 'ms';

export interface ClassColumn {
  key: string;
  group: ColumnGroup;
  /** What the header says, for the page to word: a step's memory, a step's CPU, a QoS index. */
  head:
    | { of: 'memBase' | 'memGrowth' | 'cpu'; step: string }
    | { of: 'memPerGuest' }
    | { of: 'qos'; service: string; index: QosIndexName }
    | { of: 'serviceMean'; service: string };
  unit: Unit | null;
  digits: number;
  /** Growth is printed with its sign. */
  signed: boolean;
  /** In `unit`, rounded to `digits`; null when the student has no such figure. */
  value(student: ClassStudent): number | null;
  /** The TIPHON index the student's figure got, for QoS columns. */
  grade?(student: ClassStudent): number | null;
  /** The class's spread, in `unit`. */
  stats: ClassStats | null;
  /** Students per TIPHON index, for QoS columns. */
  histogram?: Array<{ index: number; count: number }>;
}

const MIB = 1024 * 1024;

const round = (value: number, digits: number) => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

const scaled = (stats: ClassStats, factor: number): ClassStats => {
  const s = (v: number | null) => (v === null ? null : v * factor);
  return {
    ...stats,
    min: s(stats.min),
    q1: s(stats.q1),
    median: s(stats.median),
    q3: s(stats.q3),
    max: s(stats.max),
    iqr: s(stats.iqr),
    lowerFence: s(stats.lowerFence),
    upperFence: s(stats.upperFence),
  };
};

/** The analysis a student's row shows for a service: the first of that name. */
export const serviceOf = (student: ClassStudent, service: string): ClassService | null => student.services.find((s) => s.service === service) ?? null;

/** The figures the student graded (the recipe's or the measured column). */
export function gradedValues(service: ClassService) {
  return service.grade.column === 'measured' && service.measured ? service.measured : service.recipe;
}

/** The schema's QOS_INDEXES, which the page cannot import: zod stays out of its bundle. */
export const QOS_INDEX_NAMES: readonly QosIndexName[] = ['throughput', 'delay', 'jitter', 'loss'];

const QOS_FIELDS: Record<
  QosIndexName,
  { field: 'throughputBitsPerSecond' | 'delayMs' | 'jitterMs' | 'lossPercent'; unit: Unit; digits: number; factor: number }
> = {
  throughput: { field: 'throughputBitsPerSecond', unit: 'kbit/s', digits: 2, factor: 1 / 1000 },
  delay: { field: 'delayMs', unit: 'ms', digits: 2, factor: 1 },
  jitter: { field: 'jitterMs', unit: 'ms', digits: 3, factor: 1 },
  loss: { field: 'lossPercent', unit: '%', digits: 2, factor: 1 },
};

const stepOf = (student: ClassStudent, index: number) => student.experiment?.steps.find((s) => s.index === index) ?? null;

export function classColumns(result: ClassResult): ClassColumn[] {
  const columns: ClassColumn[] = [];
  const number = (column: Omit<ClassColumn, 'signed'> & { signed?: boolean }): ClassColumn => ({ signed: false, ...column });
  const steps = result.distribution.steps;
  for (const step of steps) {
    const base = step.index === steps[0]?.index;
    columns.push(
      number({
        key: `mem:${step.index}`,
        group: 'memory',
        head: { of: base ? 'memBase' : 'memGrowth', step: step.label },
        unit: 'MiB',
        digits: 0,
        signed: !base,
        value: (student) => {
          const s = stepOf(student, step.index);
          const bytes = base ? (s?.memUsedMean ?? null) : (s?.memGrowth ?? null);
          return bytes === null ? null : round(bytes / MIB, 0);
        },
        stats: scaled(base ? step.memUsed : step.memGrowth, 1 / MIB),
      }),
    );
  }
  if (steps.length > 1) {
    columns.push(
      number({
        key: 'mem:perGuest',
        group: 'memory',
        head: { of: 'memPerGuest' },
        unit: 'MiB',
        digits: 0,
        signed: true,
        value: (student) => (student.experiment?.memAddedPerGuest == null ? null : round(student.experiment.memAddedPerGuest / MIB, 0)),
        stats: scaled(result.distribution.memAddedPerGuest, 1 / MIB),
      }),
    );
  }
  for (const step of steps) {
    columns.push(
      number({
        key: `cpu:${step.index}`,
        group: 'cpu',
        head: { of: 'cpu', step: step.label },
        unit: '%',
        digits: 2,
        value: (student) => {
          const cpu = stepOf(student, step.index)?.cpuMean ?? null;
          return cpu === null ? null : round(cpu * 100, 2);
        },
        stats: scaled(step.cpu, 100),
      }),
    );
  }
  for (const service of result.distribution.services) {
    const group: ColumnGroup = `service:${service.service}`;
    for (const index of QOS_INDEX_NAMES) {
      const { field, unit, digits, factor } = QOS_FIELDS[index];
      columns.push(
        number({
          key: `qos:${service.service}:${index}`,
          group,
          head: { of: 'qos', service: service.service, index },
          unit,
          digits,
          value: (student) => {
            const found = serviceOf(student, service.service);
            const raw = found ? gradedValues(found)[field] : null;
            return raw === null ? null : round(raw * factor, digits);
          },
          grade: (student) => serviceOf(student, service.service)?.grade[index] ?? null,
          stats: scaled(service[field], factor),
          histogram: service.histograms[index],
        }),
      );
    }
    columns.push(
      number({
        key: `qos:${service.service}:mean`,
        group,
        head: { of: 'serviceMean', service: service.service },
        unit: null,
        digits: 2,
        value: (student) => {
          const mean = serviceOf(student, service.service)?.grade.mean ?? null;
          return mean === null ? null : round(mean, 2);
        },
        stats: service.gradeMean,
      }),
    );
  }
  return columns;
}

export const columnGroups = (columns: readonly ClassColumn[]): ColumnGroup[] => [...new Set(columns.map((c) => c.group))];

/** The table as laid out: the room its box gives and the width each column takes at its natural size. */
export interface TableFit {
  /** The box's inner width, in CSS pixels. */
  room: number;
  /** What the student, overall and flags columns (and the table's own edges) take. */
  fixed: number;
  /** Each column's width, by column key. */
  widths: Readonly<Record<string, number>>;
}

/** The order groups are offered in while they fit: CPU, the least asked for, last. */
const byPriority = (groups: readonly ColumnGroup[]) => [...groups.filter((g) => g !== 'cpu'), ...groups.filter((g) => g === 'cpu')];

/**
 * The groups hidden: each as the lecturer last chose it; of the groups never chosen, as many as
 * fit beside the chosen ones, in priority order, the first always shown so the table is never
 * bare. Before the table is measured (fit null) every group not chosen away is shown, to be measured.
 */
export function hiddenGroups(columns: readonly ClassColumn[], chosen: Readonly<Record<string, boolean>>, fit: TableFit | null): Set<ColumnGroup> {
  const groups = byPriority(columnGroups(columns));
  const hide = new Set(groups.filter((group) => chosen[group] === false));
  if (!fit) return hide;
  const width = (group: ColumnGroup) => columns.filter((c) => c.group === group).reduce((sum, c) => sum + (fit.widths[c.key] ?? 0), 0);
  let used = fit.fixed + groups.filter((group) => chosen[group] === true).reduce((sum, group) => sum + width(group), 0);
  let full = false;
  for (const group of groups) {
    if (chosen[group] !== undefined) continue;
    // Rounded up: a fraction of a pixel too wide is enough for the box to scroll.
    full ||= group !== groups[0] && Math.ceil(used + width(group)) > fit.room;
    if (full) hide.add(group);
    else used += width(group);
  }
  return hide;
}

export type SortKey = 'student' | 'overall' | 'flags' | string;
export interface Sort {
  key: SortKey;
  descending: boolean;
}

export interface RowFilter {
  text: string;
  flaggedOnly: boolean;
}

/** How many flags name each student. */
export function flagCounts(result: ClassResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const flag of result.flags) for (const student of new Set(flag.students)) counts.set(student, (counts.get(student) ?? 0) + 1);
  return counts;
}

export function visibleStudents(result: ClassResult, columns: readonly ClassColumn[], sort: Sort, filter: RowFilter): ClassStudent[] {
  const counts = flagCounts(result);
  const needle = filter.text.trim().toLocaleLowerCase();
  const shown = result.students.filter(
    (student) =>
      (!filter.flaggedOnly || (counts.get(student.id) ?? 0) > 0) &&
      (!needle || [student.id, ...student.names, ...student.nims].some((text) => text.toLocaleLowerCase().includes(needle))),
  );
  const column = columns.find((c) => c.key === sort.key);
  const keyOf = (student: ClassStudent): number | string | null =>
    sort.key === 'student'
      ? student.id
      : sort.key === 'overall'
        ? (student.overall?.mean ?? null)
        : sort.key === 'flags'
          ? (counts.get(student.id) ?? 0)
          : (column?.value(student) ?? null);
  const direction = sort.descending ? -1 : 1;
  return shown
    .map((student) => ({ student, key: keyOf(student) }))
    .sort((a, b) => {
      // Students without the figure go last whichever way the column is sorted.
      if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1;
      const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : String(a.key).localeCompare(String(b.key));
      return order * direction || a.student.id.localeCompare(b.student.id);
    })
    .map(({ student }) => student);
}
