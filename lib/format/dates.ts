// The organization's clock: every "today", every day's boundaries and every date shown are on
// one time zone, whatever the server's or the browser's clock says. The zone is the
// organization's setting (Admin → Settings), read once per request on the server
// (lib/data/admin/clock.ts) and handed to these functions; next-intl's formatters are configured
// with it too (lib/entry/intl-request.ts). Safe to import from client components.

/** The setting's default, and the demo's zone. */
export const DEFAULT_TIME_ZONE = 'America/Chicago';

/** The zone's canonical IANA name ("america/chicago" → "America/Chicago"), or null if Intl knows no such zone. */
export function canonicalTimeZone(name: string): string | null {
  if (!name.trim()) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name.trim() }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A calendar day, 'YYYY-MM-DD': what date inputs, URLs and the app's day strings hold. */
export type TDay = string;

function wallParts(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute'), s: get('second') };
}

/** The zone's offset from UTC at that moment, in milliseconds (Chicago in winter: -6 h). */
function offsetMs(at: Date, timeZone: string): number {
  const p = wallParts(at, timeZone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s) - Math.floor(at.getTime() / 1000) * 1000;
}

const two = (n: number) => String(n).padStart(2, '0');

// Calendar checks ---------------------------------------------------------------------------

/**
 * The years a date typed into Leaven may name. Outside them a date is a typo: year 1 would be read
 * as 1901 and year 9999's last evening as year 10000, which no page or API can show back.
 */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;

/** Whether 'YYYY-MM-DD' names a real calendar day (no 30 February) within DATE_YEARS. */
export function isCalendarDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  if (y < DATE_YEARS.min || y > DATE_YEARS.max) return false;
  const at = new Date(Date.UTC(y, mo - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d;
}

// Days ----------------------------------------------------------------------------------------

/** The calendar day a moment falls on, on the organization's clock. */
export function dayOf(at: Date, timeZone: string): TDay {
  const p = wallParts(at, timeZone);
  return `${p.y}-${two(p.m)}-${two(p.d)}`;
}

/** A day as a DATE column holds it (midnight UTC, as Prisma reads and writes @db.Date). */
export function dateColumn(day: TDay): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** A DATE column's value as the day it names. */
export function dayOfColumn(date: Date): TDay {
  return date.toISOString().slice(0, 10);
}

/** The instant a calendar day starts on the organization's clock. */
export function startOfDay(day: TDay, timeZone: string): Date {
  const midnightUtc = dateColumn(day).getTime();
  return new Date(midnightUtc - offsetMs(new Date(midnightUtc), timeZone));
}

/** The instant the day after `day` starts: the exclusive end of a range that includes `day`. */
export function endOfDay(day: TDay, timeZone: string): Date {
  return startOfDay(dayOfColumn(new Date(dateColumn(day).getTime() + 86_400_000)), timeZone);
}

// Wall time (a datetime-local value, "2027-03-14T07:30") ---------------------------------------

/** A wall time on the organization's clock to the moment it names; null if it is not one (a real day, 00:00–23:59). */
export function wallTimeToUtc(wall: string, timeZone: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!m || !isCalendarDay(m[1]!)) return null;
  const [y, mo, d] = m[1]!.split('-').map(Number) as [number, number, number];
  const [h, mi] = [Number(m[2]), Number(m[3])];
  if (h > 23 || mi > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes settle the offset on either side of a daylight-saving change.
  let guess = asUtc - offsetMs(new Date(asUtc), timeZone);
  guess = asUtc - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The moment as a wall time on the organization's clock, for a form's default. */
export function utcToWallTime(at: Date, timeZone: string): string {
  const p = wallParts(at, timeZone);
  return `${p.y}-${two(p.m)}-${two(p.d)}T${two(p.h)}:${two(p.min)}`;
}

// Shown to the user, in their language ---------------------------------------------------------

/** next-intl's formatter, from getFormatter() on the server or useFormatter() in the browser. */
type TFormatter = { dateTime(value: Date, options: { dateStyle: 'medium'; timeStyle?: 'short'; timeZone?: string }): string };

/**
 * A calendar day ('YYYY-MM-DD', or a DATE column's value): "Mar 14, 2027". Shown as the day it
 * names, never shifted by a time zone.
 */
export function formatDay(format: TFormatter, day: TDay | Date): string {
  return format.dateTime(typeof day === 'string' ? dateColumn(day) : day, { dateStyle: 'medium', timeZone: 'UTC' });
}

/**
 * The day a moment falls on, on the organization's clock: "Mar 14, 2027". Without a zone, the
 * formatter's own: next-intl's, which is the organization's (getFormatter / useFormatter).
 */
export function formatDate(format: TFormatter, at: Date, timeZone?: string): string {
  return format.dateTime(at, { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) });
}

/** A moment on the organization's clock: "Mar 14, 2027, 7:30 AM" (the zone as for formatDate). */
export function formatDateTime(format: TFormatter, at: Date, timeZone?: string): string {
  return format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
}

/** The calendar day `n` days after `day` (before it, for a negative n). */
export function addDays(day: TDay, n: number): TDay {
  return dayOfColumn(new Date(dateColumn(day).getTime() + n * 86_400_000));
}
