import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FilterNode, FilterValue } from '../../../electron/capture/filter/ast';
import { FILTER_FIELDS, type FieldName, type FieldSpec, type FieldType } from '../../../electron/capture/filter/fields';
import { parseFilter } from '../../../electron/capture/filter/parser';
import { printFilter } from '../../../electron/capture/filter/printer';
import { FilterSyntaxError } from '../../../electron/capture/filter/errors';

/** Fields of these types (unsigned ones that hold at least a byte, as the values below need). */
const fieldsOf = (...wanted: FieldType[]) =>
  Object.keys(FILTER_FIELDS).filter((f) => {
    const spec: FieldSpec = FILTER_FIELDS[f as FieldName];
    return wanted.includes(spec.type) && (spec.max === undefined || spec.max >= 255);
  });

const bytes = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 255 }), { minLength: min, maxLength: max }).map((a) => Uint8Array.from(a));
const valueFor: Partial<Record<FieldType, fc.Arbitrary<FilterValue>>> = {
  uint: fc.integer({ min: 0, max: 255 }).map((value) => ({ kind: 'number', value })),
  boolean: fc.constantFrom(0, 1).map((value) => ({ kind: 'number', value })),
  time: fc.record({ s: fc.integer({ min: 0, max: 100_000 }), n: fc.integer({ min: 0, max: 999_999_999 }) }).map((t) => ({ kind: 'time', ...t })),
  ipv4: fc.record({ address: fc.integer({ min: 0, max: 2 ** 32 - 1 }), prefix: fc.integer({ min: 0, max: 32 }) }).map((v) => ({ kind: 'ipv4', ...v })),
  ipv6: fc
    .record({
      address: fc.array(fc.constantFrom(0, 0, 0, 1, 0xfe, 0x80, 0xff), { minLength: 16, maxLength: 16 }).map((a) => Uint8Array.from(a)),
      prefix: fc.integer({ min: 0, max: 128 }),
    })
    .map((v) => ({ kind: 'ipv6', ...v })),
  ether: bytes(6, 6).map((b) => ({ kind: 'bytes', bytes: b })),
  string: fc.string({ maxLength: 12 }).map((text) => ({ kind: 'string', text })),
};
const typed = (types: FieldType[]) => fc.constantFrom(...fieldsOf(...types));

const leaf: fc.Arbitrary<FilterNode> = fc.oneof(
  fc.constantFrom(...Object.keys(FILTER_FIELDS)).map((field): FilterNode => ({ type: 'exists', field, slice: null })),
  ...(['uint', 'boolean', 'time', 'ipv4', 'ipv6', 'ether', 'string'] as const).map((type) =>
    fc
      .record({
        field: typed([type]),
        operator: type === 'boolean' ? fc.constantFrom('==', '!=', '===', '!==') : fc.constantFrom('==', '!=', '===', '!==', '<', '>', '<=', '>='),
        value: valueFor[type]!,
      })
      .map((c): FilterNode => ({ type: 'compare', slice: null, ...c }) as FilterNode),
  ),
  fc.record({ field: typed(['string']), value: valueFor.string! }).map((c): FilterNode => ({ type: 'contains', slice: null, ...c })),
  fc
    .record({ field: typed(['uint']), values: fc.array(valueFor.uint!, { minLength: 1, maxLength: 3 }) })
    .map((c): FilterNode => ({ type: 'in', field: c.field, slice: null, members: c.values.map((value) => ({ kind: 'value', value })) })),
  fc.record({ field: typed(['ether', 'bytes']), start: fc.integer({ min: 0, max: 3 }), b: bytes(1, 3) }).map((c): FilterNode => ({
    type: 'compare',
    field: c.field,
    slice: { start: c.start, length: c.b.length },
    operator: '==',
    value: { kind: 'bytes', bytes: c.b },
  })),
);

const tree = fc.letrec<{ node: FilterNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ type: fc.constant('not' as const), operand: tie('node') }),
    fc.record({ type: fc.constantFrom('and' as const, 'or' as const), left: tie('node'), right: tie('node') }),
  ),
})).node;

