import type { ManualEntry } from '../../../electron/qos/manual';
import { decimalSeparator } from '../../format/numbers';

// The manual entry form's data and its checks, without a browser: numbers are typed as the
// user's language writes them (id-ID: "110,660"; en: "110.660"), grouping allowed.

export interface ManualEntryRow {
  id: string;
  service: string;
  entry: ManualEntry;
}

export interface ManualEntryText {
  service: string;
  packets: string;
  bytes: string;
  timeSpan: string;
  loss: string;
  delay: string;
  jitter: string;
}

export type ManualField = keyof ManualEntryText;
export type ManualProblem = 'required' | 'number' | 'integer' | 'positive' | 'percent';

/** "1.234,5" in id-ID or "1,234.5" in en-US → 1234.5; null when it is not a number. */
export function parseLocalNumber(text: string, locale: string): number | null {
  const decimal = decimalSeparator(locale);
  const group = decimal === ',' ? '.' : ',';
  const plain = text.trim().replace(/\s/g, '').split(group).join('').replace(decimal, '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain)) return null;
  return Number(plain);
}

/** The entry, or the problem of each field in error. */
export function readManualEntry(text: ManualEntryText, locale: string): { entry: ManualEntry } | { problems: Partial<Record<ManualField, ManualProblem>> } {
  const problems: Partial<Record<ManualField, ManualProblem>> = {};
  const number = (field: ManualField, required: boolean, check: (v: number) => ManualProblem | null): number | null => {
    const raw = text[field].trim();
    if (!raw) {
      if (required) problems[field] = 'required';
      return null;
    }
    const value = parseLocalNumber(raw, locale);
    const problem = value === null ? 'number' : check(value);
    if (problem) problems[field] = problem;
    return problem ? null : value;
  };
  const wholePositive = (v: number) => (!Number.isInteger(v) ? 'integer' : v <= 0 ? 'positive' : null);
  const wholeOrZero = (v: number) => (!Number.isInteger(v) ? 'integer' : v < 0 ? 'positive' : null);
  if (!text.service.trim()) problems.service = 'required';
  const packets = number('packets', true, wholePositive);
  const bytes = number('bytes', true, wholeOrZero);
  const timeSpanSeconds = number('timeSpan', true, (v) => (v <= 0 ? 'positive' : null));
  const lossPercent = number('loss', false, (v) => (v < 0 || v > 100 ? 'percent' : null));
  const delayMs = number('delay', false, (v) => (v < 0 ? 'positive' : null));
  const jitterMs = number('jitter', false, (v) => (v < 0 ? 'positive' : null));
  if (Object.keys(problems).length) return { problems };
  return { entry: { packets: packets!, bytes: bytes!, timeSpanSeconds: timeSpanSeconds!, lossPercent, delayMs, jitterMs } };
}
