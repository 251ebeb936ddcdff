import type { PacketFacts } from '../decode';
import type { FieldRef, FilterFunction, FilterNode, FilterValue, SetMember, Slice } from './ast';
import { fieldSpec, isApplicationField, type FieldName, type FieldSpec, type FieldType } from './fields';
import { uintWidth } from './functions';
import { ipv4Text, ipv6Text, macText } from '../decode';
import { FIELD_GETTERS, FieldValues, type FilterContext } from './packet-fields';
import { compilePattern } from './pattern';
import { nstimeCmp, type NsTime } from '../nstime';

export type { FilterContext } from './packet-fields';

export type CompiledFilter = (facts: PacketFacts, context: FilterContext) => boolean;

/** One value of a field as the tests see it: a number (numeric and IPv4 fields), a time, bytes, or text. */
type Value = number | NsTime | Uint8Array | string;
type Test = (value: Value) => boolean;

const latin1 = new TextDecoder('latin1');
const asBytes = (v: Value): Uint8Array => (typeof v === 'string' ? Uint8Array.from(v, (c) => c.charCodeAt(0)) : (v as Uint8Array));
const asText = (v: Value): string => (typeof v === 'string' ? v : latin1.decode(v as Uint8Array));

function ipv4Bytes(n: number): Uint8Array {
  return Uint8Array.of(Math.floor(n / 2 ** 24) % 256, Math.floor(n / 2 ** 16) % 256, Math.floor(n / 2 ** 8) % 256, n % 256);
}

