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
};
