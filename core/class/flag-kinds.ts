// The class view's flag kinds, in the order the table and the printed summary list them. Kept apart
// from the zod schema so the renderer can take the list itself, not only its type.
export const FLAG_KINDS = [
  'duplicate-capture',
  'contained-capture',
  'outside-window',
  'server-not-in-lab',
  'not-reproduced',
  'other-node',
  'impossible-timeline',
  'outlier',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];
