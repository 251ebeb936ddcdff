import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FilterNode, FilterValue } from '../../../electron/capture/filter/ast';
import { FILTER_FIELDS, type FieldType } from '../../../electron/capture/filter/fields';
import { parseFilter } from '../../../electron/capture/filter/parser';
import { printFilter } from '../../../electron/capture/filter/printer';
import { FilterSyntaxError } from '../../../electron/capture/filter/errors';

const fieldsOf = (wanted: FieldType) => Object.keys(FILTER_FIELDS).filter((f) => FILTER_FIELDS[f] === wanted);

const valueFor: Record<Exclude<FieldType, 'protocol'>, fc.Arbitrary<FilterValue>> = {
  integer: fc.integer({ min: 0, max: 2 ** 31 }).map((value) => ({ kind: 'number', value })),
  boolean: fc.constantFrom(0, 1).map((value) => ({ kind: 'number', value })),
  ipv4: fc.record({ address: fc.integer({ min: 0, max: 2 ** 32 - 1 }), prefix: fc.integer({ min: 0, max: 32 }) }).map((v) => ({ kind: 'ipv4', ...v })),
  ipv6: fc
    .record({
      address: fc.array(fc.constantFrom(0, 0, 0, 1, 0xfe, 0x80, 0xff), { minLength: 16, maxLength: 16 }).map((a) => Uint8Array.from(a)),
      prefix: fc.integer({ min: 0, max: 128 }),
    })
    .map((v) => ({ kind: 'ipv6', ...v })),
  mac: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 6, maxLength: 6 }).map((a) => ({ kind: 'mac', address: Uint8Array.from(a) })),
};

const leaf: fc.Arbitrary<FilterNode> = fc.oneof(
  fc.constantFrom(...Object.keys(FILTER_FIELDS)).map((field): FilterNode => ({ type: 'exists', field })),
  ...(['integer', 'boolean', 'ipv4', 'ipv6', 'mac'] as const).map((type) =>
    fc
      .record({
        field: fc.constantFrom(...fieldsOf(type)),
        operator: type === 'integer' || type === 'ipv4' ? fc.constantFrom('==', '!=', '<', '>', '<=', '>=') : fc.constantFrom('==', '!='),
        value: valueFor[type],
      })
      .map((c): FilterNode => ({ type: 'compare', ...c }) as FilterNode),
  ),
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
        left: { type: 'compare', field: 'ip.addr', operator: '==', value: { kind: 'ipv4', address: 0x0a000000, prefix: 24 } },
        right: { type: 'not', operand: { type: 'compare', field: 'tcp.port', operator: '==', value: { kind: 'number', value: 80 } } },
      },
      right: { type: 'exists', field: 'udp' },
    });
    expect(parseFilter('ipv6.addr == fe80::1')).toMatchObject({ value: { kind: 'ipv6', prefix: 128 } });
    expect(parseFilter('tcp.flags.syn == 1 && tcp.flags.ack==0')).toMatchObject({ type: 'and' });
    expect(parseFilter('frame.len >= 0x5dc')).toMatchObject({ value: { kind: 'number', value: 1500 } });
    expect(parseFilter('eth.addr == 00:1B:21:aa:bb:cc')).toMatchObject({ value: { kind: 'mac' } });
    expect(parseFilter('   ')).toBeNull();
  });

  // Each malformed filter: the 1-based position shown to the user and the message key.
  const malformed: Array<[string, number, string]> = [
    ['ip.adr == 1.2.3.4', 1, 'filter.error.unknownField'],
    ['ip.addr == 1.2.3', 12, 'filter.error.badValue'],
    ['ip.addr == 1.2.3.4/33', 12, 'filter.error.badValue'],
    ['tcp.port == http', 13, 'filter.error.badValue'],
    ['ip.addr == 10.0.0.5 && http', 24, 'filter.error.notYet'],
    ['tcp.flags.syn == 2', 18, 'filter.error.badValue'],
    ['tcp.port ==', 12, 'filter.error.expectedValue'],
    ['(tcp.port == 80', 16, 'filter.error.unclosed'],
    ['tcp.port == 80)', 15, 'filter.error.trailing'],
    ['tcp and', 8, 'filter.error.expectedTerm'],
    ['&& udp', 1, 'filter.error.expectedTerm'],
    ['tcp == 1', 5, 'filter.error.protocolCompared'],
    ['eth.addr > 00:00:00:00:00:01', 10, 'filter.error.notOrdered'],
    ['ip.addr == 10.0.0.1 udp', 21, 'filter.error.trailing'],
    ['tcp.port == 80 ; udp', 16, 'filter.error.character'],
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
    expect(e.message).toMatch(/position \d+/);
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
