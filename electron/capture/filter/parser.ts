import type { ComparisonOperator, FieldRef, FilterNode, FilterValue, SetMember, Slice } from './ast';
import { filterError as fail, type FilterMessageKey as MessageKey } from './errors';
import { isKnownField, type FieldSpec } from './fields';
import { comparable, FILTER_FUNCTIONS, isFilterFunction, refSpec, refText } from './functions';
import { tokenize, type Token } from './lexer';
import { compilePattern } from './pattern';
import { parseValue } from './values';

/**
 * A message that names what was found: the token's text, or its "…End" variant when the
 * filter ended there (each language words "the end of the filter" itself).
 */
function failFound(token: Token, key: MessageKey, params: Record<string, string | number> = {}): never {
  if (token.kind === 'end') return fail(token.position, `${key}End` as MessageKey, params);
  return fail(token.position, key, { ...params, found: token.text });
}

const ORDERED = new Set<ComparisonOperator>(['<', '>', '<=', '>=']);
const CONTAINABLE = new Set(['bytes', 'ether', 'ipv6', 'string', 'protocol']);
const MATCHABLE = new Set(['bytes', 'string', 'protocol']);
const SLICEABLE = new Set(['bytes', 'ether', 'ipv6', 'ipv4', 'string', 'protocol']);
const RANGEABLE = new Set(['uint', 'time', 'ipv4']);

/** Wireshark's [i:j], [i-j], [i], [:j] and [i:] (negative i counts from the end). */
function parseSlice(token: Extract<Token, { kind: 'slice' }>): Slice {
  const inner = token.inner.trim();
  let match: RegExpExecArray | null;
  if ((match = /^(-?\d+)?:(\d+)?$/.exec(inner)) && (match[1] !== undefined || match[2] !== undefined)) {
    return { start: Number(match[1] ?? 0), length: match[2] === undefined ? null : Number(match[2]) };
  }
  if ((match = /^(-?\d+)-(-?\d+)$/.exec(inner))) {
    const start = Number(match[1]);
    const end = Number(match[2]);
    if (end >= start) return { start, length: end - start + 1 };
  }
  if ((match = /^-?\d+$/.exec(inner))) return { start: Number(inner), length: 1 };
  return fail(token.position, 'filter.error.slice', { slice: token.text });
}

/**
 * Parses a display filter in Wireshark 4.0's syntax. Precedence, lowest first: or (||), and
 * (&&), not (!); both binary operators associate to the left. An empty filter means "every
 * packet" and returns null.
 */
