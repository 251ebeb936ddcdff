import type { ComparisonOperator } from './ast';
import { filterError as fail } from './errors';

export type Token =
  | { kind: 'lparen' | 'rparen' | 'lbrace' | 'rbrace' | 'comma' | 'and' | 'or' | 'not' | 'contains' | 'matches' | 'in' | 'end'; position: number; text: string }
  | { kind: 'operator'; position: number; text: string; operator: ComparisonOperator }
  /** A quoted string with its escapes resolved; each char is one byte (Latin-1), as packet text is read. */
  | { kind: 'string'; position: number; text: string; value: string }
  /** What stands between [ and ]; read by the parser as a slice. */
  | { kind: 'slice'; position: number; text: string; inner: string }
  /** A field name or an unquoted literal; which one is decided by where it stands. */
  | { kind: 'word'; position: number; text: string };

/** Characters that end an unquoted word (Wireshark 4.0 reads the rest as part of a literal or a name). */
const DELIMITER = /[\s()[\]{},"'!=<>&|~^]/;
const KEYWORDS: Record<string, Token['kind']> = {
  and: 'and',
  or: 'or',
  not: 'not',
  contains: 'contains',
  matches: 'matches',
  in: 'in',
};
const WORD_OPERATORS: Record<string, ComparisonOperator> = {
  eq: '==',
  any_eq: '==',
  ne: '!=',
  all_ne: '!=',
  all_eq: '===',
  any_ne: '!==',
  lt: '<',
  gt: '>',
  le: '<=',
  ge: '>=',
};
/** Longest first. "~=" is Wireshark 4.0's older spelling of "!==" (any value not equal). */
const SYMBOL_OPERATORS: ReadonlyArray<[string, ComparisonOperator]> = [
  ['===', '==='],
  ['!==', '!=='],
  ['==', '=='],
  ['!=', '!='],
  ['~=', '!=='],
  ['<=', '<='],
  ['>=', '>='],
  ['<', '<'],
  ['>', '>'],
];
const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34, "'": 39 };

/** UTF-8 bytes of one code point, as Latin-1 characters. */
function utf8Chars(codePoint: number): string {
  return String.fromCharCode(...new TextEncoder().encode(String.fromCodePoint(codePoint)));
}

/** A double-quoted string from `start` (its opening quote): its value and where it ends. */
function readString(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return { value, end: i + 1 };
    if (c !== '\\') {
      value += utf8Chars(text.codePointAt(i)!);
      i += c.length === 1 && text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const e = text[i + 1] ?? '';
    let match: RegExpExecArray | null;
    if (Object.hasOwn(SIMPLE_ESCAPES, e)) {
      value += String.fromCharCode(SIMPLE_ESCAPES[e]);
      i += 2;
    } else if ((match = /^x([0-9a-fA-F]{1,2})/.exec(text.slice(i + 1)))) {
      value += String.fromCharCode(parseInt(match[1], 16));
      i += 1 + match[0].length;
    } else if ((match = /^[0-7]{1,3}/.exec(text.slice(i + 1))) && parseInt(match[0], 8) < 256) {
      value += String.fromCharCode(parseInt(match[0], 8));
      i += 1 + match[0].length;
    } else if ((match = /^(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/.exec(text.slice(i + 1)))) {
      value += utf8Chars(parseInt(match[1].slice(1), 16));
      i += 1 + match[0].length;
    } else {
      fail(i, 'filter.error.escape', { escape: `\\${e}` });
    }
  }
  return fail(start, 'filter.error.unterminated', {});
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = text.slice(i, i + 2);
    const single: Record<string, Token['kind']> = { '(': 'lparen', ')': 'rparen', '{': 'lbrace', '}': 'rbrace', ',': 'comma' };
    const symbol = SYMBOL_OPERATORS.find(([op]) => text.startsWith(op, i));
    if (Object.hasOwn(single, c)) {
      tokens.push({ kind: single[c] as 'lparen', position: i, text: c });
      i++;
    } else if (two === '&&' || two === '||') {
      tokens.push({ kind: two === '&&' ? 'and' : 'or', position: i, text: two });
      i += 2;
    } else if (two === '^^') {
      fail(i, 'filter.error.xor', { operator: two });
    } else if (symbol) {
      tokens.push({ kind: 'operator', position: i, text: symbol[0], operator: symbol[1] });
      i += symbol[0].length;
    } else if (c === '~') {
      tokens.push({ kind: 'matches', position: i, text: c });
      i++;
    } else if (c === '!') {
      tokens.push({ kind: 'not', position: i, text: c });
      i++;
    } else if (c === '"') {
      const { value, end } = readString(text, i);
      tokens.push({ kind: 'string', position: i, text: text.slice(i, end), value });
      i = end;
    } else if (c === '[') {
      const close = text.indexOf(']', i);
      if (close < 0) fail(i, 'filter.error.unclosedSlice', {});
      tokens.push({ kind: 'slice', position: i, text: text.slice(i, close + 1), inner: text.slice(i + 1, close) });
      i = close + 1;
    } else if (!DELIMITER.test(c)) {
      const start = i;
      while (i < text.length && !DELIMITER.test(text[i])) i++;
      const word = text.slice(start, i);
      const lower = word.toLowerCase();
      if (Object.hasOwn(KEYWORDS, lower)) tokens.push({ kind: KEYWORDS[lower] as 'and', position: start, text: word });
      else if (Object.hasOwn(WORD_OPERATORS, lower)) tokens.push({ kind: 'operator', position: start, text: word, operator: WORD_OPERATORS[lower] });
      else tokens.push({ kind: 'word', position: start, text: word });
    } else {
      fail(i, 'filter.error.character', { character: c });
    }
  }
  tokens.push({ kind: 'end', position: text.length, text: '' });
  return tokens;
}
