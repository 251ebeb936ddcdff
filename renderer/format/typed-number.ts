import { decimalSeparator } from '../../core/format/numbers';

// Numbers typed by a student, most often copied from Wireshark. Wireshark prints every figure
// the same way whatever the system's language: a decimal point and no grouping ("110.660",
// "684660"). A student may also type the language's own way ("110,660" in Indonesian,
// "1,755" in English) or group thousands by hand ("977.393"). This module reads all of these
// and refuses a text whose two readings differ, rather than guess a figure 1000× wrong.
//
// The rules, for one mantissa with an optional sign and exponent ("1,5e3"):
// - Both "." and "," present: the last one is the decimal sign, the other groups thousands.
// - The same sign twice or more ("1.234.567"): it groups thousands.
// - Spaces always group thousands.
// - One sign once, in a count (packets, bytes: never a fraction): it groups thousands when it
//   is followed by exactly three digits ("1.755", "1,755"), else it is a decimal sign (and the
//   count is refused as not whole).
// - One "." once, elsewhere: a decimal point, in every language, as Wireshark writes it.
// - One "," once, elsewhere: a decimal comma in Indonesian. In English, "1,5" can only be a
//   decimal comma, but "110,660" reads as 110660 to an English eye and as 110.66 to an
//   Indonesian one, and the app's English users are mostly Indonesian students whose
//   everyday decimal sign is the comma. Wireshark never prints a comma, so neither reading is
//   backed by the source: it is refused as ambiguous, and the message offers both spellings.
// Grouped digits must be in groups of three after a first group of one to three.

export type NumberKind = 'count' | 'decimal';

export type TypedNumber =
  | { ok: true; value: number; /** Fraction digits the text carries, to show the value as precisely as typed. */ decimals: number }
  | { ok: false; problem: 'number' }
  /** "110,660" in English: `asDecimal` 110.66 or `asWhole` 110660. */
  | { ok: false; problem: 'ambiguous'; asDecimal: number; asWhole: number };

const NOT_A_NUMBER = { ok: false, problem: 'number' } as const;
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const MINUS = /^[-\u2212]/;

/** Every group after the first has three digits, the first one to three. */
function groupsValid(groups: readonly string[]): boolean {
  return groups.every((g, i) => /^\d+$/.test(g) && (i === 0 ? g.length <= 3 : g.length === 3));
}

/** True when "12,345" splits at the sign into one to three digits and exactly three. */
const looksGrouped = (mantissa: string, sign: string): boolean => groupsValid(mantissa.split(sign));

function which(mantissa: string, locale: string, kind: NumberKind): { decimal: string | null; group: string | null } | 'ambiguous' | null {
  const dots = mantissa.split('.').length - 1;
  const commas = mantissa.split(',').length - 1;
  if (dots && commas) {
    const decimal = mantissa.lastIndexOf('.') > mantissa.lastIndexOf(',') ? '.' : ',';
    return (decimal === '.' ? dots : commas) === 1 ? { decimal, group: decimal === '.' ? ',' : '.' } : null;
  }
  if (!dots && !commas) return { decimal: null, group: null };
  const sign = dots ? '.' : ',';
  if (dots + commas > 1) return { decimal: null, group: sign };
  if (kind === 'count') return looksGrouped(mantissa, sign) ? { decimal: null, group: sign } : { decimal: sign, group: null };
  if (sign === '.' || decimalSeparator(locale) === ',') return { decimal: sign, group: null };
  return looksGrouped(mantissa, sign) ? 'ambiguous' : { decimal: sign, group: null };
}

function assemble(negative: boolean, whole: string, fraction: string, exponent: number): TypedNumber {
  const value = Number(`${negative ? '-' : ''}${whole || '0'}.${fraction || '0'}e${exponent}`);
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return { ok: true, value: Object.is(value, -0) ? 0 : value, decimals: Math.max(0, fraction.length - exponent) };
}

/**
 * Reads a typed number. `locale` is the user's language (its decimal sign decides a lone ",");
 * `kind` says whether the field can have a fraction at all.
 */
export function readTypedNumber(text: string, locale: string, kind: NumberKind = 'decimal'): TypedNumber {
  let rest = text.trim();
  const negative = MINUS.test(rest);
  if (negative || rest.startsWith('+')) rest = rest.slice(1);
  const [mantissaText, exponentText, ...more] = rest.split(/e/i);
  if (more.length || (exponentText !== undefined && !/^[+-]?\d+$/.test(exponentText))) return NOT_A_NUMBER;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  // Spaces group thousands of the whole part only: "684 660", "1 234,5".
  const spaced = mantissaText.replace(SPACES, ' ');
  if (spaced.includes(' ') && !/^\d{1,3}( \d{3})+([.,]\d*)?$/.test(spaced)) return NOT_A_NUMBER;
  const mantissa = spaced.replaceAll(' ', '');
  if (!/^[\d.,]*\d[\d.,]*$/.test(mantissa)) return NOT_A_NUMBER;
  const signs = which(mantissa, locale, kind);
  if (signs === null) return NOT_A_NUMBER;
  if (signs === 'ambiguous') {
    const [whole, fraction] = mantissa.split(',');
    const asDecimal = assemble(negative, whole, fraction, exponent);
    const asWhole = assemble(negative, whole + fraction, '', exponent);
    if (!asDecimal.ok || !asWhole.ok) return NOT_A_NUMBER;
    return { ok: false, problem: 'ambiguous', asDecimal: asDecimal.value, asWhole: asWhole.value };
  }
  const [wholeText, fraction = '', ...extra] = signs.decimal ? mantissa.split(signs.decimal) : [mantissa];
  if (extra.length || /[.,]/.test(fraction)) return NOT_A_NUMBER;
  if (signs.group) {
    const groups = wholeText.split(signs.group);
    if (!groupsValid(groups)) return NOT_A_NUMBER;
    return assemble(negative, groups.join(''), fraction, exponent);
  }
  if (/[.,]/.test(wholeText)) return NOT_A_NUMBER;
  return assemble(negative, wholeText, fraction, exponent);
}

/** The value, or null for anything not read as exactly one number (for fields that only need a yes or no). */
export function parseLocalNumber(text: string, locale: string): number | null {
  const read = readTypedNumber(text, locale);
  return read.ok ? read.value : null;
}
