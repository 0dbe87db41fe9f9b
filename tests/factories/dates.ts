// Dates for factories and the demo seed are offsets from a given "now", so the demo always
// looks current while who-did-what stays fixed by the random seed.

export const DAY_MS = 86_400_000;

/** Midnight UTC of the day holding `d`: what Prisma writes for a @db.Date column. */
export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** The calendar day `days` before now's day (negative: after). */
export function dayBefore(now: Date, days: number): Date {
  return new Date(startOfUtcDay(now).getTime() - Math.round(days) * DAY_MS);
}

/** A moment on the day `days` before now, `minutes` after that day's midnight UTC, never after now. */
export function momentBefore(now: Date, days: number, minutes: number): Date {
  const t = dayBefore(now, days).getTime() + minutes * 60_000;
  return new Date(Math.min(t, now.getTime()));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + Math.round(days) * DAY_MS);
}

/** Whole days from `earlier` to `later`. */
export function daysBetween(earlier: Date, later: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / DAY_MS);
}
