// The words of the TIPHON grading, free of any other dependency so the renderer can show them.

export const INDEX_LABELS = {
  id: { 4: 'Sangat Bagus', 3: 'Bagus', 2: 'Sedang', 1: 'Jelek', 0: 'Sangat Jelek' },
  en: { 4: 'Very good', 3: 'Good', 2: 'Fair', 1: 'Poor', 0: 'Very poor' },
} as const;

/** Best first. */
export const VERDICTS = ['Sangat Memuaskan', 'Memuaskan', 'Kurang Memuaskan', 'Jelek'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<'id' | 'en', Record<Verdict, string>> = {
  id: { 'Sangat Memuaskan': 'Sangat Memuaskan', Memuaskan: 'Memuaskan', 'Kurang Memuaskan': 'Kurang Memuaskan', Jelek: 'Jelek' },
  en: { 'Sangat Memuaskan': 'Very satisfying', Memuaskan: 'Satisfying', 'Kurang Memuaskan': 'Less satisfying', Jelek: 'Poor' },
};

type BuiltInSetId = 'tiphon-skripsi' | 'tiphon-link-percent';

/**
 * The built-in threshold sets' names in each language. The name a set is stored and asked for
 * by (`--thresholds NAME`, a grade's `thresholds`) stays the one in thresholds.ts; these are
 * what a reader sees.
 */
export const BUILT_IN_SET_NAMES: Record<BuiltInSetId, Record<'id' | 'en', string>> = {
  'tiphon-skripsi': { id: 'TIPHON (tabel skripsi)', en: 'TIPHON (thesis table)' },
  'tiphon-link-percent': { id: 'TIPHON — throughput sebagai % kapasitas link', en: 'TIPHON — throughput as % of link capacity' },
};

/** A threshold set's name for a reader: a built-in one (by id, or by the name a grade stored) in `language`, a user's own as they named it. */
export function thresholdSetName(set: { id: string; name: string } | string, language: 'id' | 'en'): string {
  const name = typeof set === 'string' ? set : set.name;
  const id = typeof set === 'string' ? null : set.id;
  const builtIn = Object.entries(BUILT_IN_SET_NAMES).find(([key, names]) => key === id || Object.values(names).includes(name));
  return builtIn ? builtIn[1][language] : name;
}
