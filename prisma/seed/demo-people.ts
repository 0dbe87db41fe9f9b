import type { LadderStage, Role } from '../../lib/generated/prisma/enums';
import { LADDER } from '../../lib/vocabulary/ladder';
import { dayBefore, daysBetween, momentBefore, addDays } from '../../tests/factories/dates';
import { CITY, familyNameFor, pickOrigin, streetAddress, type TGender, type TOrigin } from '../../tests/factories/names';
import { buildPerson, type TPersonRow } from '../../tests/factories/people';
import type { TRandom } from '../../tests/factories/random';
import { DEMO_PEOPLE } from './demo-catalog';
import type { TPlaces, TSeedPrecinct } from './demo-places';

// The demo's people: households on the ward's blocks, a ladder that narrows from contacts to
// about forty leaders, and a membership that quadrupled over the last year.

export type TSeedPerson = {
  row: TPersonRow;
  origin: TOrigin;
  gender: TGender;
  household: number;
  youth: boolean;
  precinct: TSeedPrecinct | null;
  stage: LadderStage;
  enteredAt: Date;
  memberSince: Date | null;
  /** From when this person could bring others in (null: never has). */
  activeSince: Date | null;
  /** Whether a phone on record takes calls and texts: set with the contact details. */
  reach: { call: boolean; text: boolean };
};

export type TCast = Record<Role, TSeedPerson>;

const HOUSEHOLD_SIZES = [[1, 55], [2, 28], [3, 11], [4, 6]] as const;

function planHouseholds(rng: TRandom, places: TPlaces, n: number): TSeedPerson[] {
  const people: TSeedPerson[] = [];
  const weights = places.precincts.map((p) => [p, p.weight] as const);
  for (let household = 0; people.length < n; household++) {
    const precinct = rng.chance(0.02) ? null : rng.weighted(weights);
    const origin = pickOrigin(rng);
    const family = familyNameFor(rng, origin);
    const street = precinct ? streetAddress(rng, rng.pick(precinct.streets)) : null;
    const size = Math.min(rng.weighted(HOUSEHOLD_SIZES), n - people.length);
    for (let k = 0; k < size; k++) {
      const gender: TGender = rng.chance(0.55) ? 'f' : 'm';
      const youth = k >= 2 || (k === 1 && rng.chance(0.25));
      const nicknameOnly = !youth && rng.chance(0.02);
      // Married women in Latino families often keep their own surnames.
      const ownSurname = k === 1 && !youth && origin === 'latino' && rng.chance(0.4);
      const row = buildPerson(rng, {}, { origin, gender, nicknameOnly });
      if (row.familyName && !ownSurname) row.familyName = family;
      row.street = street;
      row.city = precinct ? CITY : null;
      row.postalCode = precinct?.postalCode ?? null;
      row.wardId = precinct?.row.wardId ?? null;
      row.precinctId = precinct?.row.id ?? null;
      if (youth && origin === 'latino' && rng.chance(0.6)) {
        row.preferredLanguage = 'en';
        row.languages = ['en', 'es'];
      }
      people.push({ row, origin, gender, household, youth, precinct, stage: 'CONTACT', enteredAt: new Date(0), memberSince: null, activeSince: null, reach: { call: false, text: false } });
    }
  }
  return people;
}

/** Stage counts for n people: many contacts and supporters, about 2% leaders. */
export function stageCounts(n: number): Record<LadderStage, number> {
  const LEADER = Math.max(3, Math.round(n * 0.02));
  const MEMBER = Math.max(3, Math.round(n * 0.1));
  const VOLUNTEER = Math.round(n * 0.13);
  const SUPPORTER = Math.round(n * 0.3);
  return { LEADER, MEMBER, VOLUNTEER, SUPPORTER, CONTACT: Math.max(0, n - LEADER - MEMBER - VOLUNTEER - SUPPORTER) };
}

