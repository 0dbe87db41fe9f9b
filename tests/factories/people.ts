import type { Prisma } from '../../lib/generated/prisma/client';
import type { VoterStatus } from '../../lib/generated/prisma/enums';
import {
  CITY, POSTAL_CODES, NICKNAMES_ALONE, diminutiveOf, familyNameFor, givenNameFor, pickOrigin, slug,
  streetAddress, type TGender, type TOrigin,
} from './names';
import { hashSeed, type TRandom } from './random';

// Builders of plain rows for Prisma createMany, shared by the tests and the demo seed. Every
// id is generated here (not by the database), so callers can link rows before inserting them.

export type TPersonRow = Prisma.PersonCreateManyInput & { id: string };
export type TEmailRow = Prisma.PersonEmailCreateManyInput & { id: string };
export type TPhoneRow = Prisma.PersonPhoneCreateManyInput & { id: string };

export type TPersonTraits = {
  origin?: TOrigin;
  gender?: TGender;
  /** Only a nickname: no given or family name. */
  nicknameOnly?: boolean;
};

// Non-voters are ordinary records: the flag says nothing about why, and nothing else is kept.
const VOTER_WEIGHTS: readonly (readonly [VoterStatus, number])[] = [['YES', 45], ['NO', 35], ['UNKNOWN', 20]];

export function languagesFor(rng: TRandom, origin: TOrigin): { preferredLanguage: string; languages: string[] } {
  const own: Partial<Record<TOrigin, string>> = { polish: 'pl', chinese: 'zh', arab: 'ar' };
  if (origin === 'latino') {
    if (rng.chance(0.8)) return { preferredLanguage: 'es', languages: rng.chance(0.45) ? ['es', 'en'] : ['es'] };
    return { preferredLanguage: 'en', languages: rng.chance(0.7) ? ['en', 'es'] : ['en'] };
  }
  const home = own[origin];
  if (home && rng.chance(0.45)) return { preferredLanguage: home, languages: [home, 'en'] };
  if (home) return { preferredLanguage: 'en', languages: ['en', home] };
  return { preferredLanguage: 'en', languages: rng.chance(0.2) ? ['en', 'es'] : ['en'] };
}

function pronounsFor(rng: TRandom, gender: TGender, language: string): string | null {
  if (!rng.chance(0.12)) return null;
  if (rng.chance(0.04)) return language === 'es' ? 'elle' : 'they/them';
  if (language === 'es') return gender === 'f' ? 'ella' : 'él';
  return gender === 'f' ? 'she/her' : 'he/him';
}

export function buildPerson(rng: TRandom, overrides: Partial<TPersonRow> = {}, traits: TPersonTraits = {}): TPersonRow {
  const origin = traits.origin ?? pickOrigin(rng);
  const gender = traits.gender ?? (rng.chance(0.55) ? 'f' : 'm');
  const langs = languagesFor(rng, origin);
  const givenName = traits.nicknameOnly ? null : givenNameFor(rng, origin, gender);
  const familyName = traits.nicknameOnly || rng.chance(0.02) ? null : familyNameFor(rng, origin);
  const short = givenName ? diminutiveOf(givenName) : undefined;
  const preferredName = traits.nicknameOnly
    ? rng.pick(NICKNAMES_ALONE)
    : short && rng.chance(0.5) ? short : null;
  const doNotContact = rng.chance(0.03);
  return {
    id: rng.uuid(),
    givenName,
    familyName,
    preferredName,
    pronouns: pronounsFor(rng, gender, langs.preferredLanguage),
    preferredLanguage: langs.preferredLanguage,
    languages: langs.languages,
    street: streetAddress(rng),
    city: CITY,
    postalCode: rng.pick(POSTAL_CODES),
    ladderStage: 'CONTACT',
    registeredVoter: rng.weighted(VOTER_WEIGHTS),
    contactConsent: !doNotContact && rng.chance(0.88),
    doNotContact,
    ...overrides,
  };
}

/** A unique, lower-case address at a reserved domain (RFC 2606), never a real mailbox. */
export function emailAddressFor(rng: TRandom, person: Pick<TPersonRow, 'givenName' | 'familyName' | 'preferredName'>, taken: Set<string>): string {
  const first = slug(person.givenName ?? person.preferredName ?? 'vecina') || 'vecina';
  const last = slug((person.familyName ?? '').split(' ')[0] ?? '');
  const domain = rng.chance(0.7) ? 'example.org' : 'example.net';
  const styles = last ? [`${first}.${last}`, `${first}${last}`, `${first[0]}${last}`, `${first}_${last}`] : [first];
  const base = rng.pick(styles);
  let local = rng.chance(0.4) ? `${base}${rng.int(1, 99)}` : base;
  while (taken.has(`${local}@${domain}`)) local = `${base}${rng.int(1, 9999)}`;
  const address = `${local}@${domain}`;
  taken.add(address);
  return address;
}

