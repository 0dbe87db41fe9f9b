import { describe, expect, it } from 'vitest';
import { osdiAttendanceState, statusFromOsdi } from '../../lib/osdi/attendance-status';
import { osdiEventInput, osdiNewEventInput, ZOsdiAttendance } from '../../lib/osdi/event-schemas';

const ZOsdiEvent = osdiEventInput({ timeZone: 'America/Chicago' });
const ZOsdiNewEvent = osdiNewEventInput({ timeZone: 'America/Chicago' });
import { osdiEvent } from '../../lib/osdi/serialize-events';

const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('attendance status: Leaven commitments as OSDI answers, and back', () => {
  it('reads each commitment status as an OSDI status, with attended only where Leaven recorded it', () => {
    expect(osdiAttendanceState('ASKED')).toEqual({ status: 'needs action', attended: null });
    expect(osdiAttendanceState('COMMITTED')).toEqual({ status: 'accepted', attended: null });
    expect(osdiAttendanceState('CONFIRMED')).toEqual({ status: 'accepted', attended: null });
    expect(osdiAttendanceState('ATTENDED')).toEqual({ status: 'accepted', attended: true });
    expect(osdiAttendanceState('NO_SHOW')).toEqual({ status: 'accepted', attended: false });
    expect(osdiAttendanceState('DECLINED')).toEqual({ status: 'declined', attended: null });
  });

  it('moves a commitment by an OSDI answer, keeping a confirmation, check-in or no-show on "accepted"', () => {
    expect(statusFromOsdi('ASKED', { status: 'accepted' })).toBe('COMMITTED');
    expect(statusFromOsdi('DECLINED', { status: 'accepted' })).toBe('COMMITTED');
    expect(statusFromOsdi('CONFIRMED', { status: 'accepted' })).toBe('CONFIRMED');
    expect(statusFromOsdi('ATTENDED', { status: 'accepted' })).toBe('ATTENDED');
    expect(statusFromOsdi('CONFIRMED', { status: 'declined' })).toBe('DECLINED');
    expect(statusFromOsdi('COMMITTED', { status: 'tentative' })).toBe('ASKED');
    expect(statusFromOsdi('DECLINED', { status: 'needs action' })).toBe('ASKED');
  });

  it('records attendance: true is a check-in whatever the answer; false is a no-show only for someone who said yes', () => {
    expect(statusFromOsdi('CONFIRMED', { attended: true })).toBe('ATTENDED');
    expect(statusFromOsdi('ASKED', { status: 'declined', attended: true })).toBe('ATTENDED');
    expect(statusFromOsdi('CONFIRMED', { attended: false })).toBe('NO_SHOW');
    expect(statusFromOsdi('ATTENDED', { attended: false })).toBe('NO_SHOW');
    expect(statusFromOsdi('ASKED', { status: 'accepted', attended: false })).toBe('NO_SHOW');
    expect(statusFromOsdi('ASKED', { attended: false })).toBe('ASKED');
    expect(statusFromOsdi('DECLINED', { attended: false })).toBe('DECLINED');
    expect(statusFromOsdi('ATTENDED', { attended: null })).toBe('ATTENDED');
    expect(statusFromOsdi('NO_SHOW', {})).toBe('NO_SHOW');
  });

  it('names the attendance fields it does not keep, and refuses an unknown status by name', () => {
    expect(ZOsdiAttendance.parse({ status: 'accepted', comment: 'x' })).toEqual({ status: 'accepted', attended: undefined, ignored: ['comment'] });
    expect(messages(ZOsdiAttendance.safeParse({ status: 'maybe', attended: 'yes' }))).toEqual([
      'status: one of accepted, declined, tentative, needs action',
      'attended: expected true, false or null',
    ]);
  });
});

