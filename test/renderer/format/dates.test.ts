import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatClock, formatDateTime, formatInstant } from '../../../renderer/format/dates';

// CLDR's patterns: Indonesian separates hours, minutes and seconds with dots and joins date and
// time with "pukul"; both languages use the 24-hour clock. Read in UTC and in Jakarta (UTC+7).

const at = new Date(Date.UTC(2026, 10, 25, 17, 54, 7));

describe('dates and clock times', () => {
  it("prints a clock time with each language's separator", () => {
    expect(formatClock(at, 'id-ID', 'UTC')).toBe('17.54.07');
    expect(formatClock(at, 'en-US', 'UTC')).toBe('17:54:07');
    expect(formatClock(at, 'id-ID', 'Asia/Jakarta')).toBe('00.54.07');
  });

  it('prints a long date with the month named in the language', () => {
    expect(formatDateTime(at, 'id-ID', 'UTC')).toBe('25 November 2026 pukul 17.54');
    expect(formatDateTime(at, 'en-US', 'UTC')).toBe('November 25, 2026 at 17:54');
  });

  it('prints a lab date in words, the same day in every time zone, and leaves free text as it was', () => {
    expect(formatCalendarDate('2026-03-02', 'id-ID')).toBe('2 Maret 2026');
    expect(formatCalendarDate('2026-03-02', 'en-US')).toBe('March 2, 2026');
    expect(formatCalendarDate('2026-12-31', 'id-ID')).toBe('31 Desember 2026');
    expect(formatCalendarDate('Senin, 2 Maret', 'id-ID')).toBe('Senin, 2 Maret');
    expect(formatCalendarDate('2026-02-30', 'en-US')).toBe('2026-02-30');
    expect(formatCalendarDate('', 'en-US')).toBe('');
  });
});

describe('an instant on a lab clock', () => {
  it('reads a capture time and an ISO time on the lab offset, whatever the viewer zone', () => {
    // 08:00 WIB on the lab day, as a capture stamps it and as a lab window writes it.
    expect(formatInstant('1773104400.250000000', 'id-ID', { utcOffset: '+07:00' })).toBe('10 Mar 2026, 08.00.00');
    expect(formatInstant('2026-03-10T08:00:00+07:00', 'en-US', { utcOffset: '+08:00', precision: 'minutes' })).toBe('Mar 10, 2026, 09:00');
    expect(formatInstant('2026-03-10T01:00:00Z', 'en-US', { utcOffset: '-03:30', precision: 'minutes' })).toBe('Mar 9, 2026, 21:30');
  });

  it('shows text that names no instant as written', () => {
    expect(formatInstant('kemarin sore', 'id-ID')).toBe('kemarin sore');
  });
});
