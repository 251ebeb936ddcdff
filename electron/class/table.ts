import type { CsvValue } from '../../core/csv';
import type { ClassResult } from '../../core/class/schema';
import { serviceKey } from './distribution';

// The class table as rows (header first) for `proxlab class --csv` and the page's CSV export
// (electron/csv.ts writes them in either dialect). Columns after the fixed ones follow the
// class: three per step (step0MemUsed, step0MemGrowth, step0Cpu, …) and, per service, its
// graded figures prefixed by the service's name ("WordPress.throughputBitsPerSecond", …).

const FIXED = ['id', 'names', 'nims', 'sessions', 'captures', 'reports', 'node', 'cpuModel', 'memTotal', 'pveVersion', 'experimentState'] as const;
const SERVICE = [
  'source', 'server', 'throughputBitsPerSecond', 'delayMs', 'jitterMs', 'lossPercent', 'gradedColumn',
  'gradeThroughput', 'gradeDelay', 'gradeJitter', 'gradeLoss', 'gradeMean', 'verdict',
] as const;

export function classTable(result: ClassResult): CsvValue[][] {
  const steps = result.distribution.steps.map((s) => s.index);
  const services = result.distribution.services.map((s) => s.service);
  const header = [
    ...FIXED,
    ...steps.flatMap((k) => [`step${k}MemUsed`, `step${k}MemGrowth`, `step${k}Cpu`]),
    'memAddedPerGuest',
    ...services.flatMap((name) => SERVICE.map((column) => `${name}.${column}`)),
    'overallMean', 'overallVerdict', 'flags',
  ];
  const rows = result.students.map((student): CsvValue[] => {
    const e = student.experiment;
    const flags = result.flags.filter((f) => f.students.includes(student.id)).map((f) => f.kind);
    return [
      student.id, student.names.join(', '), student.nims.join(' '), student.sessions.join(' '), student.captures.map((c) => c.path).join(' '),
      student.reports.map((r) => r.path).join(' '), e?.node.name, e?.node.cpuModel, e?.node.memoryBytes, e?.node.pveVersion, e?.state,
      ...steps.flatMap((k) => {
        const step = e?.steps.find((s) => s.index === k);
        return [step?.memUsedMean, step?.memGrowth, step?.cpuMean];
      }),
      e?.memAddedPerGuest,
      ...services.flatMap((name) => {
        const s = student.services.find((x) => serviceKey(x.service) === serviceKey(name));
        const values = s && (s.grade.column === 'measured' && s.measured ? s.measured : s.recipe);
        const g = s?.grade;
        return [
          s?.source, s?.server, values?.throughputBitsPerSecond, values?.delayMs, values?.jitterMs, values?.lossPercent, g?.column,
          g?.throughput, g?.delay, g?.jitter, g?.loss, g?.mean, g?.verdict,
        ];
      }),
      student.overall?.mean, student.overall?.verdict, [...new Set(flags)].join(' '),
    ];
  });
  return [header, ...rows];
}