/** Wireshark's slice of a value, or null when the range falls outside it. */
function sliceOf(value: Uint8Array, slice: Slice): Uint8Array | null {
  const start = slice.start < 0 ? value.length + slice.start : slice.start;
  const end = slice.length === null ? value.length : start + slice.length;
  if (start < 0 || end > value.length || start > end) return null;
  return value.subarray(start, end);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function prefixEqual(a: Uint8Array, b: Uint8Array, bits: number): boolean {
  if (a.length !== b.length) return false;
  const whole = bits >> 3;
  for (let i = 0; i < whole; i++) if (a[i] !== b[i]) return false;
  const rest = bits & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (a[whole] & mask) === (b[whole] & mask);
}

function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  if (needle.length === 0) return 0;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** −1, 0 or 1 for value against target; a network (IPv4/IPv6 with a prefix) compares as the range of its addresses. */
function ordering(value: Value, target: FilterValue): number {
  switch (target.kind) {
    case 'number':
      return Math.sign((value as number) - target.value);
    case 'time':
      return Math.sign(nstimeCmp(value as NsTime, target));
    case 'ipv4': {
      const size = 2 ** (32 - target.prefix);
      const first = Math.floor(target.address / size) * size;
      const x = value as number;
      return x < first ? -1 : x > first + size - 1 ? 1 : 0;
    }
    case 'ipv6': {
      const bytes = value as Uint8Array;
      return prefixEqual(bytes, target.address, target.prefix) ? 0 : Math.sign(compareBytes(bytes, target.address));
    }
    case 'bytes':
      return Math.sign(compareBytes(asBytes(value), target.bytes));
    case 'string': {
      const text = asText(value);
      return text === target.text ? 0 : text < target.text ? -1 : 1;
    }
  }
}

function memberTest(member: SetMember): Test {
  if (member.kind === 'value') return (v) => ordering(v, member.value) === 0;
  return (v) => ordering(v, member.low) >= 0 && ordering(v, member.high) <= 0;
}

type Reader = (f: PacketFacts, c: FilterContext) => Value[];

const asciiCase = (text: string, upper: boolean) => text.replace(upper ? /[a-z]+/g : /[A-Z]+/g, (m) => (upper ? m.toUpperCase() : m.toLowerCase()));

/** One value through a function of one value (len, string, lower, upper, abs); count is taken on the whole list. */
function applyFunction(fn: FilterFunction, value: Value, type: FieldType, spec: FieldSpec): Value {
  switch (fn) {
    case 'len':
      if (typeof value === 'number') return type === 'ipv4' ? 4 : uintWidth(spec);
      return (value as Uint8Array | string).length;
    case 'string':
      if (typeof value === 'number') return type === 'ipv4' ? ipv4Text(ipv4Bytes(value), 0) : String(value);
      return type === 'ipv6' ? ipv6Text(value as Uint8Array, 0) : macText(value as Uint8Array, 0);
    case 'lower':
    case 'upper':
      return asciiCase(value as string, fn === 'upper');
    case 'abs':
      if (typeof value === 'number') return Math.abs(value);
      if ((value as NsTime).s < 0 || (value as NsTime).n < 0) {
        (value as NsTime).s = -(value as NsTime).s;
        (value as NsTime).n = -(value as NsTime).n;
      }
      return value;
    case 'count':
      return value;
  }
}

/**
 * The values of one operand in a packet: a field's, sliced, or passed through its function,
 * into a list reused for every packet (a time is one of a pool of objects, refilled likewise).
 */
function operand(ref: FieldRef): Reader {
  const get = FIELD_GETTERS[ref.field as FieldName];
  const values = new FieldValues();
  const spec = fieldSpec(ref.field as FieldName);
  const type = spec.type;
  const numeric = ['uint', 'boolean', 'ipv4', 'label'].includes(type);
  const text = type === 'string';
  const times: NsTime[] = type === 'time' ? Array.from({ length: FieldValues.MAX }, () => ({ s: 0, n: 0 })) : [];
  const out: Value[] = [];
  return (f, c) => {
    values.count = 0;
    get(f, c, values);
    out.length = 0;
    for (let i = 0; i < values.count; i++) {
      let value: Value;
      if (type === 'time') {
        const t = times[i];
        t.s = values.numbers[i];
        t.n = values.nanoseconds[i];
        value = t;
      } else value = numeric ? values.numbers[i] : text ? values.strings[i] : values.bytes[i];
      if (ref.slice) {
        const part = sliceOf(type === 'ipv4' ? ipv4Bytes(value as number) : asBytes(value), ref.slice);
        if (!part) continue;
        value = part;
      }
      out.push(ref.fn ? applyFunction(ref.fn, value, type, spec) : value);
    }
    if (ref.fn === 'count' && out.length > 0) {
      const n = out.length;
      out.length = 1;
      out[0] = n;
    }
    return out;
  };
}

/**
 * Applies one test to an operand's values: `any` (Wireshark's any_*, the default) or every value
 * (all_*). An absent field fails every relation, "!=" included.
 */
function relation(ref: FieldRef, test: Test, all: boolean): CompiledFilter {
  const read = operand(ref);
  return (f, c) => {
    const values = read(f, c);
    for (const value of values) if (test(value) !== all) return !all;
    return all && values.length > 0;
  };
}

/** −1, 0 or 1 for two values of comparable operands (an IPv4 address against bytes compares as its four bytes). */
function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  if (typeof a === 'string' && typeof b === 'string') return a === b ? 0 : a < b ? -1 : 1;
  if (a instanceof Uint8Array || b instanceof Uint8Array || typeof a === 'string' || typeof b === 'string') {
    const bytes = (v: Value) => (typeof v === 'number' ? ipv4Bytes(v) : asBytes(v));
    return Math.sign(compareBytes(bytes(a), bytes(b)));
  }
  return Math.sign(nstimeCmp(a as NsTime, b as NsTime));
}

/**
 * A field against another: every pair of their values, as Wireshark 4.0 pairs them ("==" any
 * pair equal, "!=" no pair equal, "===" every pair equal, "!==" any pair different).
 */
