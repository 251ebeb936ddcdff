import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLocalNumber, readTypedNumber, type NumberKind } from '../../../renderer/format/typed-number';

const ID = 'id-ID';
const EN = 'en-US';
const value = (text: string, locale: string, kind?: NumberKind) => {
  const read = readTypedNumber(text, locale, kind);
  return read.ok ? read.value : read.problem;
};

describe("readTypedNumber: Wireshark's figures as Wireshark prints them", () => {
  it('reads a decimal point as a decimal point in both languages (Time span "110.660" is 110.66 s, not 110 660 s)', () => {
    expect(readTypedNumber('110.660', ID)).toEqual({ ok: true, value: 110.66, decimals: 3 });
    expect(readTypedNumber('110.660', EN)).toEqual({ ok: true, value: 110.66, decimals: 3 });
    expect(value('0.127609669', ID)).toBe(0.127609669);
  });

  it('reads a lone comma as the decimal sign in Indonesian', () => {
    expect(readTypedNumber('110,660', ID)).toEqual({ ok: true, value: 110.66, decimals: 3 });
    expect(value('0,3', ID)).toBe(0.3);
  });

  it('refuses "110,660" in English as ambiguous, with both readings', () => {
    expect(readTypedNumber('110,660', EN)).toEqual({ ok: false, problem: 'ambiguous', asDecimal: 110.66, asWhole: 110660 });
    expect(readTypedNumber('1,500e3', EN)).toEqual({ ok: false, problem: 'ambiguous', asDecimal: 1500, asWhole: 1_500_000 });
  });

  it('reads a comma that cannot group thousands as a decimal comma in English too', () => {
    expect(value('1,5', EN)).toBe(1.5);
    expect(value('1234,5', EN)).toBe(1234.5);
    expect(value('12,34', EN)).toBe(12.34);
  });

  it('reads repeated signs as thousands groups', () => {
    for (const locale of [ID, EN]) {
      expect(value('1.234.567', locale)).toBe(1234567);
      expect(value('1,234,567', locale)).toBe(1234567);
    }
  });

  it('reads both signs: the last is the decimal sign', () => {
    for (const locale of [ID, EN]) {
      expect(readTypedNumber('1.234,5', locale)).toEqual({ ok: true, value: 1234.5, decimals: 1 });
      expect(value('1,234.5', locale)).toBe(1234.5);
      expect(value('977.393,25', locale)).toBe(977393.25);
    }
  });

  it("reads exponents in the language's way", () => {
    expect(readTypedNumber('1,5e3', ID)).toEqual({ ok: true, value: 1500, decimals: 0 });
    expect(value('1,5e3', EN)).toBe(1500);
    expect(value('1.5e3', ID)).toBe(1500);
    expect(value('1.5E3', EN)).toBe(1500);
    expect(readTypedNumber('2.5e-3', EN)).toEqual({ ok: true, value: 0.0025, decimals: 4 });
    expect(value('1e+2', ID)).toBe(100);
  });

  it("reads a count's separator before three digits as a thousands group in both languages", () => {
    for (const locale of [ID, EN]) {
      expect(value('1.755', locale, 'count')).toBe(1755);
      expect(value('1,755', locale, 'count')).toBe(1755);
      expect(value('977.393', locale, 'count')).toBe(977393);
      expect(value('684660', locale, 'count')).toBe(684660);
      // Not three digits after it: a fraction, which the form then refuses as not whole.
      expect(value('12,5', locale, 'count')).toBe(12.5);
      expect(value('12.5', locale, 'count')).toBe(12.5);
    }
  });

  it('takes spaces (also no-break ones) as thousands groups of the whole part', () => {
    expect(value('684 660', ID, 'count')).toBe(684660);
    expect(value('684\u00a0660', EN, 'count')).toBe(684660);
    expect(value('1\u202f234,5', ID)).toBe(1234.5);
    expect(value('68 4660', ID)).toBe('number');
  });

  it('takes signs, a leading or trailing decimal sign and surrounding blanks', () => {
    expect(value(' -5 ', EN)).toBe(-5);
    expect(value('\u22125', ID)).toBe(-5);
    expect(value('+5', ID)).toBe(5);
    expect(value('.5', EN)).toBe(0.5);
    expect(value(',5', ID)).toBe(0.5);
    expect(value('5.', EN)).toBe(5);
    expect(value('-0', EN)).toBe(0);
  });

  it('refuses what is not one number', () => {
    const bad = [
      '',
      ' ',
      'abc',
      '.',
      ',',
      '1..2',
      '1.2.3,4,5',
      '1.23.456',
      '1,2345,678',
      '1.234.5',
      'e5',
      '1e',
      '1e5e5',
      '--1',
      '1e999',
      '1.2,3.4',
      '12a',
      '0x10',
      'Infinity',
      'NaN',
      '1,2.3,4',
    ];
    for (const text of bad) for (const locale of [ID, EN]) expect([text, value(text, locale)]).toEqual([text, 'number']);
  });

  it('parseLocalNumber gives the value or null, never a guess', () => {
    expect(parseLocalNumber('110.660', ID)).toBe(110.66);
    expect(parseLocalNumber('110,660', EN)).toBeNull();
    expect(parseLocalNumber('lima', ID)).toBeNull();
  });
});

