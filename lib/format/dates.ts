// The organization's clock: every "today", every day's boundaries and every date shown are on
// one time zone, whatever the server's or the browser's clock says. The zone is a constant for
// now; a later issue makes it an organization setting, so each function takes it last, with
// this default. Safe to import from client components.

export const ORG_TIME_ZONE = 'America/Chicago';

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

// Days ----------------------------------------------------------------------------------------

/** The calendar day a moment falls on, on the organization's clock. */
export function dayOf(at: Date, timeZone = ORG_TIME_ZONE): TDay {
  const p = wallParts(at, timeZone);
  return `${p.y}-${two(p.m)}-${two(p.d)}`;
}

/** Today on the organization's clock: what "due", "overdue" and "member since today" mean. */
export function orgToday(timeZone = ORG_TIME_ZONE): TDay {
  return dayOf(new Date(), timeZone);
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
export function startOfDay(day: TDay, timeZone = ORG_TIME_ZONE): Date {
  const midnightUtc = dateColumn(day).getTime();
  return new Date(midnightUtc - offsetMs(new Date(midnightUtc), timeZone));
}

/** The instant the day after `day` starts: the exclusive end of a range that includes `day`. */
export function endOfDay(day: TDay, timeZone = ORG_TIME_ZONE): Date {
  return startOfDay(dayOfColumn(new Date(dateColumn(day).getTime() + 86_400_000)), timeZone);
}

// Wall time (a datetime-local value, "2027-03-14T07:30") ---------------------------------------

/** A wall time on the organization's clock to the moment it names; null if it is not one. */
export function wallTimeToUtc(wall: string, timeZone = ORG_TIME_ZONE): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  // Two passes settle the offset on either side of a daylight-saving change.
  let guess = asUtc - offsetMs(new Date(asUtc), timeZone);
  guess = asUtc - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The moment as a wall time on the organization's clock, for a form's default. */
export function utcToWallTime(at: Date, timeZone = ORG_TIME_ZONE): string {
  const p = wallParts(at, timeZone);
  return `${p.y}-${two(p.m)}-${two(p.d)}T${two(p.h)}:${two(p.min)}`;
}

// Shown to the user, in their language ---------------------------------------------------------

/** next-intl's formatter, from getFormatter() on the server or useFormatter() in the browser. */
type TFormatter = { dateTime(value: Date, options: { dateStyle: 'medium'; timeStyle?: 'short'; timeZone: string }): string };

/**
 * A calendar day ('YYYY-MM-DD', or a DATE column's value): "Mar 14, 2027". Shown as the day it
 * names, never shifted by a time zone.
 */
export function formatDay(format: TFormatter, day: TDay | Date): string {
  return format.dateTime(typeof day === 'string' ? dateColumn(day) : day, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** The day a moment falls on, on the organization's clock: "Mar 14, 2027". */
export function formatDate(format: TFormatter, at: Date, timeZone = ORG_TIME_ZONE): string {
  return format.dateTime(at, { dateStyle: 'medium', timeZone });
}

/** A moment on the organization's clock: "Mar 14, 2027, 7:30 AM". */
export function formatDateTime(format: TFormatter, at: Date, timeZone = ORG_TIME_ZONE): string {
  return format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

/** The calendar day `n` days after `day` (before it, for a negative n). */
export function addDays(day: TDay, n: number): TDay {
  return dayOfColumn(new Date(dateColumn(day).getTime() + n * 86_400_000));
}
