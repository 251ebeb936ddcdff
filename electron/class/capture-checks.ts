import path from 'node:path';
import type { ClassFlagOf } from '../../core/class/schema';
import type { StudentWork } from './group';
import type { Reference } from './reference';
import { containedAt, readPacketList, type PacketList } from './contained';
import type { CaptureFile } from './gather';

// The checks on captures across the class: the same file (SHA-256) in two groups' work, one
// group's capture cut out of another's, and captures taken outside the lab's window. A
// capture counts both as a file in the folder and as a session's reference to its SHA-256.

interface CaptureSeen {
  student: string;
  path: string | null;
  session: string | null;
  service: string | null;
  sha256: string | null;
  firstTime: string | null;
  lastTime: string | null;
}

/** Every capture a group handed in or refers to: its files first, then its sessions' analyses. */
export function capturesSeen(student: StudentWork): CaptureSeen[] {
  const files: CaptureSeen[] = student.captures.map((c) => ({
    student: student.id,
    path: c.path,
    session: null,
    service: null,
    sha256: c.properties.sha256,
    firstTime: c.properties.firstTime,
    lastTime: c.properties.lastTime,
  }));
  const referred: CaptureSeen[] = student.sessions.flatMap((s) =>
    s.session.analyses.flatMap((a) =>
      a.source.kind === 'capture'
        ? [
            {
              student: student.id,
              path: null,
              session: s.path,
              service: a.service,
              sha256: a.source.file.sha256,
              firstTime: a.source.statistics.firstTime,
              lastTime: a.source.statistics.lastTime,
            },
          ]
        : [],
    ),
  );
  return [...files, ...referred];
}

export function duplicateCaptures(students: readonly StudentWork[]): Array<ClassFlagOf<'duplicate-capture'>> {
  const bySha = new Map<string, CaptureSeen[]>();
  for (const seen of students.flatMap(capturesSeen)) if (seen.sha256) bySha.set(seen.sha256, [...(bySha.get(seen.sha256) ?? []), seen]);
  const flags: Array<ClassFlagOf<'duplicate-capture'>> = [];
  for (const [sha256, seen] of [...bySha].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const who = [...new Set(seen.map((s) => s.student))];
    if (who.length < 2) continue;
    flags.push({
      kind: 'duplicate-capture',
      students: who,
      evidence: { sha256, files: seen.map(({ student, path, session, service }) => ({ student, path, session, service })) },
    });
  }
  return flags;
}

const seconds = (time: string | null) => (time === null ? NaN : Number(time));

export async function containedCaptures(root: string, students: readonly StudentWork[]): Promise<Array<ClassFlagOf<'contained-capture'>>> {
  const files = students.flatMap((s) => s.captures.filter((c) => c.error === null).map((capture) => ({ student: s.id, capture })));
  const lists = new Map<string, Promise<PacketList | null>>();
  const packets = (c: CaptureFile) => {
    if (!lists.has(c.path)) lists.set(c.path, readPacketList(path.join(root, ...c.path.split('/'))));
    return lists.get(c.path)!;
  };
  const flags: Array<ClassFlagOf<'contained-capture'>> = [];
  for (const inner of files) {
    for (const outer of files) {
      const a = inner.capture.properties;
      const b = outer.capture.properties;
      // Only what could hold the run is read packet by packet: another group's larger capture whose times span the smaller one's.
      if (inner.student === outer.student || a.sha256 === b.sha256 || a.packets >= b.packets) continue;
      if (!(seconds(a.firstTime) >= seconds(b.firstTime) && seconds(a.lastTime) <= seconds(b.lastTime))) continue;
      const [innerList, outerList] = await Promise.all([packets(inner.capture), packets(outer.capture)]);
      const at = innerList && outerList ? containedAt(innerList, outerList) : null;
      if (at === null) continue;
      const described = (who: string, c: CaptureFile) => ({
        student: who,
        path: c.path,
        sha256: c.properties.sha256,
        packets: c.properties.packets,
        bytes: c.properties.bytes,
        firstTime: c.properties.firstTime ?? '',
        lastTime: c.properties.lastTime ?? '',
      });
      flags.push({
        kind: 'contained-capture',
        students: [outer.student, inner.student],
        evidence: {
          inner: described(inner.student, inner.capture),
          outer: described(outer.student, outer.capture),
          frames: { first: at + 1, last: at + a.packets },
        },
      });
    }
  }
  return flags;
}

export function outsideWindow(students: readonly StudentWork[], window: Reference['window']): Array<ClassFlagOf<'outside-window'>> {
  if (!window) return [];
  const [start, end] = [Date.parse(window.start) / 1000, Date.parse(window.end) / 1000];
  const flags: Array<ClassFlagOf<'outside-window'>> = [];
  for (const student of students) {
    const outside = new Map<string, CaptureSeen>();
    for (const seen of capturesSeen(student)) {
      const [first, last] = [seconds(seen.firstTime), seconds(seen.lastTime)];
      if (Number.isNaN(first) || Number.isNaN(last) || (first >= start && last <= end)) continue;
      // The file and a session's reference to it are one capture: the file's whole span is kept.
      const key = seen.sha256 ?? seen.path ?? `${seen.session}#${seen.service}`;
      if (!outside.has(key)) outside.set(key, seen);
    }
    if (outside.size === 0) continue;
    flags.push({
      kind: 'outside-window',
      students: [student.id],
      evidence: {
        window,
        captures: [...outside.values()].map((c) => ({
          student: c.student,
          path: c.path,
          session: c.session,
          service: c.service,
          sha256: c.sha256,
          firstTime: c.firstTime!,
          lastTime: c.lastTime!,
        })),
      },
    });
  }
  return flags;
}
