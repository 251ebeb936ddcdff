import type { Session } from '../session/session-file';
import type { CaptureAnalysis } from '../session/analysis';
import { summariseSamples, memoryAddedPerStep } from '../../core/experiment/summary';
import { recipeFromManualEntry } from '../qos/manual';
import { gradeQos } from '../qos/grade';
import { measuredColumn as measuredValuesColumn, recipeColumn } from '../qos/columns';
import { BUILT_IN_THRESHOLD_SETS, TIPHON_KBPS } from '../../core/qos/thresholds';
import { measuredColumn } from './measured';
import type { LabReportModel, Scenario1, ScenarioStep, ServiceReport } from '../../core/report/model';

// Builds the report model (core/report/model.ts) from a session.

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
  const graded = {
    throughputBitsPerSecond: recipe.throughputBitsPerSecond,
    delayMs: recipe.delayMs,
    jitterMs: recipe.jitterMs,
    lossPercent: entry.lossPercent,
  };
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

export function buildLabReportModel(session: Session, options: { demo: boolean }): LabReportModel {
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
