// The words of the TIPHON grading, free of any other dependency so the renderer can show them.

export const INDEX_LABELS = {
  id: { 4: 'Sangat Bagus', 3: 'Bagus', 2: 'Sedang', 1: 'Jelek', 0: 'Sangat Jelek' },
  en: { 4: 'Very good', 3: 'Good', 2: 'Fair', 1: 'Poor', 0: 'Very poor' },
} as const;

export type Verdict = 'Sangat Memuaskan' | 'Memuaskan' | 'Kurang Memuaskan' | 'Jelek';

export const VERDICT_LABELS: Record<'id' | 'en', Record<Verdict, string>> = {
  id: { 'Sangat Memuaskan': 'Sangat Memuaskan', Memuaskan: 'Memuaskan', 'Kurang Memuaskan': 'Kurang Memuaskan', Jelek: 'Jelek' },
  en: { 'Sangat Memuaskan': 'Very satisfying', Memuaskan: 'Satisfying', 'Kurang Memuaskan': 'Less satisfying', Jelek: 'Poor' },
};