describe('readTypedNumber properties', () => {
  const locales = fc.constantFrom(ID, EN);
  const decimalsArb = fc.integer({ min: 0, max: 6 });
  const magnitude = fc.double({ min: 0, max: 1e9, noNaN: true });

  it('reads what Wireshark prints (decimal point, no grouping) as that number, in both languages', () => {
    fc.assert(
      fc.property(magnitude, decimalsArb, locales, (x, digits, locale) => {
        const printed = x.toFixed(digits);
        const read = readTypedNumber(printed, locale);
        expect(read).toEqual({ ok: true, value: Number(printed), decimals: digits });
      }),
    );
  });

  it('reads a whole count as Wireshark prints it, and as either language groups it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 52 }), locales, locales, (n, locale, writtenIn) => {
        expect(value(String(n), locale, 'count')).toBe(n);
        const grouped = new Intl.NumberFormat(writtenIn, { useGrouping: true, maximumFractionDigits: 0 }).format(n);
        expect(value(grouped, locale, 'count')).toBe(n);
      }),
    );
  });

  it("reads a number with a fraction as the user's own language writes it, grouped or not", () => {
    fc.assert(
      fc.property(magnitude, fc.integer({ min: 1, max: 6 }), locales, fc.boolean(), (x, digits, locale, useGrouping) => {
        const written = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping }).format(x);
        const read = readTypedNumber(written, locale);
        expect(read.ok).toBe(true);
        // The text is x rounded to `digits` places (Intl and toFixed may round the last one
        // differently at 15 significant digits), so the reading is within one unit of that place.
        expect(Math.abs((read.ok ? read.value : NaN) - x)).toBeLessThanOrEqual(10 ** -digits);
      }),
    );
  });

  it('in Indonesian, a lone comma and a lone point read the same', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,6}$/), fc.stringMatching(/^\d{1,6}$/), (whole, fraction) => {
        expect(readTypedNumber(`${whole},${fraction}`, ID)).toEqual(readTypedNumber(`${whole}.${fraction}`, ID));
      }),
    );
  });

  it('never throws; a reading is finite; only a lone comma before three digits is ambiguous, and only in English', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[-+]?[\d.,\s]{0,12}(e[-+]?\d{0,3})?$/)),
        locales,
        fc.constantFrom<NumberKind>('count', 'decimal'),
        (text, locale, kind) => {
          const read = readTypedNumber(text, locale, kind);
          if (read.ok) expect(Number.isFinite(read.value)).toBe(true);
          if (!read.ok && read.problem === 'ambiguous') {
            expect([locale, kind]).toEqual([EN, 'decimal']);
            expect(text).toMatch(/^[^.,]*\d{1,3},\d{3}[^.,]*$/);
            expect(read.asWhole).not.toBe(read.asDecimal);
          }
        },
      ),
    );
  });
});
