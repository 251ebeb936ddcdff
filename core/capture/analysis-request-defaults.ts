// What an analysis request leaves out, shared by its schema (validation at the edges) and
// completeAnalysisRequest (the analysis, which loads no zod).

/** Longer than any filter a person types; the app's field and the CLI refuse beyond it. */
export const FILTER_MAX_LENGTH = 4000;

/** What a request leaves out: every packet, no server, the default threshold set, the recipe column. */
export const ANALYSIS_REQUEST_DEFAULTS = {
  filter: '',
  server: null,
  thresholds: 'tiphon-skripsi',
  linkCapacityBitsPerSecond: null,
  column: 'recipe',
  rtpStreams: 'auto',
} as const;
