import type { Session } from '../session/session-file';
import type { ExperimentRun } from '../../core/experiment/run-schema';
import { stepRows } from '../../core/experiment/summary';
import { recipeFromManualEntry } from '../qos/manual';
import { gradeQos } from '../qos/grade';
import { TIPHON_KBPS } from '../../core/qos/thresholds';
import type { ClassExperiment, ClassNodeIdentity, ClassService, ClassStep } from '../../core/class/schema';

// One student's row from their session: the experiment's steps as the class compares them,
// and each service's figures and grades as the session holds them.

/** The run a session is judged on: its latest with samples (an empty retry does not hide one that measured). */
export function judgedRun(session: Session): ExperimentRun | null {
  return session.experiments.findLast((run) => run.steps.some((step) => step.samples.length > 0)) ?? null;
}

/** The node a run measured: the plan's node, the lab's CPU model, PVE's total memory from the samples, the run's PVE version. */
export function runNode(session: Session, run: ExperimentRun): ClassNodeIdentity {
  const firstSample = run.steps.find((step) => step.samples.length > 0)?.samples[0];
  return {
    name: run.plan.node || session.lab.node.name,
    cpuModel: session.lab.node.cpuModel,
    memoryBytes: firstSample?.memTotal ?? session.lab.node.memoryBytes,
    pveVersion: run.pveVersion ?? session.lab.node.pveVersion,
  };
}

export function experimentRow(session: Session, sessionPath: string): ClassExperiment | null {
  const run = judgedRun(session);
  if (!run) return null;
  const figures = stepRows(run.steps.filter((step) => step.repetition === 1));
  const baseline = figures[0]?.memUsedMean ?? null;
  // The class document's own fields, in its order: the summary's other means stay out of it.
  const rows = figures.map(({ summary: _summary, memAdded, cpuMean, ...step }): ClassStep => ({
    ...step,
    memGrowth: step.memUsedMean !== null && baseline !== null ? step.memUsedMean - baseline : null,
    memAdded,
    cpuMean,
  }));
  const last = rows.at(-1);
  const guestsAdded = last ? last.index - rows[0].index : 0;
  return {
    session: sessionPath,
    mode: run.mode,
    state: run.state,
    createdAt: run.createdAt,
    node: runNode(session, run),
    guests: run.plan.guests,
    guestNames: run.guestNames,
    steps: rows,
    memAddedPerGuest: last && last.memGrowth !== null && guestsAdded > 0 ? last.memGrowth / guestsAdded : null,
  };
}

export function serviceRows(session: Session, sessionPath: string): ClassService[] {
  return session.analyses.map((analysis): ClassService => {
    const source = analysis.source;
    if (source.kind === 'capture') {
      const { recipe, measuredValues: m, grade, grades } = source.qos;
      return {
        service: analysis.service,
        source: 'capture',
        session: sessionPath,
        file: { name: source.file.name, sha256: source.file.sha256, path: null },
        server: source.server,
        filter: source.filter,
        recipe: {
          packets: recipe.packets,
          bytes: recipe.bytes,
          timeSpanSeconds: recipe.timeSpanSeconds,
          throughputBitsPerSecond: recipe.throughputBitsPerSecond,
          delayMs: recipe.delayMs,
          jitterMs: recipe.jitterMs,
          lossPercent: recipe.lossPercent,
        },
        measured: { throughputBitsPerSecond: m.throughputBitsPerSecond, delayMs: m.delayMs, jitterMs: m.jitterMs, lossPercent: m.lossPercent },
        grade,
        grades,
      };
    }
    // A manual entry keeps the typed numbers only: it is graded here as the app grades one.
    const entry = source.entry;
    const recipe = recipeFromManualEntry(entry);
    const values = {
      throughputBitsPerSecond: recipe.throughputBitsPerSecond,
      delayMs: recipe.delayMs,
      jitterMs: recipe.jitterMs,
      lossPercent: entry.lossPercent,
    };
    const graded = { ...gradeQos(values, TIPHON_KBPS), column: 'recipe' as const };
    return {
      service: analysis.service,
      source: 'manual',
      session: sessionPath,
      file: null,
      server: null,
      filter: null,
      recipe: { packets: entry.packets, bytes: entry.bytes, timeSpanSeconds: entry.timeSpanSeconds, ...values },
      measured: null,
      grade: graded,
      grades: { recipe: graded, measured: null },
    };
  });
}
