import type { ManualEntry } from '../../../core/qos/manual-entry-schema';
import { readTypedNumber, type NumberKind } from '../../format/typed-number';

// The manual entry form's data and its checks, without a browser. Numbers are read as
// Wireshark prints them ("110.660") or as the user's language writes them ("110,660" in
// Indonesian), grouping allowed; a text with two readings is refused (format/typed-number).

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
export type NumberField = Exclude<ManualField, 'service'>;
export type ManualProblemCode = 'required' | 'number' | 'integer' | 'positive' | 'percent' | 'ambiguous' | 'clock';
/** `asDecimal`/`asWhole`: the two readings of an ambiguous text. */
export type ManualProblem = { code: ManualProblemCode; asDecimal?: number; asWhole?: number };
export type ManualProblems = Partial<Record<ManualField, ManualProblem>>;

/** A field's value as read, with the fraction digits it was typed with (to show it back). */
export interface FieldReading {
  value: number;
  decimals: number;
}

const KIND: Record<NumberField, NumberKind> = { packets: 'count', bytes: 'count', timeSpan: 'decimal', loss: 'decimal', delay: 'decimal', jitter: 'decimal' };

/** The unit a student may leave after the number, as Wireshark's dialogs print it. */
const UNIT_SUFFIX: Record<NumberField, RegExp | null> = {
  packets: null,
  bytes: /\s*(bytes?|B)$/i,
  timeSpan: /\s*s$/i,
  loss: /\s*%$/,
  delay: /\s*ms$/i,
  jitter: /\s*ms$/i,
};

/** Wireshark's "Elapsed" (00:01:50): whole seconds, where the recipe needs Time span. */
const CLOCK = /^\d+:\d{1,2}(:\d{1,2})?$/;

type Check = (value: number) => ManualProblemCode | null;
const wholePositive: Check = (v) => (!Number.isInteger(v) ? 'integer' : v <= 0 ? 'positive' : null);
const wholeOrZero: Check = (v) => (!Number.isInteger(v) ? 'integer' : v < 0 ? 'positive' : null);
const CHECKS: Record<NumberField, Check> = {
  packets: wholePositive,
  bytes: wholeOrZero,
  timeSpan: (v) => (v <= 0 ? 'positive' : null),
  loss: (v) => (v < 0 || v > 100 ? 'percent' : null),
  delay: (v) => (v < 0 ? 'positive' : null),
  jitter: (v) => (v < 0 ? 'positive' : null),
};

/** One number field: its reading, its problem, or null when it is empty. */
export function readManualField(field: NumberField, text: string, locale: string): FieldReading | { problem: ManualProblem } | null {
  const suffix = UNIT_SUFFIX[field];
  const raw = (suffix ? text.trim().replace(suffix, '') : text).trim();
  if (!raw) return null;
  if (field === 'timeSpan' && CLOCK.test(raw)) return { problem: { code: 'clock' } };
  const read = readTypedNumber(raw, locale, KIND[field]);
  if (!read.ok) return { problem: read.problem === 'ambiguous' ? { code: 'ambiguous', asDecimal: read.asDecimal, asWhole: read.asWhole } : { code: 'number' } };
  const code = CHECKS[field](read.value);
  return code ? { problem: { code } } : { value: read.value, decimals: read.decimals };
}

const REQUIRED: Record<NumberField, boolean> = { packets: true, bytes: true, timeSpan: true, loss: false, delay: false, jitter: false };

/** The entry, or the problem of each field in error. */
export function readManualEntry(text: ManualEntryText, locale: string): { entry: ManualEntry } | { problems: ManualProblems } {
  const problems: ManualProblems = {};
  const number = (field: NumberField): number | null => {
    const read = readManualField(field, text[field], locale);
    if (read === null) {
      if (REQUIRED[field]) problems[field] = { code: 'required' };
      return null;
    }
    if ('problem' in read) {
      problems[field] = read.problem;
      return null;
    }
    return read.value;
  };
  if (!text.service.trim()) problems.service = { code: 'required' };
  const packets = number('packets');
  const bytes = number('bytes');
  const timeSpanSeconds = number('timeSpan');
  const lossPercent = number('loss');
  const delayMs = number('delay');
  const jitterMs = number('jitter');
  if (Object.keys(problems).length) return { problems };
  return { entry: { packets: packets!, bytes: bytes!, timeSpanSeconds: timeSpanSeconds!, lossPercent, delayMs, jitterMs } };
}
