import { z } from 'zod';
import { FLAG_KINDS, type FlagKind } from './flag-kinds';

// The lecturer's class view (docs/cli.md §class): the lab definition a lecturer saves as a
// .proxlab-class file, and the result of reading a folder of students' work. Both are public
// contracts: fields may be added, never renamed or dropped. The renderer imports these types
// only as types (zod stays out of its bundle); the main process and the CLI validate with them.

export const CLASS_SCHEMA = 'proxlab.class/1';
export const CLASS_LAB_SCHEMA = 'proxlab.class-lab/1';
/** The lab definition's file extension. */
export const CLASS_LAB_EXTENSION = '.proxlab-class';

const Text = z.string().trim().min(1).max(200);
const Iso = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)) && /(Z|[+-]\d\d:\d\d)$/.test(s), 'a date and time with its offset, e.g. 2026-03-10T08:00:00+07:00');

export const ClassLabNodeSchema = z.object({
  name: z.string().nullable().default(null),
  cpuModel: z.string().nullable().default(null),
  memoryBytes: z.number().int().positive().nullable().default(null),
  pveVersion: z.string().nullable().default(null),
});

/** What the lecturer fixes for a lab; everything left out is taken from what most of the class did. */
export const ClassLabSchema = z.object({
  schema: z.literal(CLASS_LAB_SCHEMA).default(CLASS_LAB_SCHEMA),
  name: z.string().max(200).default(''),
  /** The service VMs: an address (IPv4 or IPv6, no port) and, optionally, the service it hosts. */
  services: z
    .array(z.object({ service: Text.nullable().default(null), address: Text }))
    .max(100)
    .default([]),
  /** The lab's day (YYYY-MM-DD) in `utcOffset`; used when no window is given. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  /** The lab's session window; captures must lie inside it. */
  window: z
    .object({ start: Iso, end: Iso })
    .refine((w) => Date.parse(w.start) < Date.parse(w.end), 'the window must end after it starts')
    .nullable()
    .default(null),
  /** The lab's time zone as an offset; +07:00 (WIB) unless given. */
  utcOffset: z
    .string()
    .regex(/^[+-]\d\d:\d\d$/)
    .default('+07:00'),
  /** Guests the experiment starts one by one (steps 0 … N). */
  expectedGuests: z.number().int().min(1).max(100).nullable().default(null),
  /** The lab node's identity; each field left null is the one most of the class measured. */
  node: ClassLabNodeSchema.default(ClassLabNodeSchema.parse({})),
});
export type ClassLab = z.infer<typeof ClassLabSchema>;
export type ClassLabInput = z.input<typeof ClassLabSchema>;

const Num = z.number().nullable();

/** Box-plot numbers of one column: quartiles by linear interpolation (Excel's QUARTILE.INC). */
export const ClassStatsSchema = z.object({
  count: z.number().int(),
  min: Num,
  q1: Num,
  median: Num,
  q3: Num,
  max: Num,
  iqr: Num,
  /** Q1 − 3 × IQR and Q3 + 3 × IQR: beyond them a value is an outlier. */
  lowerFence: Num,
  upperFence: Num,
});
export type ClassStats = z.infer<typeof ClassStatsSchema>;

export const ClassVerdictSchema = z.enum(['Sangat Memuaskan', 'Memuaskan', 'Kurang Memuaskan', 'Jelek']);

export const ClassGradeSchema = z.object({
  thresholds: z.string(),
  column: z.enum(['recipe', 'measured']),
  throughput: Num,
  delay: Num,
  jitter: Num,
  loss: Num,
  mean: Num,
  percent: Num,
  verdict: ClassVerdictSchema.nullable(),
});

const QosValues = z.object({ throughputBitsPerSecond: Num, delayMs: Num, jitterMs: Num, lossPercent: Num });

export const ClassServiceSchema = z.object({
  service: z.string(),
  /** manual: numbers typed from Wireshark's dialog, graded as typed (marked, never flagged). */
  source: z.enum(['capture', 'manual']),
  session: z.string(),
  file: z.object({ name: z.string(), sha256: z.string().nullable(), path: z.string().nullable() }).nullable(),
  server: z.string().nullable(),
  filter: z.string().nullable(),
  /** The recipe ("Resep praktikum") column as the session holds it. */
  recipe: QosValues.extend({ packets: z.number(), bytes: z.number(), timeSpanSeconds: z.number() }),
  /** The measured column; null for a manual entry. */
  measured: QosValues.nullable(),
  /** The column the student graded. */
  grade: ClassGradeSchema,
  grades: z.object({ recipe: ClassGradeSchema, measured: ClassGradeSchema.nullable() }),
});
export type ClassService = z.infer<typeof ClassServiceSchema>;

