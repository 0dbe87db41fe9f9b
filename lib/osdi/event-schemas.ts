import { z } from 'zod';
import { GoalUnit, MobilizationKind } from '@/lib/generated/prisma/enums';
import { OSDI_RSVP } from '@/lib/osdi/attendance-status';
import { osdiSignupInput, withPersonLink } from '@/lib/osdi/schemas';
import { wallTimeToUtc } from '@/lib/format/dates';
import type { TOrgLocale } from '@/lib/format/org-locale';
import { instantOf } from '@/lib/validation/dates';
import { text } from '@/lib/osdi/schemas';
import { LIMITS } from '@/lib/validation/limits';

// What the OSDI API accepts for events (Leaven's mobilizations) and attendances (commitments).
// OSDI fields Leaven does not keep are accepted and left out, and named back to the client in
// the Leaven-Ignored-Fields header (ignoredHeader in lib/osdi/hal.ts); fields with no OSDI name
// live in custom_fields, as for people.

const blankToNull = (v: string | null | undefined) => (v === '' ? null : v);
/** Fields the server makes: sent back unchanged by a client that PUTs what it read, so not worth a mention. */
const SERVER_MADE = new Set(['created_date', 'modified_date', 'total_accepted', '_links', '_embedded']);
/** The keys of `sent` Leaven does not keep, named as the client sent them. */
const unkept = (sent: object, kept: object, prefix = '') =>
  Object.keys(sent).filter((k) => !(k in kept) && !SERVER_MADE.has(k)).map((k) => prefix + k);

/** An ISO 8601 date-time. Without an offset it is read on the organization's clock, as the pages do. */
const dateTime = (timeZone: string) => z.string({ error: 'expected an ISO 8601 date-time, e.g. "2027-03-14T07:30:00-06:00"' }).transform((v, ctx) => {
  const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v) ? wallTimeToUtc(v.slice(0, 16), timeZone) : null;
  const at = local ?? instantOf(v);
  if (!at) {
    ctx.addIssue({ code: 'custom', message: 'expected an ISO 8601 date-time of a real day between 1900 and 2100, e.g. "2027-03-14T07:30:00-06:00" (without an offset, Leaven reads it on the organization’s clock)' });
    return z.NEVER;
  }
  return at;
});

