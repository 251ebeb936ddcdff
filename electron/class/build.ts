import path from 'node:path';
import type { CaptureAnalyzer } from '../capture/analyzer';
import { verdictFor } from '../qos/grade';
import { CLASS_SCHEMA, type ClassFlag, type ClassLab, type ClassResult, type ClassService, type ClassStudent } from '../../core/class/schema';
import { FLAG_KINDS } from '../../core/class/flag-kinds';
import { gatherFolder } from './gather';
import { groupWork, type StudentWork } from './group';
import { experimentRow, serviceRows } from './session-rows';
import { resolveReference } from './reference';
import { classDistribution, serviceKey } from './distribution';
import { containedCaptures, duplicateCaptures, outsideWindow } from './capture-checks';
import { impossibleTimelines, otherNodes, outliers, serversNotInLab } from './session-checks';
import { notReproduced } from './reproduce';

// The class view of a folder (docs/cli.md §class): a row per group, the class distribution
// beside each column, and the flags, each with its evidence.

export interface ClassBuildOptions {
  analyzer: CaptureAnalyzer;
  lab: ClassLab | null;
  signal?: AbortSignal;
}

function studentRow(work: StudentWork): ClassStudent {
  // The group's experiment is the latest measured among its sessions; each service the last
  // session (in path order) that graded it.
  const experiments = work.sessions.map((s) => experimentRow(s.session, s.path)).filter((e) => e !== null);
  const experiment = experiments.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)).at(-1) ?? null;
  const services = new Map<string, ClassService>();
  for (const file of work.sessions) for (const service of serviceRows(file.session, file.path)) services.set(serviceKey(service.service), service);
  const byHash = new Map(work.captures.map((c) => [c.properties.sha256, c.path]));
  const rows = [...services.values()].map((s) => (s.file ? { ...s, file: { ...s.file, path: (s.file.sha256 && byHash.get(s.file.sha256)) || null } } : s));
  const means = rows.map((s) => s.grade.mean);
  const overall = means.length && means.every((m): m is number => m !== null) ? means.reduce((a, b) => a + b, 0) / means.length : null;
  return {
    id: work.id,
    names: work.names,
    nims: work.nims,
    sessions: work.sessions.map((s) => s.path),
    captures: work.captures.map((c) => ({
      path: c.path,
      sha256: c.properties.sha256,
      packets: c.properties.packets,
      bytes: c.properties.bytes,
      firstTime: c.properties.firstTime,
      lastTime: c.properties.lastTime,
      error: c.error,
    })),
    reports: work.reports,
    experiment,
    services: rows,
    overall: overall === null ? null : { mean: overall, verdict: verdictFor(overall) },
  };
}

export async function buildClass(folder: string, options: ClassBuildOptions): Promise<ClassResult> {
  const signal = options.signal ?? new AbortController().signal;
  const root = path.resolve(folder);
  const gathered = await gatherFolder(root, options.analyzer, signal);
  const work = groupWork(gathered);
  const students = work.map(studentRow);
  const starts = [...new Map(gathered.captures.map((c) => [c.properties.sha256 ?? c.path, Number(c.properties.firstTime) * 1000])).values()].filter(
    Number.isFinite,
  );
  const reference = resolveReference(
    options.lab,
    students.flatMap((s) => (s.experiment ? [s.experiment] : [])),
    students.map((s) => s.services),
    starts,
  );
  const distribution = classDistribution(students, options.lab?.expectedGuests ?? null);
  const byId = new Map(work.map((w) => [w.id, w]));

  const flags: ClassFlag[] = [
    ...duplicateCaptures(work),
    ...(await containedCaptures(root, work)),
    ...outsideWindow(work, reference.window),
    ...serversNotInLab(students, reference),
    ...(await notReproduced(root, work, options.analyzer, signal)),
    ...otherNodes(students, reference),
    ...impossibleTimelines(work),
    ...outliers(students, byId, distribution),
  ];
  return {
    schema: CLASS_SCHEMA,
    folder: root,
    lab: options.lab,
    reference,
    students,
    distribution,
    flags,
    unreadable: gathered.unreadable,
    summary: {
      students: students.length,
      sessions: gathered.sessions.length,
      captures: gathered.captures.length,
      reports: gathered.reports.length,
      flags: Object.fromEntries(FLAG_KINDS.map((kind) => [kind, flags.filter((f) => f.kind === kind).length])) as ClassResult['summary']['flags'],
    },
  };
}