function assignStages(rng: TRandom, people: TSeedPerson[]): void {
  const counts = stageCounts(people.length);
  // Strong precincts hold more of the members; young people and nickname-only records fewer.
  const scored = people.map((p) => ({
    p,
    score: rng.next() * (0.6 + 0.4 * (p.precinct?.strength ?? 0.5)) * (p.youth ? 0.7 : 1) * (p.row.givenName ? 1 : 0.6),
  }));
  scored.sort((a, b) => b.score - a.score);
  const order = [...LADDER].reverse();
  let i = 0;
  for (const stage of order) {
    for (let k = 0; k < counts[stage]; k++, i++) {
      const entry = scored[i];
      if (entry) entry.p.stage = stage;
    }
  }
  for (const p of people) {
    if (p.stage === 'CONTACT' || p.stage === 'SUPPORTER') continue;
    // Someone active with the organization has agreed to hear from it.
    p.row.doNotContact = false;
    p.row.contactConsent = true;
  }
}

function assignDates(rng: TRandom, people: TSeedPerson[], now: Date): void {
  const joined = people
    .filter((p) => p.stage === 'MEMBER' || p.stage === 'LEADER')
    .map((p) => ({ p, key: rng.next() + (p.stage === 'LEADER' ? 0.6 : 0) }))
    .sort((a, b) => b.key - a.key);
  // A quarter joined more than a year ago: membership grew about fourfold in the last year.
  const older = Math.round(joined.length * 0.25);
  const days = joined
    .map((_, i) => (i < older ? rng.int(366, 730) : 1 + Math.floor(364 * rng.next() ** 1.15)))
    .sort((a, b) => b - a);
  joined.forEach(({ p }, i) => {
    p.memberSince = dayBefore(now, days[i] ?? 0);
  });
  for (const p of people) {
    const entered = p.memberSince
      ? Math.min(1095, daysBetween(p.memberSince, now) + rng.int(14, 365))
      : 1 + Math.floor(1000 * rng.next() ** 1.4);
    p.enteredAt = momentBefore(now, entered, rng.int(780, 1380));
    const volunteerFrom = addDays(p.enteredAt, 45);
    p.activeSince = p.memberSince ?? (p.stage === 'VOLUNTEER' && volunteerFrom < now ? volunteerFrom : null);
  }
}

function castDemoPeople(people: TSeedPerson[], now: Date): TCast {
  // The longest-standing leaders who live in the home ward; any leader in a tiny demo.
  const home = (p: TSeedPerson) => (p.precinct?.wardNumber === 25 ? 0 : 1);
  const byMembership = people
    .filter((p) => p.stage === 'LEADER')
    .sort((a, b) => home(a) - home(b) || (a.memberSince?.getTime() ?? 0) - (b.memberSince?.getTime() ?? 0));
  const member =
    people.find((p) => p.stage === 'MEMBER' && p.precinct?.wardNumber === 25 && p.memberSince &&
      daysBetween(p.memberSince, now) >= 150 && daysBetween(p.memberSince, now) <= 300) ??
    people.find((p) => p.stage === 'MEMBER');
  const admin = byMembership[0];
  const coordinator = byMembership[1];
  if (!admin || !coordinator || !member) throw new Error('the demo needs at least two leaders and a member');
  const cast: TCast = { ADMIN: admin, COORDINATOR: coordinator, MEMBER: member };
  for (const spec of DEMO_PEOPLE) {
    const p = cast[spec.role];
    Object.assign(p.row, {
      givenName: spec.givenName,
      familyName: spec.familyName,
      preferredName: spec.preferredName,
      pronouns: spec.pronouns,
      preferredLanguage: spec.preferredLanguage,
      languages: spec.languages,
      doNotContact: false,
      contactConsent: true,
    });
    p.origin = 'latino';
    p.youth = false;
  }
  return cast;
}

/** People in the order they came in, so a recruiter always precedes the people they recruited. */
export function planPeople(rng: TRandom, places: TPlaces, n: number, now: Date): { people: TSeedPerson[]; cast: TCast } {
  const people = planHouseholds(rng, places, n);
  assignStages(rng, people);
  assignDates(rng, people, now);
  people.sort((a, b) => a.enteredAt.getTime() - b.enteredAt.getTime());
  return { people, cast: castDemoPeople(people, now) };
}
