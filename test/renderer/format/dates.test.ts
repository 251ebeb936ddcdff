import { describe, expect, it } from 'vitest';
import { formatClock, formatDateTime } from '../../../renderer/format/dates';

// CLDR's patterns: Indonesian separates hours, minutes and seconds with dots and joins date and
// time with "pukul"; both languages use the 24-hour clock. Read in UTC and in Jakarta (UTC+7).

const at = new Date(Date.UTC(2026, 10, 25, 17, 54, 7));

describe('dates and clock times', () => {
  it('prints a clock time with each language\'s separator', () => {
    expect(formatClock(at, 'id-ID', 'UTC')).toBe('17.54.07');
    expect(formatClock(at, 'en-US', 'UTC')).toBe('17:54:07');
    expect(formatClock(at, 'id-ID', 'Asia/Jakarta')).toBe('00.54.07');
  });

  it('prints a long date with the month named in the language', () => {
    expect(formatDateTime(at, 'id-ID', 'UTC')).toBe('25 November 2026 pukul 17.54');
    expect(formatDateTime(at, 'en-US', 'UTC')).toBe('November 25, 2026 at 17:54');
  });
});
