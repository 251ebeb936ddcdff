// Wall-clock times and dates in the reader's locale (id-ID: "17.56.25", "25 November 2026
// pukul 17.54"; en-US: "17:56:25", "November 25, 2026 at 17:54"), 24-hour in both.

/** `timeZone` defaults to the user's own. */
export function formatClock(date: Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }).format(date);
}

export function formatDateTime(date: Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone }).format(date);
}

/**
 * A calendar date as a date input gives it ("2026-03-02") in long form: "2 Maret 2026",
 * "March 2, 2026". It names a day, not an instant, so no time zone moves it. Anything else
 * (typed by hand in an older session) is shown as it was written.
 */
export function formatCalendarDate(text: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return text;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (day.getUTCDate() !== Number(match[3])) return text;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}

/**
 * An instant written as text, ISO ("2026-03-10T08:15:00+07:00") or a capture's epoch seconds
 * ("1270661369.782934000"), in the reader's time zone; text that names no instant is shown as written.
 */
export function formatInstant(text: string, locale: string, precision: 'minutes' | 'seconds' = 'seconds'): string {
  const date = /^\d+(\.\d+)?$/.test(text) ? new Date(Number(text) * 1000) : new Date(text);
  if (Number.isNaN(date.getTime())) return text;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: precision === 'seconds' ? 'medium' : 'short', hourCycle: 'h23' }).format(date);
}
