import type { CsvValue } from '../../core/csv';
import { fillTemplate } from '../../core/catalogue';
import type { ClassResult } from '../../core/class/schema';
import { CSV_HEADERS } from '../../core/class/messages';
import type { Language } from '../../core/language';
import { serviceKey } from './distribution';

// The class table as rows (header first) for `proxlab class --csv` and the page's CSV export
// (core/csv.ts writes them in either dialect). Columns after the fixed ones follow the
// class: three per step (step0MemUsed, step0MemGrowth, step0Cpu, …) and, per service, its
// graded figures prefixed by the service's name ("WordPress.throughputBitsPerSecond", …).
// The command's header is those keys; the page's names the same columns in the user's language.

const FIXED = ['id', 'names', 'nims', 'sessions', 'captures', 'reports', 'node', 'cpuModel', 'memTotal', 'pveVersion', 'experimentState'] as const;
const STEP = ['MemUsed', 'MemGrowth', 'Cpu'] as const;
const SERVICE = [
  'source',
  'server',
  'throughputBitsPerSecond',
  'delayMs',
  'jitterMs',
  'lossPercent',
  'gradedColumn',
  'gradeThroughput',
  'gradeDelay',
  'gradeJitter',
  'gradeLoss',
  'gradeMean',
  'verdict',
] as const;
const LAST = ['overallMean', 'overallVerdict', 'flags'] as const;

/** A column's key and the words naming it, with the step or service they take. */
interface Column {
  key: string;
  words: keyof typeof CSV_HEADERS;
  params?: Record<string, string>;
}

function columns(result: ClassResult): Column[] {
  return [
    ...FIXED.map((key) => ({ key, words: key })),
    ...result.distribution.steps.flatMap((step) =>
      STEP.map((what) => ({ key: `step${step.index}${what}`, words: `step${what}` as const, params: { step: step.label } })),
    ),
    { key: 'memAddedPerGuest', words: 'memAddedPerGuest' },
    ...result.distribution.services.flatMap(({ service }) => SERVICE.map((what) => ({ key: `${service}.${what}`, words: what, params: { service } }))),
    ...LAST.map((key) => ({ key, words: key })),
  ];
}

/** The table with the command's keys as its header, or with headers in `language`. */
export function classTable(result: ClassResult, headers: 'keys' | Language = 'keys'): CsvValue[][] {
  const steps = result.distribution.steps.map((s) => s.index);
  const services = result.distribution.services.map((s) => s.service);
  const header = columns(result).map((c) => (headers === 'keys' ? c.key : fillTemplate(CSV_HEADERS[c.words][headers], c.params ?? {})));
  const rows = result.students.map((student): CsvValue[] => {
    const e = student.experiment;
    const flags = result.flags.filter((f) => f.students.includes(student.id)).map((f) => f.kind);
    return [
      student.id,
      student.names.join(', '),
      student.nims.join(' '),
      student.sessions.join(' '),
      student.captures.map((c) => c.path).join(' '),
      student.reports.map((r) => r.path).join(' '),
      e?.node.name,
      e?.node.cpuModel,
      e?.node.memoryBytes,
      e?.node.pveVersion,
      e?.state,
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
          s?.source,
          s?.server,
          values?.throughputBitsPerSecond,
          values?.delayMs,
          values?.jitterMs,
          values?.lossPercent,
          g?.column,
          g?.throughput,
          g?.delay,
          g?.jitter,
          g?.loss,
          g?.mean,
          g?.verdict,
        ];
      }),
      student.overall?.mean,
      student.overall?.verdict,
      [...new Set(flags)].join(' '),
    ];
  });
  return [header, ...rows];
}
