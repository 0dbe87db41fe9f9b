import { cache } from 'react';
import type pg from 'pg';
import { db } from '@/lib/db/prisma';
import { canonicalTimeZone, dayOf, DEFAULT_TIME_ZONE, type TDay } from '@/lib/format/dates';
import { DEFAULT_PHONE_COUNTRY } from '@/lib/format/phone';

// The organization's clock, for the server: its zone (from the settings row) and what day it is
// there at a given moment. Pages, actions and data functions ask for it here and hand the zone
// and the day on; SQL gets the day as a parameter, never CURRENT_DATE or now()::date.
// No actor: like a clock on the wall, every signed-in page shows dates on it, and it holds
// nothing about anyone.

export type TOrgClock = {
  /** The IANA zone every "today" is on. */
  timeZone: string;
  /** The country of a phone number written without one (ISO 3166 alpha-2). */
  phoneCountry: string;
  /** The moment asked about. */
  now: Date;
  /** The organization's calendar day at `now`. */
  today: TDay;
};

type TClockSettings = Pick<TOrgClock, 'timeZone' | 'phoneCountry'>;

function fromRow(row: { timeZone: string; phoneCountry: string } | null | undefined): TClockSettings {
  // A zone this runtime cannot use (a row written by hand) falls back rather than breaking every page.
  return { timeZone: (row && canonicalTimeZone(row.timeZone)) ?? DEFAULT_TIME_ZONE, phoneCountry: row?.phoneCountry ?? DEFAULT_PHONE_COUNTRY };
}

/** The zone and phone country, read once per request (React's cache; outside a request, each call reads). */
const readClockSettings = cache(async (): Promise<TClockSettings> =>
  fromRow(await db.appSetting.findUnique({ where: { id: 1 }, select: { timeZone: true, phoneCountry: true } })),
);

/** The organization's clock at `now` (the moment of the request, unless a test hands one in). */
export async function orgClock(now: Date = new Date()): Promise<TOrgClock> {
  const settings = await readClockSettings();
  return { ...settings, now, today: dayOf(now, settings.timeZone) };
}

/** The same, read on a pg connection: for background work (imports) that runs outside a request. */
export async function orgClockOn(client: pg.PoolClient, now: Date = new Date()): Promise<TOrgClock> {
  const { rows } = await client.query<{ timeZone: string; phoneCountry: string }>(
    'SELECT time_zone AS "timeZone", phone_country AS "phoneCountry" FROM app_setting WHERE id = 1',
  );
  const settings = fromRow(rows[0]);
  return { ...settings, now, today: dayOf(now, settings.timeZone) };
}
