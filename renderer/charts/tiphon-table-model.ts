import type { ThresholdSet } from '../../core/qos/threshold-schema';
import { INDEX_LABELS, VERDICT_LABELS } from '../../core/qos/labels';
import type { Language } from '../../core/language';
import { formatFixed } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';
import { formatMeasure, gradedMeasure, QOS_PARAMETERS, type ComparisonRow } from './qos-measure';

// The TIPHON table of every service: each index's value, its index and its word, and the
// overall mean, percentage and verdict — the table students copy into their report.

export interface TiphonCell {
  /** "70,66 kbit/s", or the "not available" word. */
  value: string;
  index: number | null;
  /** "0 · Sangat Jelek", or the "not graded" word. */
  grade: string;
}

export interface TiphonRow {
  id: string;
  service: string;
  cells: TiphonCell[];
  /** "3,00 (75,00 %)" */
  mean: string;
  verdict: string;
}

export interface TiphonWords {
  notAvailable: string;
  notGraded: string;
}

export function tiphonTableRows(
  rows: readonly ComparisonRow[],
  set: ThresholdSet,
  linkCapacityBitsPerSecond: number | null,
  language: Language,
  locale: string,
  words: TiphonWords,
): TiphonRow[] {
  return rows.map((row) => {
    const cells = QOS_PARAMETERS.map((parameter): TiphonCell => {
      const value = gradedMeasure(parameter, row.values, set, linkCapacityBitsPerSecond);
      const index = row.grade[parameter];
      return {
        value: value === null ? words.notAvailable : formatMeasure(value, parameter, set, locale),
        index,
        grade: index === null ? words.notGraded : `${index} · ${INDEX_LABELS[language][index as 0 | 1 | 2 | 3 | 4]}`,
      };
    });
    const { mean, percent, verdict } = row.grade;
    return {
      id: row.id,
      service: row.service,
      cells,
      mean: mean === null || percent === null ? words.notGraded : `${formatFixed(mean, 2, locale)} (${formatPercent(percent, 2, locale)})`,
      verdict: verdict === null ? words.notGraded : VERDICT_LABELS[language][verdict],
    };
  });
}