export const ClassStepSchema = z.object({
  index: z.number().int(),
  label: z.string(),
  repetition: z.number().int(),
  running: z.array(z.number()),
  samples: z.number().int(),
  memUsedMean: Num,
  memUsedSd: Num,
  memTotal: Num,
  /** Over step 0 of the same repetition: what the running guests add. */
  memGrowth: Num,
  /** Over the step before it: what the guest started for this step adds. */
  memAdded: Num,
  cpuMean: Num,
});
export type ClassStep = z.infer<typeof ClassStepSchema>;

/** A node as a run measured it: its name, CPU model, total memory (bytes) and PVE version. */
export const ClassNodeIdentitySchema = z.object({
  name: z.string().nullable(),
  cpuModel: z.string().nullable(),
  memoryBytes: Num,
  pveVersion: z.string().nullable(),
});
export type ClassNodeIdentity = z.infer<typeof ClassNodeIdentitySchema>;

export const ClassExperimentSchema = z.object({
  session: z.string(),
  mode: z.enum(['planned', 'manual']),
  state: z.string(),
  createdAt: z.string(),
  node: ClassNodeIdentitySchema,
  guests: z.array(z.number()),
  guestNames: z.record(z.string(), z.string()),
  /** The first repetition's steps 0 … N (what the class is compared on). */
  steps: z.array(ClassStepSchema),
  /** (step N − step 0) / N: the memory one guest adds, on average. */
  memAddedPerGuest: Num,
});
export type ClassExperiment = z.infer<typeof ClassExperimentSchema>;

export const ClassCaptureSchema = z.object({
  path: z.string(),
  sha256: z.string().nullable(),
  packets: Num,
  bytes: Num,
  firstTime: z.string().nullable(),
  lastTime: z.string().nullable(),
  /** The reader's error code when the file could not be read fully. */
  error: z.string().nullable(),
});

export const ClassReportSchema = z.object({
  path: z.string(),
  kind: z.enum(['html', 'pdf']),
  title: z.string().nullable(),
  /** The group's names as the report's metadata carries them (HTML meta author, PDF Author). */
  author: z.string().nullable(),
});
export type ClassReport = z.infer<typeof ClassReportSchema>;

export const ClassStudentSchema = z.object({
  /** The group's NIMs joined by "+", else the folder (or file) its work came in. */
  id: z.string(),
  names: z.array(z.string()),
  nims: z.array(z.string()),
  /** Paths relative to the class folder, "/" separated. */
  sessions: z.array(z.string()),
  captures: z.array(ClassCaptureSchema),
  reports: z.array(ClassReportSchema),
  experiment: ClassExperimentSchema.nullable(),
  services: z.array(ClassServiceSchema),
  /** Mean of the services' graded means and its verdict; null without a fully graded service. */
  overall: z.object({ mean: z.number(), verdict: ClassVerdictSchema }).nullable(),
});
export type ClassStudent = z.infer<typeof ClassStudentSchema>;

export const QOS_INDEXES = ['throughput', 'delay', 'jitter', 'loss'] as const;
export type QosIndexName = (typeof QOS_INDEXES)[number];

/** Students per TIPHON index value 0 … 4 (throughput alone reaches 0). */
const Histogram = z.array(z.object({ index: z.number().int(), count: z.number().int() }));

export const ClassDistributionSchema = z.object({
  steps: z.array(z.object({ index: z.number().int(), label: z.string(), memUsed: ClassStatsSchema, memGrowth: ClassStatsSchema, cpu: ClassStatsSchema })),
  memAddedPerGuest: ClassStatsSchema,
  services: z.array(
    z.object({
      service: z.string(),
      throughputBitsPerSecond: ClassStatsSchema,
      delayMs: ClassStatsSchema,
      jitterMs: ClassStatsSchema,
      lossPercent: ClassStatsSchema,
      gradeMean: ClassStatsSchema,
      histograms: z.object({ throughput: Histogram, delay: Histogram, jitter: Histogram, loss: Histogram }),
      verdicts: z.array(z.object({ verdict: ClassVerdictSchema, count: z.number().int() })),
    }),
  ),
});
export type ClassDistribution = z.infer<typeof ClassDistributionSchema>;

export const FlagKindSchema = z.enum(FLAG_KINDS);

const Where = z.object({ student: z.string(), path: z.string().nullable(), session: z.string().nullable(), service: z.string().nullable() });
const Packets = z.object({
  student: z.string(),
  path: z.string(),
  sha256: z.string().nullable(),
  packets: z.number(),
  bytes: z.number(),
  firstTime: z.string(),
  lastTime: z.string(),
});
/** Where a reference value came from: the lecturer's lab file, or what most of the class did. */
const From = z.enum(['lab', 'class']);

