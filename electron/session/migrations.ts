// Older .proxlab documents are brought up to date one version at a time on open; the file on
// disk is only rewritten when the student saves.

export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[v] turns a version-v document into version v + 1. */
export const MIGRATIONS: Record<number, Migration> = {
  // v2 adds the lab as measured, capture analyses and provenance. A v1 file knew none of them,
  // so they start empty: nothing is invented for a student's existing session.
  1: (old) => ({
    ...old,
    lab: { node: {}, guests: [] },
    analyses: [],
    provenance: { source: null, illustrative: [] },
  }),
  // v3 names every member of the group (labs are done in groups) and the institution. The one
  // student a v2 file knew becomes the group's only member; a file that named nobody has none.
  2: (old) => {
    const { studentName, studentNumber, ...identity } = (old.identity ?? {}) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
    const student = { name: text(studentName), nim: text(studentNumber) };
    return { ...old, identity: { ...identity, students: student.name || student.nim ? [student] : [], institution: '' } };
  },
};
