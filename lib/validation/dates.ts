import { z } from 'zod';
import { DATE_YEARS, isCalendarDay, wallTimeToUtc } from '@/lib/format/dates';

// The one way a date comes in, from a form, the URL or the API: a real calendar day within
// DATE_YEARS (lib/format/dates.ts), or it is refused with `invalidDate`. Never rolled over to
// another day, century or millennium. Messages are catalog keys under `errors.`.

/** A calendar day, 'YYYY-MM-DD' (a date input, a URL filter). */
export const ZDay = z.string({ error: 'invalidDate' }).refine(isCalendarDay, { error: 'invalidDate' });

/** A datetime-local value ('YYYY-MM-DDTHH:MM') on the organization's clock, as the moment it names. */
export const wallTime = (timeZone: string) => z.string({ error: 'required' }).transform((v, ctx) => {
  const at = wallTimeToUtc(v, timeZone);
  if (!at) ctx.addIssue({ code: 'custom', message: v ? 'invalidDate' : 'required' });
  return at ?? z.NEVER;
});

const ISO_INSTANT = z.iso.datetime({ offset: true });

/** An ISO 8601 instant with its offset or Z ('2027-03-14T07:30:00-06:00'); null if it is not one. */
export function instantOf(v: string): Date | null {
  if (!ISO_INSTANT.safeParse(v).success || !isCalendarDay(v.slice(0, 10))) return null;
  const at = new Date(v);
  const year = at.getUTCFullYear();
  return Number.isNaN(at.getTime()) || year < DATE_YEARS.min || year > DATE_YEARS.max ? null : at;
}

/** An ISO 8601 instant, as a Date. */
export const ZInstant = z.string({ error: 'invalidDate' }).transform((v, ctx) => {
  const at = instantOf(v);
  if (!at) ctx.addIssue({ code: 'custom', message: 'invalidDate' });
  return at ?? z.NEVER;
});
