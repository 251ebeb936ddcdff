import type { ClassDistribution, ClassService, ClassStudent } from '../../core/class/schema';
import { QOS_INDEXES } from '../../core/class/schema';
import { classStats, indexHistogram } from '../../core/class/stats';

// The class beside each column: every step's memory (used, growth over step 0) and CPU, the
// memory one guest adds, and per service the graded column's values, grades and verdicts.

const VERDICTS = ['Sangat Memuaskan', 'Memuaskan', 'Kurang Memuaskan', 'Jelek'] as const;

/** Services are the same across groups when their names are, ignoring case and spaces around. */
export const serviceKey = (name: string) => name.trim().toLocaleLowerCase();

/** The values the student's grade is of: the measured column when they graded that one. */
const gradedValues = (s: ClassService) => (s.grade.column === 'measured' && s.measured ? s.measured : s.recipe);

/** The step columns are 0 … expectedGuests when the lab says how many guests; else every step anyone measured. */
export function classDistribution(students: readonly ClassStudent[], expectedGuests: number | null): ClassDistribution {
  const measured = [...new Set(students.flatMap((s) => s.experiment?.steps.map((step) => step.index) ?? []))].sort((a, b) => a - b);
  const stepIndexes = expectedGuests === null ? measured : Array.from({ length: expectedGuests + 1 }, (_, k) => k);
  const steps = stepIndexes.map((index) => {
    const column = students.flatMap((s) => s.experiment?.steps.filter((step) => step.index === index) ?? []);
    return {
      index,
      label: column[0]?.label ?? `${index} VM`,
      memUsed: classStats(column.map((step) => step.memUsedMean)),
      memGrowth: classStats(column.map((step) => step.memGrowth)),
      cpu: classStats(column.map((step) => step.cpuMean)),
    };
  });

  const services = new Map<string, ClassService[]>();
  for (const student of students) {
    for (const service of student.services) services.set(serviceKey(service.service), [...(services.get(serviceKey(service.service)) ?? []), service]);
  }
  return {
    steps,
    memAddedPerGuest: classStats(students.map((s) => s.experiment?.memAddedPerGuest ?? null)),
    services: [...services.values()].map((column) => ({
      service: column[0].service,
      throughputBitsPerSecond: classStats(column.map((s) => gradedValues(s).throughputBitsPerSecond)),
      delayMs: classStats(column.map((s) => gradedValues(s).delayMs)),
      jitterMs: classStats(column.map((s) => gradedValues(s).jitterMs)),
      lossPercent: classStats(column.map((s) => gradedValues(s).lossPercent)),
      gradeMean: classStats(column.map((s) => s.grade.mean)),
      histograms: Object.fromEntries(
        QOS_INDEXES.map((name) => [
          name,
          indexHistogram(
            column.map((s) => s.grade[name]),
            name === 'throughput' ? 0 : 1,
          ),
        ]),
      ) as ClassDistribution['services'][number]['histograms'],
      verdicts: VERDICTS.map((verdict) => ({ verdict, count: column.filter((s) => s.grade.verdict === verdict).length })),
    })),
  };
}