function relateFields(node: Extract<FilterNode, { type: 'relate' }>): CompiledFilter {
  const left = operand(node);
  const right = operand(node.other);
  const { operator } = node;
  const all = operator === '!=' || operator === '===';
  const holds = (a: Value, b: Value): boolean => {
    if (operator === 'contains') return typeof a === 'string' && typeof b === 'string' ? a.includes(b) : indexOfBytes(asBytes(a), asBytes(b)) >= 0;
    const order = compareValues(a, b);
    switch (operator) {
      case '==':
      case '===':
        return order === 0;
      case '!=':
      case '!==':
        return order !== 0;
      case '<':
        return order < 0;
      case '<=':
        return order <= 0;
      case '>':
        return order > 0;
      case '>=':
        return order >= 0;
    }
  };
  return (f, c) => {
    const a = left(f, c);
    // The right side's list is reused by its reader; the left one's is not touched by it.
    const b = right(f, c);
    if (a.length === 0 || b.length === 0) return false;
    for (const x of a) for (const y of b) if (holds(x, y) !== all) return !all;
    return all;
  };
}

/**
 * Compiles a filter tree into one function per packet, with Wireshark 4.0's semantics: "==" and
 * the ordered relations hold when any value does (ip.addr: source or destination), "!=" when no
 * value is equal, "===" when all are, "!==" when any is not; a packet without the field
 * matches no relation at all.
 */
export function compileFilter(node: FilterNode | null): CompiledFilter {
  if (node === null) return () => true;
  switch (node.type) {
    case 'or': {
      const l = compileFilter(node.left);
      const r = compileFilter(node.right);
      return (f, c) => l(f, c) || r(f, c);
    }
    case 'and': {
      const l = compileFilter(node.left);
      const r = compileFilter(node.right);
      return (f, c) => l(f, c) && r(f, c);
    }
    case 'not': {
      const inner = compileFilter(node.operand);
      return (f, c) => !inner(f, c);
    }
    case 'exists':
      return relation(node, () => true, false);
    case 'compare': {
      const target = node.value;
      switch (node.operator) {
        case '==':
          return relation(node, (v) => ordering(v, target) === 0, false);
        case '!=':
          return relation(node, (v) => ordering(v, target) !== 0, true);
        case '===':
          return relation(node, (v) => ordering(v, target) === 0, true);
        case '!==':
          return relation(node, (v) => ordering(v, target) !== 0, false);
        case '<':
          return relation(node, (v) => ordering(v, target) < 0, false);
        case '<=':
          return relation(node, (v) => ordering(v, target) <= 0, false);
        case '>':
          return relation(node, (v) => ordering(v, target) > 0, false);
        case '>=':
          return relation(node, (v) => ordering(v, target) >= 0, false);
      }
      break;
    }
    case 'relate':
      return relateFields(node);
    case 'contains': {
      const target = node.value;
      if (target.kind === 'string') return relation(node, (v) => asText(v).includes(target.text), false);
      const needle = target.kind === 'bytes' ? target.bytes : target.kind === 'ipv6' ? target.address : new Uint8Array(0);
      return relation(node, (v) => indexOfBytes(asBytes(v), needle) >= 0, false);
    }
    case 'matches': {
      const pattern = compilePattern(node.pattern) as RegExp;
      return relation(node, (v) => pattern.test(asText(v)), false);
    }
    case 'in': {
      const tests = node.members.map(memberTest);
      return relation(node, (v) => tests.some((t) => t(v)), false);
    }
  }
  throw new Error('unreachable');
}

/** Whether the filter names a field that passes `test` anywhere in it. */
function filterNames(node: FilterNode | null, test: (field: string) => boolean): boolean {
  if (node === null) return false;
  switch (node.type) {
    case 'or':
    case 'and':
      return filterNames(node.left, test) || filterNames(node.right, test);
    case 'not':
      return filterNames(node.operand, test);
    case 'relate':
      return test(node.field) || test(node.other.field);
    default:
      return test(node.field);
  }
}

/** Whether the filter names a protocol above TCP or UDP, which the pass must then dissect. */
export function needsApplications(node: FilterNode | null): boolean {
  return filterNames(node, isApplicationField);
}

/**
 * Whether the pass must number UDP conversations: for udp.stream itself, or for the application
 * fields that pair within one (DNS). Numbering them costs a table as large as the conversations,
 * which an unfiltered pass over many flows should not hold.
 */
export function needsUdpStreams(node: FilterNode | null): boolean {
  return filterNames(node, (field) => field === 'udp.stream' || isApplicationField(field));
}
