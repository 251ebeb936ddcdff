import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimalSeparator, formatByteCount, formatFixed, formatInteger, formatRate, formatSi } from '../../../core/format/numbers';

// Expected strings are written by hand from the locales' conventions: id-ID groups thousands
// with "." and uses a decimal comma; en-US the other way round.

describe('numbers per locale', () => {
  it('groups and separates as each language writes numbers', () => {
    expect(formatInteger(652181, 'id-ID')).toBe('652.181');
    expect(formatInteger(652181, 'en-US')).toBe('652,181');
    expect(formatInteger(2696, 'id-ID')).toBe('2.696');
    expect(formatFixed(318528.32, 2, 'id-ID')).toBe('318.528,32');
    expect(formatFixed(318528.32, 2, 'en-US')).toBe('318,528.32');
    expect(formatFixed(2.047482, 6, 'id-ID')).toBe('2,047482');
    expect(decimalSeparator('id-ID')).toBe(',');
    expect(decimalSeparator('en-US')).toBe('.');
  });

  it('prints bytes exactly, with a rounded SI figure from 1000 up', () => {
    expect(formatByteCount(684660, 'id-ID', 'byte')).toBe('684.660 byte (685 kB)');
    expect(formatByteCount(2715460, 'en-US', 'bytes')).toBe('2,715,460 bytes (2.72 MB)');
    expect(formatByteCount(999, 'en-US', 'bytes')).toBe('999 bytes');
  });

  it('prints rates with two decimals and their unit', () => {
    expect(formatRate(2548226.54, 'bit/s', 'id-ID')).toBe('2.548.226,54 bit/s');
    expect(formatRate(466.91, 'packets/s', 'en-US')).toBe('466.91 packets/s');
    expect(formatSi(2548226.54, 'bit/s', 'id-ID')).toBe('2,55 Mbit/s');
    expect(formatSi(999.4, 'B', 'en-US')).toBe('999 B');
    expect(formatSi(999.6, 'B', 'en-US')).toBe('1.00 kB');
  });

  it('never loses or moves a digit of an integer (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const id = formatInteger(n, 'id-ID');
        const en = formatInteger(n, 'en-US');
        expect(id).toMatch(/^\d{1,3}(\.\d{3})*$/);
        expect(en).toMatch(/^\d{1,3}(,\d{3})*$/);
        expect(id.replaceAll('.', '')).toBe(String(n));
        expect(en.replaceAll(',', '')).toBe(String(n));
      }),
    );
  });

  it('writes the same two decimals as toFixed, in each language (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (cents) => {
        const value = cents / 100;
        const plain = value.toFixed(2);
        expect(formatFixed(value, 2, 'id-ID').replaceAll('.', '').replace(',', '.')).toBe(plain);
        expect(formatFixed(value, 2, 'en-US').replaceAll(',', '')).toBe(plain);
      }),
    );
  });

  it('keeps an SI figure within half a unit of its last digit (property)', () => {
    const prefixes: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 };
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e17, noNaN: true }), (value) => {
        const [figure, unit] = formatSi(value, 'B', 'en-US').split(' ');
        const scale = prefixes[unit.slice(0, -1)];
        const decimals = figure.split('.')[1]?.length ?? 0;
        const shown = Number(figure.replaceAll(',', '')) * scale;
        expect(Math.abs(shown - value)).toBeLessThanOrEqual((0.5 * scale) / 10 ** decimals + 1e-9 * value);
      }),
    );
  });
});
