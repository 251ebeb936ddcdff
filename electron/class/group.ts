import path from 'node:path';
import { studentNames } from '../../core/identity';
import type { ClassReport } from '../../core/class/schema';
import type { CaptureFile, Gathered, SessionFile } from './gather';

// Whose work each file is. A session names its group: the group is its NIMs, else the
// folder it came in. A capture or report goes to the group whose session sits in the same
// top-level folder; where that says nothing (files side by side at the top, or several
// groups in one folder), to the one group whose session refers to the capture by its SHA-256
// or whose names the report carries as its author; else to its own folder, or its own name.

export interface StudentWork {
  id: string;
  names: string[];
  nims: string[];
  sessions: SessionFile[];
  captures: CaptureFile[];
  reports: ClassReport[];
}

const topFolder = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : null);
const stem = (file: string) => path.posix.basename(file).replace(/\.[^.]*$/, '');

function sessionGroup(file: SessionFile): { id: string; nims: string[]; names: string[] } {
  const nims = file.session.identity.students.map((s) => s.nim.trim()).filter(Boolean);
  const id = nims.length ? [...nims].sort().join('+') : (topFolder(file.path) ?? stem(file.path));
  return { id, nims, names: studentNames(file.session.identity) };
}

export function groupWork(gathered: Gathered): StudentWork[] {
  const students = new Map<string, StudentWork>();
  const student = (id: string) => {
    let work = students.get(id);
    if (!work) students.set(id, (work = { id, names: [], nims: [], sessions: [], captures: [], reports: [] }));
    return work;
  };
  const idsInFolder = new Map<string, Set<string>>();
  for (const file of gathered.sessions) {
    const group = sessionGroup(file);
    const work = student(group.id);
    work.sessions.push(file);
    for (const nim of group.nims) if (!work.nims.includes(nim)) work.nims.push(nim);
    for (const name of group.names) if (!work.names.includes(name)) work.names.push(name);
    const folder = topFolder(file.path);
    if (folder) idsInFolder.set(folder, (idsInFolder.get(folder) ?? new Set()).add(group.id));
  }
  const sessionIds = [...students.keys()];

  const owner = (file: string, claims: (id: string) => boolean): string => {
    const folder = topFolder(file);
    const inFolder = folder ? [...(idsInFolder.get(folder) ?? [])] : [];
    if (inFolder.length === 1) return inFolder[0];
    const claimants = (inFolder.length ? inFolder : sessionIds).filter(claims);
    if (claimants.length === 1) return claimants[0];
    return folder ?? stem(file);
  };
  const refersTo = (sha256: string | null) => (id: string) =>
    sha256 !== null && students.get(id)!.sessions.some((s) => s.session.analyses.some((a) => a.source.kind === 'capture' && a.source.file.sha256 === sha256));
  const authoredBy = (author: string | null) => (id: string) => author !== null && author !== '' && students.get(id)!.names.join(', ') === author;

  for (const capture of gathered.captures) student(owner(capture.path, refersTo(capture.properties.sha256))).captures.push(capture);
  for (const report of gathered.reports) {
    const work = student(owner(report.path, authoredBy(report.author)));
    work.reports.push(report);
    if (work.sessions.length === 0 && report.author) {
      for (const name of report.author.split(', ')) if (name && !work.names.includes(name)) work.names.push(name);
    }
  }
  return [...students.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