export function parseFilter(text: string): FilterNode | null {
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];

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

  function value(token: Token, ref: FieldRef, spec: FieldSpec): FilterValue {
    if (token.kind !== 'word' && token.kind !== 'string') return failFound(token, 'filter.error.expectedValue', { field: refText(ref) });
    const quoted = token.kind === 'string';
    const literal = quoted ? token.value : token.text;
    const result = parseValue(literal, quoted, spec, ref.slice !== null);
    if (!result.ok) return fail(token.position, result.key as MessageKey, { ...result.params, value: quoted ? token.value : token.text, field: refText(ref) });
    return result.value;
  }

  function parseSet(ref: FieldRef, spec: FieldSpec): SetMember[] {
    const open = next();
    if (open.kind !== 'lbrace') return failFound(open, 'filter.error.expectedSet', { field: ref.field });
    const members: SetMember[] = [];
    for (;;) {
      const token = next();
      const range = token.kind === 'word' ? /^(.+?)\.\.(.+)$/.exec(token.text) : null;
      if (range) {
        if (!RANGEABLE.has(spec.type) || ref.slice) return fail(token.position, 'filter.error.rangeType', { field: ref.field });
        const part = (text: string, offset: number) => value({ kind: 'word', position: token.position + offset, text }, ref, spec);
        members.push({ kind: 'range', low: part(range[1], 0), high: part(range[2], range[1].length + 2) });
      } else members.push({ kind: 'value', value: value(token, ref, spec) });
      const separator = next();
      if (separator.kind === 'rbrace') return members;
      if (separator.kind !== 'comma') return failFound(separator, 'filter.error.setSeparator');
    }
  }

  /** A field (sliced or not) or a function of one field, from its first token. */
  function parseOperand(token: Extract<Token, { kind: 'word' }>): FieldRef {
    if (peek().kind === 'lparen') {
      const name = token.text;
      if (!isFilterFunction(name)) return fail(token.position, 'filter.error.unknownFunction', { name });
      next();
      const argument = next();
      if (argument.kind !== 'word' || !isKnownField(argument.text)) {
        if (argument.kind === 'word' && !isFilterFunction(argument.text)) return fail(argument.position, 'filter.error.unknownField', { field: argument.text });
        return failFound(argument, 'filter.error.functionArgument', { name });
      }
      const close = next();
      if (close.kind !== 'rparen') return failFound(close, 'filter.error.functionArgument', { name });
      const ref: FieldRef = { field: argument.text, slice: null, fn: name };
      if (!FILTER_FUNCTIONS[name].accepts.has(refSpec({ field: argument.text, slice: null }).type)) {
        return fail(argument.position, `filter.error.function.${name}` as MessageKey, { field: argument.text });
      }
      return ref;
    }
    const field = token.text;
    if (!isKnownField(field)) return fail(token.position, 'filter.error.unknownField', { field });
    const maybeSlice = peek();
    if (maybeSlice.kind !== 'slice') return { field, slice: null };
    next();
    if (!SLICEABLE.has(refSpec({ field, slice: null }).type)) return fail(maybeSlice.position, 'filter.error.notSliceable', { field });
    return { field, slice: parseSlice(maybeSlice) };
  }

  /** A field or function on the right of a relation, where a literal could stand instead, with where it starts. */
  function otherOperand(): { other: FieldRef; position: number } | null {
    const token = peek();
    if (token.kind !== 'word') return null;
    const call = tokens[at + 1]?.kind === 'lparen' && isFilterFunction(token.text);
    if (!call && !isKnownField(token.text)) return null;
    next();
    return { other: parseOperand(token), position: token.position };
  }

  /** `ref operator other`, when the two can be compared as Wireshark 4.0 compares them. */
  function relate(ref: FieldRef, operator: ComparisonOperator | 'contains', { other, position }: { other: FieldRef; position: number }): FilterNode {
    const left = refSpec(ref).type;
    const right = refSpec(other).type;
    const fits =
      right !== 'label' &&
      right !== 'protocol' &&
      (operator === 'contains' ? left === right || (left === 'bytes' && right === 'ether') : comparable(left, right));
    if (!fits) return fail(position, 'filter.error.incompatible', { left: refText(ref), right: refText(other) });
    return { type: 'relate', ...ref, operator, other };
  }

  function parsePrimary(): FilterNode {
    const token = next();
    if (token.kind === 'lparen') {
      const inner = parseOr();
      const close = next();
      if (close.kind !== 'rparen') failFound(close, 'filter.error.unclosed', { opened: token.position + 1 });
      return inner;
    }
    if (token.kind !== 'word') return failFound(token, 'filter.error.expectedTerm');
    const ref = parseOperand(token);
    const spec = refSpec(ref);
    const type = spec.type;
    const field = refText(ref);
    const relation = peek();
    if (relation.kind === 'operator') {
      next();
      if (type === 'label') return fail(relation.position, 'filter.error.label', { field });
      if (type === 'protocol') return fail(relation.position, 'filter.error.protocolCompared', { field, operator: relation.text });
      if (ORDERED.has(relation.operator) && type === 'boolean') return fail(relation.position, 'filter.error.notOrdered', { field, operator: relation.text });
      const other = otherOperand();
      if (other) return relate(ref, relation.operator, other);
      return { type: 'compare', ...ref, operator: relation.operator, value: value(next(), ref, spec) };
    }
    if (relation.kind === 'contains') {
      next();
      if (!CONTAINABLE.has(type)) return fail(relation.position, 'filter.error.cannotContain', { field, operator: relation.text });
      const other = otherOperand();
      if (other) return relate(ref, 'contains', other);
      return { type: 'contains', ...ref, value: value(next(), ref, spec) };
    }
    if (relation.kind === 'matches') {
      next();
      if (!MATCHABLE.has(type)) return fail(relation.position, 'filter.error.cannotContain', { field, operator: relation.text });
      const pattern = next();
      if (pattern.kind !== 'string') return fail(pattern.position, 'filter.error.matchesString');
      const compiled = compilePattern(pattern.value);
      if (typeof compiled === 'string') return fail(pattern.position, 'filter.error.regex', { reason: compiled });
      return { type: 'matches', ...ref, pattern: pattern.value };
    }
    if (relation.kind === 'in') {
      next();
      if (type === 'label' || type === 'protocol') return fail(relation.position, 'filter.error.label', { field });
      return { type: 'in', ...ref, members: parseSet(ref, spec) };
    }
    if (ref.fn) return fail(token.position, 'filter.error.functionAlone', { field });
    return { type: 'exists', ...ref };
  }

  if (peek().kind === 'end') return null;
  const tree = parseOr();
  const rest = peek();
  if (rest.kind === 'word' && rest.text.toLowerCase() === 'xor') fail(rest.position, 'filter.error.xor', { operator: rest.text });
  if (rest.kind !== 'end') failFound(rest, 'filter.error.trailing');
  return tree;
}
