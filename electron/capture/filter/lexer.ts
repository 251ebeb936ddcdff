import { FilterSyntaxError } from './errors';

export type Token =
  | { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'end'; position: number; text: string }
  | { kind: 'operator'; position: number; text: string; operator: '==' | '!=' | '<' | '>' | '<=' | '>=' }
  /** A field name or a literal; which one is decided by where it stands. */
  | { kind: 'word'; position: number; text: string };

const WORD = /[A-Za-z0-9_.:/-]/;
const KEYWORDS: Record<string, Token['kind']> = { and: 'and', or: 'or', not: 'not' };
const WORD_OPERATORS: Record<string, '==' | '!=' | '<' | '>' | '<=' | '>='> = {
  eq: '==', ne: '!=', lt: '<', gt: '>', le: '<=', ge: '>=',
};

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
    if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'lparen' : 'rparen', position: i, text: c });
      i++;
    } else if (two === '&&' || two === '||') {
      tokens.push({ kind: two === '&&' ? 'and' : 'or', position: i, text: two });
      i += 2;
    } else if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
      tokens.push({ kind: 'operator', position: i, text: two, operator: two });
      i += 2;
    } else if (c === '<' || c === '>') {
      tokens.push({ kind: 'operator', position: i, text: c, operator: c });
      i++;
    } else if (c === '!') {
      tokens.push({ kind: 'not', position: i, text: c });
      i++;
    } else if (WORD.test(c)) {
      const start = i;
      while (i < text.length && WORD.test(text[i])) i++;
      const word = text.slice(start, i);
      const lower = word.toLowerCase();
      if (Object.hasOwn(KEYWORDS, lower)) tokens.push({ kind: KEYWORDS[lower] as 'and' | 'or' | 'not', position: start, text: word });
      else if (Object.hasOwn(WORD_OPERATORS, lower)) tokens.push({ kind: 'operator', position: start, text: word, operator: WORD_OPERATORS[lower] });
      else tokens.push({ kind: 'word', position: start, text: word });
    } else {
      throw new FilterSyntaxError(i, 'filter.error.character', { character: c }, `unexpected character "${c}" at position ${i + 1}`);
    }
  }
  tokens.push({ kind: 'end', position: text.length, text: '' });
  return tokens;
}
