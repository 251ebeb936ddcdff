import type { FieldRef, FilterFunction } from './ast';
import { fieldSpec, type FieldName, type FieldSpec, type FieldType } from './fields';

// Wireshark 4.0's display-filter functions of one field: what each accepts (tshark refuses the
// rest, e.g. lower() of a number, abs() of an address) and the type of what it returns.

const U32: FieldSpec = { type: 'uint', max: 0xffffffff };
const TEXT: FieldSpec = { type: 'string' };

interface FunctionSpec {
  accepts: ReadonlySet<FieldType>;
  /** The result's type; undefined = the argument's own. */
  result?: FieldSpec;
}

export const FILTER_FUNCTIONS: Record<FilterFunction, FunctionSpec> = {
  // The byte length of a value: text, bytes, addresses, protocols, and numbers read from a header.
  len: { accepts: new Set<FieldType>(['string', 'bytes', 'ether', 'ipv4', 'ipv6', 'protocol', 'uint']), result: U32 },
  count: { accepts: new Set<FieldType>(['protocol', 'label', 'boolean', 'uint', 'time', 'ipv4', 'ipv6', 'ether', 'bytes', 'string']), result: U32 },
  // A number or an address as the filter would write it; Wireshark 4.0 converts no other type.
  string: { accepts: new Set<FieldType>(['uint', 'ipv4', 'ipv6', 'ether']), result: TEXT },
  lower: { accepts: new Set<FieldType>(['string']), result: TEXT },
  upper: { accepts: new Set<FieldType>(['string']), result: TEXT },
  abs: { accepts: new Set<FieldType>(['uint', 'time']) },
};

export const isFilterFunction = (name: string): name is FilterFunction => Object.hasOwn(FILTER_FUNCTIONS, name);

/** What a reference compares as: a slice as bytes, a function as its result, else the field's own type. */
export function refSpec(ref: FieldRef): FieldSpec {
  if (ref.slice) return { type: 'bytes' };
  const own = fieldSpec(ref.field as FieldName);
  return ref.fn ? (FILTER_FUNCTIONS[ref.fn].result ?? own) : own;
}

/** The reference as written: the field, its slice, the function around it. */
export function refText(ref: FieldRef): string {
  const slice = ref.slice ? `[${ref.slice.start}:${ref.slice.length ?? ''}]` : '';
  return ref.fn ? `${ref.fn}(${ref.field})` : `${ref.field}${slice}`;
}

/** Bytes of an unsigned field's width (len() of a number read from a header). */
export function uintWidth(spec: FieldSpec): number {
  return Math.max(1, Math.ceil(Math.log2((spec.max ?? 0xffffffff) + 1) / 8));
}

/** Types a field may be compared with: the same, or bytes against any byte-valued type. */
const BYTE_LIKE = new Set<FieldType>(['bytes', 'ether', 'ipv4', 'ipv6']);
export function comparable(a: FieldType, b: FieldType): boolean {
  return a === b || (BYTE_LIKE.has(a) && BYTE_LIKE.has(b) && (a === 'bytes' || b === 'bytes'));
}
