// The display-filter tree: Wireshark 4.0's syntax as far as students type it.

/**
 * Wireshark 4.0's relations. "==" is any_eq and "!=" all_ne (a field with several values, as
 * ip.addr, matches "==" when any does, "!=" when none does); "===" is all_eq, "!==" any_ne.
 */
export type ComparisonOperator = '==' | '!=' | '===' | '!==' | '<' | '>' | '<=' | '>=';

export type FilterValue =
  | { kind: 'number'; value: number }
  /** A relative time as Wireshark reads it: whole seconds and nanoseconds, both carrying the sign. */
  | { kind: 'time'; s: number; n: number }
  | { kind: 'ipv4'; address: number; prefix: number }
  | { kind: 'ipv6'; address: Uint8Array; prefix: number }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'string'; text: string };

/** A byte range of a field: Wireshark's [i:j] (start, length), [i-j] (first, last), [i], [:j], [i:]. */
export interface Slice {
  start: number;
  /** Bytes taken; null = to the end. */
  length: number | null;
}

/** Wireshark 4.0's display-filter functions of one field (max and min, of several, are not read). */
export type FilterFunction = 'len' | 'count' | 'string' | 'lower' | 'upper' | 'abs';

/** A field or protocol name, sliced or not, or one field passed through a function. */
export interface FieldRef {
  field: string;
  slice: Slice | null;
  /** The function the field is passed through: len(http.host); absent for the field itself. */
  fn?: FilterFunction;
}

/** One member of an `in {…}` set: a value, or an inclusive range of numbers. */
export type SetMember = { kind: 'value'; value: FilterValue } | { kind: 'range'; low: FilterValue; high: FilterValue };

export type FilterNode =
  | { type: 'or'; left: FilterNode; right: FilterNode }
  | { type: 'and'; left: FilterNode; right: FilterNode }
  | { type: 'not'; operand: FilterNode }
  /** A bare field or protocol name: true when the packet has it. */
  | ({ type: 'exists' } & FieldRef)
  | ({ type: 'compare'; operator: ComparisonOperator; value: FilterValue } & FieldRef)
  /** A field (or function) against another: `ip.src == ip.dst`, `http.host contains http.server`. */
  | ({ type: 'relate'; operator: ComparisonOperator | 'contains'; other: FieldRef } & FieldRef)
  | ({ type: 'contains'; value: FilterValue } & FieldRef)
  /** `matches` / `~`: a regular expression, case sensitive unless it starts with (?i). */
  | ({ type: 'matches'; pattern: string } & FieldRef)
  | ({ type: 'in'; members: SetMember[] } & FieldRef);
