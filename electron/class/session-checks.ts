import type { ClassDistribution, ClassFlagOf, ClassStudent } from '../../core/class/schema';
import { isOutlier } from '../../core/class/stats';
import type { ExperimentRun } from '../../core/experiment/run-schema';
import type { StudentWork } from './group';
import { gradedAddress, type Reference } from './reference';
import { judgedRun } from './session-rows';

// The checks on what the sessions say: where the services were graded, which node was
// measured, whether the run's timeline can have happened, and steps far from the class.

export function serversNotInLab(students: readonly ClassStudent[], reference: Reference): Array<ClassFlagOf<'server-not-in-lab'>> {
  if (reference.addresses.length === 0) return [];
  const lab = new Set(reference.addresses);
  return students.flatMap((student) => {
    const analyses = student.services.flatMap((s) => {
      const address = gradedAddress(s);
      return address !== null && !lab.has(address) ? [{ session: s.session, service: s.service, server: s.server!, address }] : [];
    });
    return analyses.length
      ? [
          {
            kind: 'server-not-in-lab' as const,
            students: [student.id],
            evidence: { labAddresses: reference.addresses, from: reference.addressesFrom, analyses },
          },
        ]
      : [];
  });
}

const NODE_FIELDS = ['name', 'cpuModel', 'memoryBytes', 'pveVersion'] as const;

export function otherNodes(students: readonly ClassStudent[], reference: Reference): Array<ClassFlagOf<'other-node'>> {
  return students.flatMap((student) => {
    const experiment = student.experiment;
    if (!experiment) return [];
    const differs = NODE_FIELDS.filter((f) => experiment.node[f] !== null && reference.node[f] !== null && experiment.node[f] !== reference.node[f]);
    return differs.length
      ? [
          {
            kind: 'other-node' as const,
            students: [student.id],
            evidence: { session: experiment.session, node: experiment.node, lab: reference.node, from: reference.nodeFrom, differs: [...differs] },
          },
        ]
      : [];
  });
}

/**
 * Samples of a step taken before PVE reported running the guest the step started. The r-th
 * "running" event for guest g recorded at step k is that guest's start in repetition r of
 * step k; a count of such events other than the plan's repetitions leaves the step unjudged.
 */
function impossibleSteps(run: ExperimentRun) {
  if (run.mode !== 'planned') return [];
  return run.steps.flatMap((step) =>
    step.running.flatMap((vmid) => {
      const running = run.events.filter((e) => e.kind === 'running' && e.vmid === vmid && e.step === step.index);
      if (running.length !== run.plan.repetitions) return [];
      const runningAt = running[step.repetition - 1].time;
      const before = step.samples.filter((s) => Date.parse(s.time) < Date.parse(runningAt));
      return before.length
        ? [{ step: step.index, label: step.label, repetition: step.repetition, vmid, runningAt, samplesBefore: before.length, firstSampleAt: before[0].time }]
        : [];
    }),
  );
}

export function impossibleTimelines(students: readonly StudentWork[]): Array<ClassFlagOf<'impossible-timeline'>> {
  return students.flatMap((student) =>
    student.sessions.flatMap((file) => {
      const run = judgedRun(file.session);
      const steps = run ? impossibleSteps(run) : [];
      return steps.length ? [{ kind: 'impossible-timeline' as const, students: [student.id], evidence: { session: file.path, steps } }] : [];
    }),
  );
}

export function outliers(
  students: readonly ClassStudent[],
  work: ReadonlyMap<string, StudentWork>,
  distribution: ClassDistribution,
): Array<ClassFlagOf<'outlier'>> {
  return students.flatMap((student) => {
    const experiment = student.experiment;
    if (!experiment) return [];
    const run = judgedRun(work.get(student.id)!.sessions.find((s) => s.path === experiment.session)!.session)!;
    const steps = experiment.steps.flatMap((step, i) => {
      const column = distribution.steps.find((d) => d.index === step.index);
      if (!column || step.memUsedMean === null || !isOutlier(step.memUsedMean, column.memUsed)) return [];
      const samples = run.steps.filter((s) => s.repetition === 1)[i].samples.map((s) => ({ time: s.time, memUsed: s.memUsed }));
      return [{ step: step.index, label: step.label, memUsedMean: step.memUsedMean, class: column.memUsed, samples }];
    });
    return steps.length ? [{ kind: 'outlier' as const, students: [student.id], evidence: { session: experiment.session, steps } }] : [];
  });
}
