import { describe, expect, it } from 'vitest';
import { wallTimeToUtc } from '@/lib/format/dates';
import { osdiEventInput } from '@/lib/osdi/event-schemas';
import { ZAuditParams } from '@/lib/validation/audit';
import { ZAddCircleMemberInput } from '@/lib/validation/circle';
import { wallTime, ZDay, ZInstant } from '@/lib/validation/dates';
import { ZLogInteractionInput } from '@/lib/validation/interaction';
import { mobilizationForm } from '@/lib/validation/mobilization';

const CLOCK = { timeZone: 'America/Chicago' };
const ZWallTime = wallTime(CLOCK.timeZone);
const ZMobilizationForm = mobilizationForm(CLOCK);
const ZOsdiEvent = osdiEventInput(CLOCK);

// A date typed anywhere (a form, the API, the URL) is a real calendar day in a sane range, or it
// is refused: never rolled over to another day (30 February), another century (year 1 read as
// 1901) or another millennium (year 10000, which the OSDI API then failed to serve).

const NOT_DAYS = ['2027-02-30', '2027-02-29', '2027-04-31', '2027-13-01', '2027-00-10', '0001-01-01', '1899-12-31', '9999-12-31', '2101-01-01', ' 2027-01-01', '2027-1-1', '20270101'];
const NOT_WALL_TIMES = ['9999-12-31T23:59', '2027-02-30T10:00', '0001-01-01T00:00', '0099-06-01T12:00', '2027-03-14T24:00', '2027-03-14T07:60', '2027-03-14 07:30', '2027-03-14'];
const NOT_INSTANTS = ['9999-12-31T23:59:00Z', '+010000-01-01T00:00:00Z', '2027-02-30T10:00:00-06:00', '0001-01-01T00:00:00Z', 'yesterday', '1e12', ''];

describe('one date schema for every way a date comes in', () => {
  it.each(NOT_DAYS)('refuses %j as a day', (v) => expect(ZDay.safeParse(v).success).toBe(false));
  it.each(NOT_WALL_TIMES)('refuses %j as a wall time', (v) => {
    expect(ZWallTime.safeParse(v).success).toBe(false);
    expect(wallTimeToUtc(v, CLOCK.timeZone)).toBeNull();
  });
  it.each(NOT_INSTANTS)('refuses %j as an instant', (v) => expect(ZInstant.safeParse(v).success).toBe(false));

  it('keeps real days and times as they were meant', () => {
    expect(ZDay.parse('2028-02-29')).toBe('2028-02-29');
    expect(ZDay.parse('1900-01-01')).toBe('1900-01-01');
    expect(ZWallTime.parse('2027-03-14T07:30').toISOString()).toBe('2027-03-14T12:30:00.000Z');
    expect(ZInstant.parse('2027-03-14T07:30:00-06:00').toISOString()).toBe('2027-03-14T13:30:00.000Z');
    expect(ZInstant.parse('2027-03-14T13:30:00.000Z').toISOString()).toBe('2027-03-14T13:30:00.000Z');
  });

  it('holds in the forms: a mobilization, a contact and its follow-up, a membership', () => {
    const mobilization = { name: 'Rally', kind: 'RALLY', goal: '10', goalUnit: 'PEOPLE' };
    for (const startsAt of NOT_WALL_TIMES) {
      const parsed = ZMobilizationForm.safeParse({ ...mobilization, startsAt });
      expect(parsed.success, startsAt).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['startsAt']);
    }
    expect(ZMobilizationForm.parse({ ...mobilization, startsAt: '2027-03-14T07:30' }).startsAt.toISOString()).toBe('2027-03-14T12:30:00.000Z');

    const contact = { kind: 'CALL', summary: 'Talked', personIds: '0190a8a4-0000-7000-8000-000000000001' };
    for (const occurredAt of ['0001-01-01T00:00:00Z', '2027-02-30T10:00:00Z', '9999-12-31T23:59:00Z']) {
      expect(ZLogInteractionInput.safeParse({ ...contact, occurredAt }).success, occurredAt).toBe(false);
    }
    for (const followUpOn of NOT_DAYS) expect(ZLogInteractionInput.safeParse({ ...contact, followUpOn }).success, followUpOn).toBe(false);

    const member = { circleId: '0190a8a4-0000-7000-8000-000000000001', personId: '0190a8a4-0000-7000-8000-000000000002' };
    for (const since of NOT_DAYS) expect(ZAddCircleMemberInput.safeParse({ ...member, since }).success, since).toBe(false);
  });

  it('holds in the OSDI API and in the URL', () => {
    for (const start_date of [...NOT_WALL_TIMES.filter((v) => v.includes('T')), ...NOT_INSTANTS]) {
      expect(ZOsdiEvent.safeParse({ title: 'Rally', start_date }).success, start_date).toBe(false);
    }
    expect(ZAuditParams.parse({ from: '2027-02-30', to: '0001-01-01' })).toMatchObject({ from: undefined, to: undefined });
  });
});
