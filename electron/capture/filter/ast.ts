// The display-filter tree: the subset of Wireshark's syntax that students type.

export type ComparisonOperator = '==' | '!=' | '<' | '>' | '<=' | '>=';

export type FilterValue =
  | { kind: 'number'; value: number }
  | { kind: 'ipv4'; address: number; prefix: number }
  | { kind: 'ipv6'; address: Uint8Array; prefix: number }
  | { kind: 'mac'; address: Uint8Array };

export type FilterNode =
  | { type: 'or'; left: FilterNode; right: FilterNode }
  | { type: 'and'; left: FilterNode; right: FilterNode }
  | { type: 'not'; operand: FilterNode }
  /** A bare field or protocol name: true when the packet has it. */
  | { type: 'exists'; field: string }
  | { type: 'compare'; field: string; operator: ComparisonOperator; value: FilterValue };
