import { createFormatter } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { addDays, canonicalTimeZone, dateColumn, dayOf, dayOfColumn, endOfDay, formatDate, formatDateTime, formatDay, startOfDay, utcToWallTime, wallTimeToUtc } from '../../lib/format/dates';

const CHICAGO = 'America/Chicago';

// The organization's clock (its zone, here America/Chicago): one answer to "what day is it",
// wherever the server runs, and dates shown as the day they name.

describe('days in the organization’s time zone', () => {
  it('start at midnight in Chicago, in winter and in summer', () => {
    expect(startOfDay('2026-01-15', CHICAGO).toISOString()).toBe('2026-01-15T06:00:00.000Z');
    expect(startOfDay('2026-07-15', CHICAGO).toISOString()).toBe('2026-07-15T05:00:00.000Z');
    expect(endOfDay('2026-12-31', CHICAGO).toISOString()).toBe('2027-01-01T06:00:00.000Z');
  });

  it('are still yesterday in Chicago in the evening, when it is already tomorrow in UTC', () => {
    expect(dayOf(new Date('2026-12-08T00:30:00Z'), CHICAGO)).toBe('2026-12-07');
    expect(dayOf(new Date('2026-12-08T06:00:00Z'), CHICAGO)).toBe('2026-12-08');
    expect(dayOf(new Date('2026-12-08T00:30:00Z'), 'UTC')).toBe('2026-12-08');
  });

  it('are kept in a DATE column as midnight UTC, and read back as the same day', () => {
    expect(dateColumn('2026-03-09').toISOString()).toBe('2026-03-09T00:00:00.000Z');
    expect(dayOfColumn(dateColumn('2026-03-09'))).toBe('2026-03-09');
  });

  it('count forward and back over month ends, leap days and daylight saving', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 7)).toBe('2026-03-15');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -60)).toBe('2025-11-02');
  });
});

describe('the zone leadership sets', () => {
  it('is an IANA zone Intl knows, kept under its canonical name', () => {
    expect(canonicalTimeZone('America/Los_Angeles')).toBe('America/Los_Angeles');
    expect(canonicalTimeZone('america/chicago')).toBe('America/Chicago');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });

  it('moves the day: 11:30 p.m. in Los Angeles is already tomorrow in Chicago', () => {
    const late = new Date('2027-01-15T07:30:00Z');
    expect(dayOf(late, 'America/Los_Angeles')).toBe('2027-01-14');
    expect(dayOf(late, CHICAGO)).toBe('2027-01-15');
    expect(startOfDay('2027-01-15', 'America/Los_Angeles').toISOString()).toBe('2027-01-15T08:00:00.000Z');
  });
});

describe("a time on the organization's clock", () => {
  it('is read across daylight saving', () => {
    expect(wallTimeToUtc('2027-01-15T07:30', CHICAGO)?.toISOString()).toBe('2027-01-15T13:30:00.000Z'); // CST, UTC-6
    expect(wallTimeToUtc('2027-07-15T07:30', CHICAGO)?.toISOString()).toBe('2027-07-15T12:30:00.000Z'); // CDT, UTC-5
    expect(utcToWallTime(new Date('2027-07-15T12:30:00Z'), CHICAGO)).toBe('2027-07-15T07:30');
    expect(wallTimeToUtc('2027-07-15 07:30', CHICAGO)).toBeNull();
  });
});

describe('dates shown to the user', () => {
  const en = createFormatter({ locale: 'en', timeZone: 'UTC' });
  const es = createFormatter({ locale: 'es', timeZone: 'UTC' });

  it('show a calendar day as the day it names, in the user’s language', () => {
    expect(formatDay(en, '2026-03-09')).toBe('Mar 9, 2026');
    expect(formatDay(en, dateColumn('2026-03-09'))).toBe('Mar 9, 2026');
    expect(formatDay(es, '2026-03-09')).toBe('9 mar 2026');
  });

  it('show a moment on the organization’s clock, whatever zone the formatter was given', () => {
    const evening = new Date('2026-12-08T00:30:00Z');
    expect(formatDate(en, evening, CHICAGO)).toBe('Dec 7, 2026');
    expect(formatDateTime(en, evening, CHICAGO)).toBe('Dec 7, 2026, 6:30 PM');
  });

  it('without a zone, on the formatter’s own: next-intl’s, which the app configures with the organization’s', () => {
    const evening = new Date('2026-12-08T00:30:00Z');
    const losAngeles = createFormatter({ locale: 'en', timeZone: 'America/Los_Angeles' });
    expect(formatDate(losAngeles, evening)).toBe('Dec 7, 2026');
    expect(formatDateTime(losAngeles, evening)).toBe('Dec 7, 2026, 4:30 PM');
    expect(formatDateTime(en, evening)).toBe('Dec 8, 2026, 12:30 AM');
  });
});