/** OSDI's location, kept as one line of text: the mobilization's place. Coordinates are not kept. */
const locationShape = {
  venue: text(200).nullable().optional(),
  address_lines: z.array(text(200), { error: 'expected an array of strings' }).max(3).optional(),
  locality: text(100).nullable().optional(),
  region: text(100).nullable().optional(),
  postal_code: text(20).nullable().optional(),
};
const ZLocation = z
  .object(locationShape, { error: 'expected an OSDI address object, e.g. {"venue": "Parish hall", "address_lines": ["1900 W Cermak"], "locality": "Chicago"}' })
  .loose()
  .transform((l, ctx) => {
    const town = [l.locality, [l.region, l.postal_code].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const place = [l.venue, ...(l.address_lines ?? []), town].filter(Boolean).join(', ');
    if (place.length > LIMITS.place) ctx.addIssue({ code: 'custom', message: `at most ${LIMITS.place} characters once its parts are joined into one line` });
    return { place: place || null, ignored: unkept(l, locationShape, 'location.') };
  });

const goal = z.number({ error: 'expected a whole number' }).int({ error: 'expected a whole number' }).min(1, { error: 'at least 1' }).max(100_000, { error: 'at most 100000' });

const EVENT_CUSTOM_FIELDS = {
  kind: z.enum(MobilizationKind, { error: `one of ${Object.values(MobilizationKind).join(', ')}` }).optional(),
  goal: goal.optional(),
  goal_unit: z.enum(GoalUnit, { error: `one of ${Object.values(GoalUnit).join(', ')}` }).optional(),
};

const eventShape = (timeZone: string) => ({
  title: text(LIMITS.mobilizationName).min(1, { error: 'must not be empty' }).optional(),
  name: text(LIMITS.mobilizationName).min(1, { error: 'must not be empty' }).optional(),
  description: text(LIMITS.notes).nullable().optional().transform(blankToNull),
  start_date: dateTime(timeZone).optional(),
  location: ZLocation.nullable().optional(),
  capacity: goal.nullable().optional(),
  status: z
    .enum(['confirmed', 'tentative', 'cancelled'], { error: 'one of confirmed, tentative, cancelled' })
    .refine((s) => s === 'confirmed', { error: 'Leaven keeps confirmed events only; to call one off, DELETE it (leadership)' })
    .optional(),
  custom_fields: z.strictObject(EVENT_CUSTOM_FIELDS, { error: `expected an object; custom_fields may be ${Object.keys(EVENT_CUSTOM_FIELDS).join(', ')}` }).optional(),
});
/** The event fields Leaven keeps (their names: any zone gives the same). */
const EVENT_FIELDS = eventShape('UTC');

/** An event as OSDI sends one; a start without an offset read in the organization's zone. */
export const osdiEventInput = (org: Pick<TOrgLocale, 'timeZone'>) => z
  .object(eventShape(org.timeZone), { error: 'expected a JSON object' })
  .loose()
  .superRefine((e, ctx) => {
    const cf = e.custom_fields ?? {};
    if (typeof e.capacity === 'number' && cf.goal !== undefined && cf.goal !== e.capacity) {
      ctx.addIssue({ code: 'custom', path: ['capacity'], message: 'send capacity (a number of seats) or custom_fields.goal, not two different numbers' });
    }
    if (typeof e.capacity === 'number' && cf.goal_unit === 'PEOPLE') {
      ctx.addIssue({ code: 'custom', path: ['custom_fields', 'goal_unit'], message: 'a capacity is counted in SEATS; for a goal of people, send custom_fields.goal instead' });
    }
  })
  .transform((e) => {
    const cf = e.custom_fields ?? {};
    // A capacity is a number of seats (a bus of 40); capacity: null leaves the number as a goal of people.
    const seats = e.capacity === null ? { goalUnit: 'PEOPLE' as const } : e.capacity !== undefined ? { goal: e.capacity, goalUnit: 'SEATS' as const } : {};
    const patch = {
      name: e.title ?? e.name,
      kind: cf.kind,
      startsAt: e.start_date,
      place: e.location === null ? null : e.location?.place,
      description: e.description,
      goal: cf.goal,
      goalUnit: cf.goal_unit,
      ...seats,
    };
    return {
      patch: Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Required<typeof patch>>,
      ignored: [...unkept(e, EVENT_FIELDS), ...(e.location?.ignored ?? [])],
    };
  });
export type TOsdiEventPatch = z.output<ReturnType<typeof osdiEventInput>>;

/** A new event needs what a mobilization needs: a title, a start, a kind, a goal. */
export const osdiNewEventInput = (org: Pick<TOrgLocale, 'timeZone'>) => osdiEventInput(org).superRefine(({ patch: p }, ctx) => {
  const need = (ok: unknown, path: string, message: string) => ok || ctx.addIssue({ code: 'custom', path: path.split('.'), message });
  need(p.name, 'title', 'a new event needs a title (or a name)');
  need(p.startsAt, 'start_date', 'a new event needs a start_date');
  need(p.kind, 'custom_fields.kind', `a new event needs its kind of mobilization: one of ${Object.values(MobilizationKind).join(', ')}`);
  need(p.goal, 'capacity', 'a new event needs a capacity (seats) or a custom_fields.goal (people)');
});

/** The fields of an attendance a client may set. null or absent changes nothing. */
const attendanceShape = {
  status: z.enum(OSDI_RSVP, { error: `one of ${OSDI_RSVP.join(', ')}` }).optional(),
  attended: z.boolean({ error: 'expected true, false or null' }).nullable().optional(),
};
export const ZOsdiAttendance = z
  .object(attendanceShape, { error: 'expected a JSON object' })
  .loose()
  .transform((a) => ({ status: a.status, attended: a.attended, ignored: unkept(a, attendanceShape) }));
export const ZOsdiNewAttendance = withPersonLink(attendanceShape);

/** The record attendance helper: the signup helper's person and tags, and an answer (an RSVP is a yes unless it says otherwise). */
export const osdiRecordAttendanceInput = (org: Pick<TOrgLocale, 'phoneCountry'>) => osdiSignupInput(org).extend(attendanceShape);