/** A unique North American number in the 555 exchange of a Chicago area code: E.164, never a real line. */
export function phoneNumberFor(rng: TRandom, taken: Set<string>): string {
  let e164: string;
  do {
    const area = rng.weighted([['773', 60], ['312', 25], ['872', 15]] as const);
    e164 = `+1${area}555${String(rng.int(0, 9999)).padStart(4, '0')}`;
  } while (taken.has(e164));
  taken.add(e164);
  return e164;
}

// Consent in all three states, as a real organization's records hold it: some asked and
// answered (with when and how), many never asked. The split that is not drawn from `rng` comes
// from a hash of the address or number, so adding it left every other random choice as it was.
const ANSWERED_AT = new Date('2026-01-15T17:00:00Z');
const HOW = ['FORM', 'FORM', 'IMPORT', 'SELF'] as const;
const third = (text: string) => hashSeed(text) % 3;

/** An answer recorded when and how, or (unknown) with neither: the database's check. */
function recorded<T extends string>(answer: T, unknown: T, text: string, at: Date | undefined) {
  return answer === unknown ? { at: null, how: null } : { at: at ?? ANSWERED_AT, how: HOW[hashSeed(`how:${text}`) % HOW.length]! };
}

/** `at`: when an answer was recorded (the person's first day, in the demo). */
export function buildEmail(rng: TRandom, personId: string, email: string, overrides: Partial<TEmailRow> = {}, at?: Date): TEmailRow {
  // The draws in the order they always were (id, then the opt-out), whatever is overridden.
  const id = rng.uuid();
  const optedOut = rng.chance(0.1);
  const address = email.toLowerCase();
  const status = overrides.status ?? (optedOut ? 'UNSUBSCRIBED' : third(address) === 0 ? 'UNKNOWN' : 'SUBSCRIBED');
  const r = recorded(status, 'UNKNOWN', address, at);
  return { id, personId, email: address, isPrimary: true, ...overrides, status, statusAt: r.at, statusHow: r.how };
}

export function buildPhone(rng: TRandom, personId: string, e164: string, overrides: Partial<TPhoneRow> = {}, at?: Date): TPhoneRow {
  const id = rng.uuid();
  const noTexts = rng.chance(0.1);
  const doNotCall = rng.chance(0.05);
  const smsConsent = overrides.smsConsent ?? (noTexts ? 'NO' : third(e164) === 0 ? 'UNKNOWN' : 'YES');
  const type = overrides.type ?? (third(`type:${e164}`) === 0 ? 'UNKNOWN' : 'MOBILE');
  const r = recorded(smsConsent, 'UNKNOWN', e164, at);
  return { id, personId, e164, doNotCall, isPrimary: true, ...overrides, type, smsConsent, smsConsentAt: r.at, smsConsentHow: r.how };
}

/** Whether texting the number is for the organization to try: not refused, not a landline, not "do not call". */
export const textable = (ph: Pick<TPhoneRow, 'smsConsent' | 'type' | 'doNotCall'>) => ph.smsConsent !== 'NO' && ph.type !== 'LANDLINE' && !ph.doNotCall;

export type TContactRates = { email: number; phone: number };

/** Emails and phones for one person: a primary of each at the given rates, sometimes a second. */
export function buildContacts(
  rng: TRandom,
  person: TPersonRow,
  taken: { emails: Set<string>; phones: Set<string> },
  rates: TContactRates = { email: 0.6, phone: 0.8 },
): { emails: TEmailRow[]; phones: TPhoneRow[] } {
  const emails: TEmailRow[] = [];
  const phones: TPhoneRow[] = [];
  const at = person.createdAt instanceof Date ? person.createdAt : undefined;
  if (rng.chance(rates.email)) {
    emails.push(buildEmail(rng, person.id, emailAddressFor(rng, person, taken.emails), {}, at));
    if (rng.chance(0.06)) emails.push(buildEmail(rng, person.id, emailAddressFor(rng, person, taken.emails), { isPrimary: false }, at));
  }
  if (rng.chance(rates.phone)) {
    phones.push(buildPhone(rng, person.id, phoneNumberFor(rng, taken.phones), {}, at));
    // A second line is usually the house phone: a landline, nobody asked about texts.
    if (rng.chance(0.1)) phones.push(buildPhone(rng, person.id, phoneNumberFor(rng, taken.phones), { isPrimary: false, type: 'LANDLINE', smsConsent: 'UNKNOWN' }, at));
  }
  return { emails, phones };
}
