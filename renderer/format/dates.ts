// Wall-clock times and dates in the reader's locale (id-ID: "17.56.25", "25 November 2026
// pukul 17.54"; en-US: "17:56:25", "November 25, 2026 at 17:54"), 24-hour in both.

/** `timeZone` defaults to the user's own. */
export function formatClock(date: Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }).format(date);
}

export function formatDateTime(date: Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone }).format(date);
}