export const ClassFlagSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('duplicate-capture'),
    students: z.array(z.string()),
    evidence: z.object({ sha256: z.string(), files: z.array(Where) }),
  }),
  z.object({
    kind: z.literal('contained-capture'),
    students: z.array(z.string()),
    /** Every packet of `inner` is, in order, packets `frames.first` … `frames.last` of `outer` (same timestamp to the ns and frame length). */
    evidence: z.object({ inner: Packets, outer: Packets, frames: z.object({ first: z.number().int(), last: z.number().int() }) }),
  }),
  z.object({
    kind: z.literal('outside-window'),
    students: z.array(z.string()),
    evidence: z.object({
      window: z.object({ start: z.string(), end: z.string(), from: From }),
      captures: z.array(Where.extend({ sha256: z.string().nullable(), firstTime: z.string(), lastTime: z.string() })),
    }),
  }),
  z.object({
    kind: z.literal('server-not-in-lab'),
    students: z.array(z.string()),
    evidence: z.object({
      labAddresses: z.array(z.string()),
      from: From,
      analyses: z.array(z.object({ session: z.string(), service: z.string(), server: z.string(), address: z.string() })),
    }),
  }),
  z.object({
    kind: z.literal('not-reproduced'),
    students: z.array(z.string()),
    evidence: z.object({
      analyses: z.array(
        z.object({
          session: z.string(),
          service: z.string(),
          /** The capture re-analysed, when it is in the folder (found by its SHA-256). */
          capture: z.string().nullable(),
          fields: z.array(
            z.object({
              field: z.string(),
              session: z.union([z.number(), z.string()]).nullable(),
              reproduced: z.union([z.number(), z.string()]).nullable(),
              /** statistics: the session's own Displayed statistics; grade: its figures graded again; capture: the capture analysed again. */
              from: z.enum(['statistics', 'grade', 'capture']),
            }),
          ),
        }),
      ),
    }),
  }),
  z.object({
    kind: z.literal('other-node'),
    students: z.array(z.string()),
    evidence: z.object({
      session: z.string(),
      node: ClassNodeIdentitySchema,
      lab: ClassNodeIdentitySchema,
      from: From,
      differs: z.array(z.enum(['name', 'cpuModel', 'memoryBytes', 'pveVersion'])),
    }),
  }),
  z.object({
    kind: z.literal('impossible-timeline'),
    students: z.array(z.string()),
    evidence: z.object({
      session: z.string(),
      steps: z.array(
        z.object({
          step: z.number().int(),
          label: z.string(),
          repetition: z.number().int(),
          vmid: z.number(),
          /** When PVE reported the guest running (the start task had ended). */
          runningAt: z.string(),
          samplesBefore: z.number().int(),
          firstSampleAt: z.string(),
        }),
      ),
    }),
  }),
  z.object({
    kind: z.literal('outlier'),
    students: z.array(z.string()),
    evidence: z.object({
      session: z.string(),
      steps: z.array(
        z.object({
          step: z.number().int(),
          label: z.string(),
          memUsedMean: z.number(),
          class: ClassStatsSchema,
          samples: z.array(z.object({ time: z.string(), memUsed: z.number() })),
        }),
      ),
    }),
  }),
]);
export type ClassFlag = z.infer<typeof ClassFlagSchema>;
export type ClassFlagOf<K extends FlagKind> = Extract<ClassFlag, { kind: K }>;

export const ClassResultSchema = z.object({
  schema: z.literal(CLASS_SCHEMA),
  folder: z.string(),
  /** The lab definition the checks used (as given, defaults filled), or null. */
  lab: ClassLabSchema.nullable(),
  /** What the checks compared with, and whether the lecturer or the class's majority set it. */
  reference: z.object({
    node: ClassNodeIdentitySchema,
    nodeFrom: From,
    addresses: z.array(z.string()),
    addressesFrom: From,
    window: z.object({ start: z.string(), end: z.string(), from: From }).nullable(),
  }),
  students: z.array(ClassStudentSchema),
  distribution: ClassDistributionSchema,
  flags: z.array(ClassFlagSchema),
  /** Files that could not be read or used, with the reason in English. */
  unreadable: z.array(z.object({ path: z.string(), reason: z.string() })),
  /** What a one-page summary needs at a glance. */
  summary: z.object({
    students: z.number().int(),
    sessions: z.number().int(),
    captures: z.number().int(),
    reports: z.number().int(),
    flags: z.record(FlagKindSchema, z.number().int()),
  }),
});
export type ClassResult = z.infer<typeof ClassResultSchema>;