describe('display filter parser', () => {
  it('prints any tree and parses it back to the same tree', () => {
    fc.assert(
      fc.property(tree, (node) => {
        expect(parseFilter(printFilter(node))).toEqual(node);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the forms students type, with Wireshark precedence (not > and > or)', () => {
    expect(parseFilter('ip.addr == 10.0.0.0/24 and not tcp.port eq 80 || udp')).toEqual({
      type: 'or',
      left: {
        type: 'and',
        left: { type: 'compare', field: 'ip.addr', slice: null, operator: '==', value: { kind: 'ipv4', address: 0x0a000000, prefix: 24 } },
        right: { type: 'not', operand: { type: 'compare', field: 'tcp.port', slice: null, operator: '==', value: { kind: 'number', value: 80 } } },
      },
      right: { type: 'exists', field: 'udp', slice: null },
    });
    expect(parseFilter('ipv6.addr == fe80::1')).toMatchObject({ value: { kind: 'ipv6', prefix: 128 } });
    expect(parseFilter('tcp.flags.syn == 1 && tcp.flags.ack==0')).toMatchObject({ type: 'and' });
    expect(parseFilter('frame.len >= 0x5dc')).toMatchObject({ value: { kind: 'number', value: 1500 } });
    expect(parseFilter('eth.addr == 00:1B:21:aa:bb:cc')).toMatchObject({ value: { kind: 'bytes' } });
    expect(parseFilter('http.request.method == "G\\x45T"')).toMatchObject({ value: { kind: 'string', text: 'GET' } });
    expect(parseFilter('http.request.method == POST')).toMatchObject({ value: { kind: 'string', text: 'POST' } });
    expect(parseFilter('frame contains "a\\"b\\\\c\\101\\n"')).toMatchObject({ type: 'contains', value: { kind: 'bytes' } });
    expect(parseFilter('eth.addr[1-2] == 11:22')).toMatchObject({ slice: { start: 1, length: 2 } });
    expect(parseFilter('eth.addr[:2] == 11:22')).toMatchObject({ slice: { start: 0, length: 2 } });
    expect(parseFilter('eth.addr[-2:] == 11:22')).toMatchObject({ slice: { start: -2, length: null } });
    expect(parseFilter('tcp.port in {80, 8000..8100}')).toMatchObject({ type: 'in', members: [{ kind: 'value' }, { kind: 'range' }] });
    expect(parseFilter('frame ~ "(?-i)GET"')).toMatchObject({ type: 'matches', pattern: '(?-i)GET' });
    expect(parseFilter('tcp.port ge 80 and tcp.port lt 90')).toMatchObject({ left: { operator: '>=' }, right: { operator: '<' } });
    expect(parseFilter('   ')).toBeNull();
  });

  // Each malformed filter: the 1-based position shown to the user and the message key.
  const malformed: Array<[string, number, string]> = [
    ['ip.adr == 1.2.3.4', 1, 'filter.error.unknownField'],
    ['ip.addr == 1.2.3', 12, 'filter.error.notIpv4'],
    ['ip.addr == 1.2.3.4/33', 12, 'filter.error.prefix'],
    ['tcp.port == http', 13, 'filter.error.incompatible'],
    ['tcp.port == 70000', 13, 'filter.error.tooBig'],
    ['tcp.port == "80"', 13, 'filter.error.fromString'],
    ['tcp.flags.syn == 2', 18, 'filter.error.notBoolean'],
    ['tcp.analysis.ack_rtt > 200ms', 24, 'filter.error.notTime'],
    ['tcp.port ==', 12, 'filter.error.expectedValueEnd'],
    ['tcp.port == )', 13, 'filter.error.expectedValue'],
    ['(tcp.port == 80', 16, 'filter.error.unclosedEnd'],
    ['(tcp.port == 80 udp', 17, 'filter.error.unclosed'],
    ['tcp.port == 80)', 15, 'filter.error.trailing'],
    ['tcp and', 8, 'filter.error.expectedTermEnd'],
    ['&& udp', 1, 'filter.error.expectedTerm'],
    ['tcp == 1', 5, 'filter.error.protocolCompared'],
    ['tcp.analysis.retransmission == 1', 29, 'filter.error.label'],
    ['tcp.flags.syn > 0', 15, 'filter.error.notOrdered'],
    ['ip.addr == 10.0.0.1 udp', 21, 'filter.error.trailing'],
    ['tcp.port == 80 | udp', 16, 'filter.error.character'],
    ['tcp xor udp', 5, 'filter.error.xor'],
    ['tcp ^^ udp', 5, 'filter.error.xor'],
    ['frame contains "\\q"', 17, 'filter.error.escape'],
    ['frame contains "abc', 16, 'filter.error.unterminated'],
    ['frame.len contains 1', 11, 'filter.error.cannotContain'],
    ['frame.len[0:1] == 01', 10, 'filter.error.notSliceable'],
    ['eth.addr[0:1 == 01', 9, 'filter.error.unclosedSlice'],
    ['eth.addr[a] == 01', 9, 'filter.error.slice'],
    ['ip.ttl ~ 1', 8, 'filter.error.cannotContain'],
    ['frame ~ GET', 9, 'filter.error.matchesString'],
    ['frame matches "(a"', 15, 'filter.error.regex'],
    ['tcp.port in {80 443}', 17, 'filter.error.setSeparator'],
    ['tcp.port in {80', 16, 'filter.error.setSeparatorEnd'],
    ['tcp.port in 80', 13, 'filter.error.expectedSet'],
    ['http.host in {a..b}', 15, 'filter.error.rangeType'],
  ];
  it.each(malformed)('%s → error at position %i (%s)', (text, position, key) => {
    let error: unknown;
    try {
      parseFilter(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FilterSyntaxError);
    const e = error as FilterSyntaxError;
    expect(e.position + 1).toBe(position);
    expect(e.messageKey).toBe(key);
    expect(e.message).toContain(`Position ${position}:`);
    expect(e.params.position).toBe(position);
  });

  it('never throws anything but a FilterSyntaxError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        try {
          parseFilter(text);
        } catch (e) {
          expect(e).toBeInstanceOf(FilterSyntaxError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
