import type { LadderStage, Role } from '../../lib/generated/prisma/enums';
import { buildLadderChanges, type TLadderChangeRow } from '../../tests/factories/network';
import { ladderRank } from '../../lib/vocabulary/ladder';
import { buildContacts, buildEmail, textable, type TEmailRow, type TPhoneRow } from '../../tests/factories/people';
import type { TRandom } from '../../tests/factories/random';
import { DEMO_LOGINS } from './demo-logins';
import type { TCast, TSeedPerson } from './demo-people';

// Who brought whom in, and the records that follow from it: each person's contact details and
// the ladder history whose steps credit their recruiter.

// Leaders recruit most; members a fair share; volunteers now and then.
const RECRUITER_WEIGHT: Record<LadderStage, number> = { LEADER: 6, MEMBER: 2.5, VOLUNTEER: 0.4, SUPPORTER: 0, CONTACT: 0 };

const SOURCES = [
  ['door-knock', 30], ['festival-signup', 15], ['school-pickup', 12], ['parish-festival', 10],
  ['tenant-meeting', 12], ['rally-signup', 8], ['spreadsheet-import', 13],
] as const;

const PERSON_NOTES: readonly string[] = [
  'Prefers calls after 6 pm.',
  'Works nights: text first.',
  'Has a van; can drive to actions.',
  'Interprets at the LSC meetings.',
  'Bakes for every fundraiser.',
  'Knows every family on the block.',
  'Prefiere que le hablen en español.',
  'Cuida a sus nietos por las tardes; mejor en la mañana.',
];

/**
 * Sets recruitedBy for most people. A recruiter always comes earlier in `people` (and was
 * active before the recruit came in), so the chains have no cycles and insert in order.
 * The demo member recruits exactly the five people returned.
 */
export function assignRecruiters(rng: TRandom, people: TSeedPerson[], cast: TCast): TSeedPerson[] {
  const member = cast.MEMBER;
  const recruitsOf = new Map<TSeedPerson, number>();
  people.forEach((p, i) => {
    const candidates: [TSeedPerson, number][] = [];
    for (let j = 0; j < i; j++) {
      const q = people[j];
      if (!q || q === member || !q.activeSince || q.activeSince > p.enteredAt) continue;
      let w = RECRUITER_WEIGHT[q.stage];
      if (w === 0) continue;
      // Most people come in through family first, then through neighbours.
      if (q.household === p.household) w *= 8;
      else if (q.precinct && q.precinct === p.precinct) w *= 3;
      // Everyone's circle of acquaintance runs out: each recruit makes the next less likely.
      candidates.push([q, w / (1 + (recruitsOf.get(q) ?? 0) / 6)]);
    }
    const recruited = candidates.length > 0 && rng.chance(ladderRank(p.stage) >= 2 ? 0.75 : 0.55);
    const recruiter = recruited ? rng.weighted(candidates) : null;
    if (recruiter) recruitsOf.set(recruiter, (recruitsOf.get(recruiter) ?? 0) + 1);
    p.row.recruitedById = recruiter?.row.id ?? null;
    p.row.source = recruited ? 'referral' : rng.weighted(SOURCES);
  });

  const castSet = new Set<TSeedPerson>(Object.values(cast));
  const from = people.indexOf(member);
  const joinedAt = member.memberSince ?? member.enteredAt;
  const options = people.filter((p, i) => i > from && !castSet.has(p) && ladderRank(p.stage) <= 2 && p.enteredAt > joinedAt);
  const recruits = rng.sample(options, 5);
  for (const r of recruits) {
    r.row.recruitedById = member.row.id;
    r.row.source = 'referral';
  }
  return recruits;
}

export type TPersonRecords = { emails: TEmailRow[]; phones: TPhoneRow[]; ladderChanges: TLadderChangeRow[] };

/** Completes each person's row and builds their emails, phones and ladder history. */
export function buildPersonRecords(rng: TRandom, people: TSeedPerson[], cast: TCast, now: Date): TPersonRecords {
  const out: TPersonRecords = { emails: [], phones: [], ladderChanges: [] };
  const taken = { emails: new Set(DEMO_LOGINS.map((l) => l.email)), phones: new Set<string>() };
  const loginOf = new Map<TSeedPerson, string>();
  for (const login of DEMO_LOGINS) loginOf.set(cast[login.role], login.email);

  for (const p of people) {
    const row = p.row;
    row.ladderStage = p.stage;
    row.memberSince = p.memberSince;
    row.createdAt = p.enteredAt;
    if (rng.chance(0.08)) row.notes = rng.pick(PERSON_NOTES);

    const login = loginOf.get(p);
    const contacts = buildContacts(rng, row, taken, login ? { email: 0, phone: 1 } : { email: p.youth ? 0.5 : 0.6, phone: 0.8 });
    // A demo user's sign-in address is also the primary address on their own record.
    if (login) out.emails.push(buildEmail(rng, row.id, login, { status: 'SUBSCRIBED' }, row.createdAt instanceof Date ? row.createdAt : undefined));
    out.emails.push(...contacts.emails);
    out.phones.push(...contacts.phones);
    p.reach = {
      call: contacts.phones.some((ph) => !ph.doNotCall),
      text: contacts.phones.some(textable),
    };

    const steps = buildLadderChanges(rng, {
      personId: row.id,
      stage: p.stage,
      enteredAt: p.enteredAt,
      memberSince: p.memberSince,
      now,
      creditedId: row.recruitedById ?? null,
    });
    out.ladderChanges.push(...steps);
    row.updatedAt = steps.reduce((latest, s) => (s.changedAt > latest ? s.changedAt : latest), p.enteredAt);
  }
  return out;
}

/**
 * Who typed whom into Leaven: the demo member added two of their recruits ("my people"), and
 * the coordinator a handful of recent contacts, some outside her assigned circles and precincts.
 */
export function assignAddedBy(rng: TRandom, people: TSeedPerson[], cast: TCast, memberRecruits: TSeedPerson[], users: Record<Role, string>, now: Date): void {
  for (const p of memberRecruits.slice(0, 2)) p.row.addedByUserId = users.MEMBER;
  const castSet = new Set<TSeedPerson>(Object.values(cast));
  const recent = people.filter(
    (p) => !castSet.has(p) && !p.row.addedByUserId && ladderRank(p.stage) <= 1 && now.getTime() - p.enteredAt.getTime() < 200 * 86_400_000,
  );
  for (const p of rng.sample(recent, Math.max(2, Math.round(people.length / 100)))) p.row.addedByUserId = users.COORDINATOR;
}
