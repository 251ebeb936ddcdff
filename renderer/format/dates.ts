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
 * ("1270661369.782934000"), on the clock of a UTC offset ("+07:00": a lab's own time, wherever
 * it is read or printed) or else the reader's time zone; text that names no instant is shown as written.
 */
export function formatInstant(text: string, locale: string, options: { precision?: 'minutes' | 'seconds'; utcOffset?: string | null } = {}): string {
  const ms = /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text);
  if (Number.isNaN(ms)) return text;
  const offset = options.utcOffset ? /^([+-])(\d\d):(\d\d)$/.exec(options.utcOffset) : null;
  // Offset time zones ("+07:00") are not in every Intl yet: the instant is moved and read as UTC.
  const shift = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: options.precision === 'minutes' ? 'short' : 'medium',
    hourCycle: 'h23',
    timeZone: offset ? 'UTC' : undefined,
  }).format(new Date(ms + shift));
}
