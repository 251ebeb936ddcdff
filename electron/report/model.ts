import type { Session } from '../session/session-file';
import type { LabGuest, LabNode } from '../session/lab';
import type { CaptureAnalysis } from '../session/analysis';
import type { ExperimentRun } from '../experiment/run-model';
import { summariseSamples, memoryAddedPerStep } from '../../core/experiment/summary';
import { recipeFromManualEntry } from '../qos/manual';
import { gradeQos, type Grade, type QosValues } from '../qos/grade';
import { measuredColumn as measuredValuesColumn, recipeColumn } from '../qos/columns';
import type { QosReport } from '../qos/qos-report';
import { BUILT_IN_THRESHOLD_SETS, TIPHON_KBPS, type ThresholdSet } from '../qos/thresholds';
import { measuredColumn, type MeasuredColumn } from './measured';

// Everything the printed report shows, computed once from a session in plain Node: the
// renderer (app, hidden print window) and the command line render this model and only format
// its numbers in the reader's language. Plain JSON, so it crosses IPC as it is.

export interface ScenarioStep {
  index: number;
  label: string;
  repetition: number;
  /** Names of the guests running in this step (the vmid when the lab does not name it). */
  running: string[];
  samples: number;
  memUsedBytes: number;
  memUsedSdBytes: number;
  memTotalBytes: number;
  memUsedPercent: number;
  /** Memory over the step before (null for the first step of a repetition). */
  memAddedBytes: number | null;
  cpuPercent: number;
  cpuSdPercent: number;
  loadavg: [number, number, number];
}

export interface Scenario1 {
  state: ExperimentRun['state'];
  pveVersion: string | null;
  memUsedMeaning: 'total-minus-free' | 'total-minus-available' | null;
  samplesPerStep: number;
  intervalSeconds: number;
  settleSeconds: number;
  steps: ScenarioStep[];
  /** The measured run itself, as the memory-growth, CPU and timeline charts draw it. */
  run: Pick<ExperimentRun, 'steps' | 'events' | 'guestNames' | 'mode'>;
}

export interface CaptureFileProperties {
  packets: number;
  bytes: number;
  firstTime: string | null;
  lastTime: string | null;
  timeSpanSeconds: number;
  packetsPerSecond: number | null;
  averagePacketSize: number | null;
  bytesPerSecond: number | null;
  bitsPerSecond: number | null;
}

export interface RecipeColumn {
  throughputBytesPerSecond: number | null;
  throughputBitsPerSecond: number | null;
  delayMs: number | null;
  jitterMs: number | null;
  jitterZeroVariantMs: number | null;
  lossPercent: number | null;
  /** "manual": typed by the student; the others as docs/qos-method.md §Recipe names them. */
  lossEvidence: 'tcp' | 'icmp' | 'rtp' | 'none' | 'manual';
  lossSent: number | null;
  lossReceived: number | null;
}

export interface ServiceReport {
  service: string;
  guest: LabGuest | null;
  source: 'capture' | 'manual';
  file: { name: string; size: number; sha256: string | null } | null;
  filter: string | null;
  server: string | null;
  properties: CaptureFileProperties;
  recipe: RecipeColumn;
  /** null for a manual entry: Wireshark's dialog shows nothing a second column could use. */
  measured: MeasuredColumn | null;
  grade: Grade & { column: 'recipe' | 'measured' };
  /** The recipe column's own grade (the measured one is in `measured`). */
  recipeGrade: Grade;
  /** The four values the grade was given for (the graded column), as the comparison charts draw them. */
  graded: QosValues;
  /** The I/O and RTT series of a capture for its graphs; null for a manual entry (nothing was captured). */
  series: { io: QosReport['measured']['io']; rtt: QosReport['measured']['rttSeries'] } | null;
}

export interface ReportModel {
  demo: boolean;
  identity: Session['identity'];
  provenance: Session['provenance'];
  environment: { node: LabNode; guests: LabGuest[] };
  scenario1: Scenario1 | null;
  services: ServiceReport[];
  /** The threshold set the services were graded with, for the method notes (null if it is not a built-in one). */
  thresholds: ThresholdSet | null;
  notes: string;
  /** The student's own conclusion; null while they keep the generated one. */
  conclusion: string | null;
}

function guestName(session: Session, vmid: number): string {
  return session.lab.guests.find((g) => g.vmid === vmid)?.name ?? String(vmid);
}

