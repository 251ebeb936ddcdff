import type { ComparisonOperator, FilterNode } from './ast';
import { FilterSyntaxError } from './errors';
import { FILTER_FIELDS, isKnownField, NOT_YET_FIELDS } from './fields';
import { tokenize, type Token } from './lexer';
import { parseValue } from './values';

const TYPE_NAMES = { ipv4: 'an IPv4 address', ipv6: 'an IPv6 address', mac: 'a MAC address', integer: 'a number', boolean: '0 or 1' };
const ORDERED: ReadonlySet<ComparisonOperator> = new Set(['<', '>', '<=', '>=']);

/**
 * Parses a display filter. Precedence, lowest first: or (||), and (&&), not (!); both binary
 * operators associate to the left. An empty filter means "every packet" and returns null.
 */
export function parseFilter(text: string): FilterNode | null {
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];

  const fail = (token: Token, key: string, params: Record<string, string | number>, message: string): never => {
    throw new FilterSyntaxError(token.position, key, { ...params, position: token.position + 1 }, `${message} (position ${token.position + 1})`);
  };
  const describe = (token: Token) => (token.kind === 'end' ? 'the end of the filter' : `"${token.text}"`);

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (peek().kind === 'or') {
      next();
      left = { type: 'or', left, right: parseAnd() };
    }
    return left;
  }

  function parseAnd(): FilterNode {
    let left = parseNot();
    while (peek().kind === 'and') {
      next();
      left = { type: 'and', left, right: parseNot() };
    }
    return left;
  }

  function parseNot(): FilterNode {
    if (peek().kind === 'not') {
      next();
      return { type: 'not', operand: parseNot() };
    }
    return parsePrimary();
  }

  function parsePrimary(): FilterNode {
    const token = next();
    if (token.kind === 'lparen') {
      const inner = parseOr();
      const close = next();
      if (close.kind !== 'rparen') {
        fail(close, 'filter.error.unclosed', { found: describe(close), opened: token.position + 1 },
          `expected ")" to close the "(" at position ${token.position + 1}, found ${describe(close)}`);
      }
      return inner;
    }
    if (token.kind !== 'word') {
      return fail(token, 'filter.error.expectedTerm', { found: describe(token) }, `expected a field, a protocol or "(", found ${describe(token)}`);
    }
    const field = token.text.toLowerCase();
    const protocol = field.split('.')[0];
    if (Object.hasOwn(NOT_YET_FIELDS, protocol)) {
      const instead = NOT_YET_FIELDS[protocol];
      return fail(token, 'filter.error.notYet', { field: token.text, instead }, `"${token.text}" needs payload dissection, which ProxLab does not do yet; try ${instead}`);
    }
    if (!isKnownField(field)) {
      return fail(token, 'filter.error.unknownField', { field: token.text }, `"${token.text}" is not a field or protocol ProxLab knows`);
    }
    const operator = peek();
    if (operator.kind !== 'operator') return { type: 'exists', field };
    next();
    const type = FILTER_FIELDS[field];
    if (type === 'protocol') {
      return fail(operator, 'filter.error.protocolCompared', { field }, `"${field}" is a protocol: compare one of its fields instead, e.g. ${field}.port`);
    }
    if (ORDERED.has(operator.operator) && (type === 'ipv6' || type === 'mac' || type === 'boolean')) {
      return fail(operator, 'filter.error.notOrdered', { field, operator: operator.text }, `"${operator.text}" cannot compare ${field}; use == or !=`);
    }
    const literal = next();
    if (literal.kind !== 'word') {
      return fail(literal, 'filter.error.expectedValue', { field, found: describe(literal) }, `expected a value for ${field}, found ${describe(literal)}`);
    }
    const value = parseValue(literal.text, type);
    if (!value) {
      return fail(literal, 'filter.error.badValue', { field, value: literal.text, type: TYPE_NAMES[type] },
        `"${literal.text}" is not ${TYPE_NAMES[type]}, as ${field} needs`);
    }
    return { type: 'compare', field, operator: operator.operator, value };
  }

  if (peek().kind === 'end') return null;
  const tree = parseOr();
  const rest = peek();
  if (rest.kind !== 'end') {
    fail(rest, 'filter.error.trailing', { found: describe(rest) }, `expected "and", "or" or the end of the filter, found ${describe(rest)}`);
  }
  return tree;
}
