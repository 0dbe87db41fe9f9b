import { DEFAULT_TIME_ZONE } from '@/lib/format/dates';
import { DEFAULT_PHONE_COUNTRY } from '@/lib/format/phone';

/**
 * What reading a date or a phone number depends on: the organization's time zone and the country
 * of a number written without one (Admin → Settings). The server reads them once per request
 * (lib/data/admin/clock.ts) and hands them to the schemas that need them.
 */
export type TOrgLocale = { timeZone: string; phoneCountry: string };

/** The settings' defaults (and the demo's). */
export const DEFAULT_ORG_LOCALE: TOrgLocale = { timeZone: DEFAULT_TIME_ZONE, phoneCountry: DEFAULT_PHONE_COUNTRY };