function scenario1(session: Session): Scenario1 | null {
  // The report shows the latest run that measured something.
  const run = [...session.experiments].reverse().find((r) => r.steps.some((s) => s.samples.length > 0));
  if (!run) return null;
  const measuredSteps = run.steps.filter((s) => s.samples.length > 0);
  const added = memoryAddedPerStep(measuredSteps);
  const steps = measuredSteps.map((step, i): ScenarioStep => {
    const s = summariseSamples(step.samples)!;
    return {
      index: step.index,
      label: step.label,
      repetition: step.repetition,
      running: step.running.map((vmid) => guestName(session, vmid)),
      samples: s.samples,
      memUsedBytes: s.memUsedMean,
      memUsedSdBytes: s.memUsedSd,
      memTotalBytes: step.samples[0].memTotal,
      memUsedPercent: s.memUsedPercentMean,
      memAddedBytes: added[i],
      cpuPercent: s.cpuMean * 100,
      cpuSdPercent: s.cpuSd * 100,
      loadavg: [s.load1Mean, s.load5Mean, s.load15Mean],
    };
  });
  return {
    state: run.state,
    pveVersion: run.pveVersion,
    memUsedMeaning: measuredSteps[0]?.samples[0]?.memUsedMeaning ?? null,
    samplesPerStep: run.plan.samplesPerStep,
    intervalSeconds: run.plan.intervalSeconds,
    settleSeconds: run.plan.settleSeconds,
    steps,
    run: { steps: run.steps, events: run.events, guestNames: run.guestNames, mode: run.mode },
  };
}

function serviceReport(session: Session, analysis: CaptureAnalysis): ServiceReport {
  const guest = session.lab.guests.find((g) => g.service === analysis.service) ?? null;
  const base = { service: analysis.service, guest };
  if (analysis.source.kind === 'capture') {
    const { file, filter, server, statistics, qos } = analysis.source;
    const r = qos.recipe;
    return {
      ...base,
      source: 'capture',
      file,
      filter,
      server,
      properties: { ...statistics, timeSpanSeconds: statistics.timeSpanSeconds ?? r.timeSpanSeconds },
      recipe: {
        throughputBytesPerSecond: r.throughputBytesPerSecond,
        throughputBitsPerSecond: r.throughputBitsPerSecond,
        delayMs: r.delayMs,
        jitterMs: r.jitterMs,
        jitterZeroVariantMs: r.jitterZeroVariantMs,
        lossPercent: r.lossPercent,
        lossEvidence: r.lossEvidence,
        lossSent: r.lossSent,
        lossReceived: r.lossReceived,
      },
      measured: measuredColumn(qos, server),
      grade: qos.grade,
      recipeGrade: qos.grades.recipe,
      graded: (qos.grade.column === 'measured' ? measuredValuesColumn(qos) : recipeColumn(qos)).values,
      series: { io: qos.measured.io, rtt: qos.measured.rttSeries },
    };
  }
  const entry = analysis.source.entry;
  const recipe = recipeFromManualEntry(entry);
  const graded = { throughputBitsPerSecond: recipe.throughputBitsPerSecond, delayMs: recipe.delayMs, jitterMs: recipe.jitterMs, lossPercent: entry.lossPercent };
  const grade = gradeQos(graded, TIPHON_KBPS);
  return {
    ...base,
    source: 'manual',
    file: null,
    filter: null,
    server: null,
    properties: {
      packets: entry.packets,
      bytes: entry.bytes,
      firstTime: null,
      lastTime: null,
      timeSpanSeconds: entry.timeSpanSeconds,
      packetsPerSecond: entry.packets / entry.timeSpanSeconds,
      averagePacketSize: entry.bytes / entry.packets,
      bytesPerSecond: recipe.throughputBytesPerSecond,
      bitsPerSecond: recipe.throughputBitsPerSecond,
    },
    recipe: {
      throughputBytesPerSecond: recipe.throughputBytesPerSecond,
      throughputBitsPerSecond: recipe.throughputBitsPerSecond,
      delayMs: recipe.delayMs,
      jitterMs: recipe.jitterMs,
      jitterZeroVariantMs: recipe.jitterZeroVariantMs,
      lossPercent: entry.lossPercent,
      lossEvidence: 'manual',
      lossSent: null,
      lossReceived: null,
    },
    measured: null,
    grade: { ...grade, column: 'recipe' },
    recipeGrade: grade,
    graded,
    series: null,
  };
}

export function buildReportModel(session: Session, options: { demo: boolean }): ReportModel {
  const services = session.analyses.map((a) => serviceReport(session, a));
  return {
    demo: options.demo,
    identity: session.identity,
    provenance: session.provenance,
    environment: { node: session.lab.node, guests: session.lab.guests },
    scenario1: scenario1(session),
    services,
    thresholds: BUILT_IN_THRESHOLD_SETS.find((set) => set.name === (services[0]?.grade.thresholds ?? TIPHON_KBPS.name)) ?? null,
    notes: session.notes,
    conclusion: session.conclusion,
  };
}