describe('an OSDI event as a mobilization', () => {
  it('maps title, dates, location and capacity, and names the fields Leaven does not keep', () => {
    const { patch, ignored } = ZOsdiEvent.parse({
      title: ' Bus to Springfield ',
      name: 'bus-springfield-admin',
      start_date: '2027-03-14T07:30:00-05:00',
      end_date: '2027-03-14T20:00:00-05:00',
      location: { venue: 'Parish hall', address_lines: ['1900 W Cermak'], locality: 'Chicago', region: 'IL', postal_code: '60608', location: { latitude: 41.8 } },
      capacity: 40,
      status: 'confirmed',
      total_accepted: 12,
      _links: {},
    });
    expect(patch).toEqual({
      name: 'Bus to Springfield',
      startsAt: new Date('2027-03-14T12:30:00Z'),
      place: 'Parish hall, 1900 W Cermak, Chicago, IL 60608',
      goal: 40,
      goalUnit: 'SEATS',
    });
    expect(ignored).toEqual(['end_date', 'location.location']);
  });

  it('reads a start without an offset on the organization’s clock (Chicago), like the form', () => {
    expect(ZOsdiEvent.parse({ start_date: '2027-07-04T10:00' }).patch.startsAt).toEqual(new Date('2027-07-04T15:00:00Z'));
    expect(ZOsdiEvent.parse({ start_date: '2027-01-04T10:00:00' }).patch.startsAt).toEqual(new Date('2027-01-04T16:00:00Z'));
  });

  it('reads it in whatever zone the organization set, and a start with an offset as it says', () => {
    const losAngeles = osdiEventInput({ timeZone: 'America/Los_Angeles' });
    expect(losAngeles.parse({ start_date: '2027-07-04T10:00' }).patch.startsAt).toEqual(new Date('2027-07-04T17:00:00Z'));
    expect(losAngeles.parse({ start_date: '2027-07-04T10:00:00-05:00' }).patch.startsAt).toEqual(new Date('2027-07-04T15:00:00Z'));
  });

  it('keeps a goal of people in custom_fields, and capacity null turns seats into a goal of people', () => {
    expect(ZOsdiEvent.parse({ custom_fields: { goal: 25, goal_unit: 'PEOPLE', kind: 'RALLY' } }).patch).toEqual({ goal: 25, goalUnit: 'PEOPLE', kind: 'RALLY' });
    expect(ZOsdiEvent.parse({ capacity: null }).patch).toEqual({ goalUnit: 'PEOPLE' });
    expect(ZOsdiEvent.parse({ location: null, description: '' }).patch).toEqual({ place: null, description: null });
  });

  it('says what to fix: wrong types, a cancelled status, two different goals, a new event missing its kind', () => {
    expect(messages(ZOsdiEvent.safeParse({ title: 5, start_date: 'next Tuesday', capacity: '40', custom_fields: { colour: 'red' } }))).toEqual([
      'title: expected a string',
      'start_date: expected an ISO 8601 date-time of a real day between 1900 and 2100, e.g. "2027-03-14T07:30:00-06:00" (without an offset, Leaven reads it on the organization’s clock)',
      'capacity: expected a whole number',
      'custom_fields: expected an object; custom_fields may be kind, goal, goal_unit',
    ]);
    expect(messages(ZOsdiEvent.safeParse({ status: 'cancelled' }))[0]).toMatch(/^status: Leaven keeps confirmed events only/);
    expect(messages(ZOsdiEvent.safeParse({ capacity: 40, custom_fields: { goal: 30 } }))[0]).toMatch(/^capacity: send capacity .* or custom_fields.goal/);
    expect(messages(ZOsdiNewEvent.safeParse({ title: 'Rally', start_date: '2027-03-14T07:30:00Z', capacity: 40 }))).toEqual([
      'custom_fields.kind: a new event needs its kind of mobilization: one of RALLY, BUS_TRIP, CANVASS, LOBBY_DAY, EDUCATION_SESSION, ELECTION_DAY, MEETING',
    ]);
    expect(ZOsdiEvent.safeParse([]).success).toBe(false);
  });

  it('shows capacity only for a goal counted in seats, and total_accepted only where counts are shown', () => {
    const m = { id: 'a', name: 'Rally', kind: 'RALLY' as const, startsAt: new Date(0), place: null, description: null, createdAt: new Date(0), updatedAt: new Date(0) };
    expect(osdiEvent('http://x', { ...m, goal: 40, goalUnit: 'SEATS', totalAccepted: 3 })).toMatchObject({ capacity: 40, total_accepted: 3, location: null, status: 'confirmed' });
    const people = osdiEvent('http://x', { ...m, goal: 40, goalUnit: 'PEOPLE', totalAccepted: null });
    expect(people.capacity).toBeNull();
    expect(people).not.toHaveProperty('total_accepted');
    expect(people.custom_fields).toEqual({ kind: 'RALLY', goal: 40, goal_unit: 'PEOPLE' });
  });
});
