import type pg from 'pg';
import type { TActor } from '../../lib/access/actor';
import type { TPersonRef } from '../../lib/data/profile/sql';
import type { getPersonProfile as TGetPersonProfile, TPersonProfile } from '../../lib/data/profile/profile';
import type { TRawInteractionItem } from '../../lib/data/interactions/items';
import { isAppError } from '../../lib/errors';
import { displayName } from '../../lib/format/person-name';
import { handProfile, type THandProfile } from './profile-hand-sql';
import { race, type TSamples } from './measure';

// The person profile's data (getPersonProfile, five round trips, four of them side by side)
// against one hand-written statement for the same data (profile-hand-sql.ts), for 50 people as
// leadership and 50 people in the coordinator's scope, interleaved. A run stops if the two ever
// return different facts (a projection: ids, names, counts, order), or disagree on who is out of scope.
// The synthetic organization has no recruiters or ladder history: those parts are compared empty.

type TFactsOf = Pick<TPersonProfile, 'person' | 'ties' | 'recruitment' | 'network' | 'timeline'>;

const name = (r: TPersonRef | null | undefined) => (r ? `${r.id} ${r.preferredName ?? r.givenName ?? ''} ${r.familyName ?? ''}` : '-');

/** What both sides must agree on. Lists the app aggregates in no particular order are sorted. */
function facts({ person: p, ties, recruitment: rec, network: n, timeline: t }: TFactsOf): Record<string, unknown> {
  return {
    person: [name(p), p.ladderStage, p.precinct ? `${p.precinct.ward.number}-${p.precinct.number}` : '-', name(p.recruitedBy)],
    contacts: [...p.emails.map((e) => e.email), ...p.phones.map((ph) => ph.e164)],
    tags: p.tags.map((x) => x.tag.name),
    ladder: ties.ladder.map((s) => `${s.id} ${s.toStage} ${name(s.credited)}`),
    circles: ties.circles.map((c) => `${c.id} ${c.name} ${c.role}`),
    organizations: ties.organizations.map((o) => `${o.id} ${o.name} ${o.isPointPerson}`),
    relationships: ties.relationships.map((r) => `${r.id} ${r.strength} ${name(r.other)} ${r.other.ladderStage}`),
    chain: rec.chain.map((c) => `${c.depth} ${name(c)}`),
    downline: [rec.downlineTotal, ...rec.downline.map((d) => `${d.depth} ${name(d)} < ${d.recruitedById}`)],
    people1: n.people1.map((x) => `${name(x)} ${x.strength} ${x.kind}`),
    circles1: n.circles1.map((c) => `${c.id} ${c.name}`),
    links1: n.links1.map((l) => `${l.a}-${l.b} ${l.strength}`).sort(),
    memberships1: n.memberships1.map((m) => `${m.personId}@${m.circleId}`).sort(),
    people2: [n.people2Total, ...n.people2.map((x) => `${name(x)} < ${x.via.map((v) => v.id).join(',')}`)],
    circles2: [n.circles2Total, ...n.circles2.map((c) => `${c.id} < ${c.via.join(',')}`)],
    timeline: t && [t.total, ...t.items.map((i) => `${i.id} ${i.loggedBy.name} ${i.organization?.id ?? '-'} ${i.circle?.id ?? '-'} [${i.people.map((q) => `${q.id} ${q.name}`).join('; ')}] ${i.otherPeople}`)],
    openFollowUps: t?.openFollowUps.map((i) => i.id),
  };
}

// The hand row in the app's shape, for facts() only: its dates are still strings.
function handView(r: THandProfile): TFactsOf {
  const person = { ...r, givenName: r.given_name, familyName: r.family_name, preferredName: r.preferred_name, ladderStage: r.ladder_stage, recruitedBy: r.recruited_by };
  const recruitment = { chain: r.chain, downline: r.downline, downlineTotal: r.downline_total };
  const network = { ...r, people2Total: r.people2_total, circles2Total: r.circles2_total };
  // The list items as the app shapes them (lib/data/interactions/items.ts): names, and the people not named counted.
  const items = (r.items as TRawInteractionItem[]).map((i) => ({
    ...i,
    loggedBy: { name: i.loggedBy.person ? displayName(i.loggedBy.person) : i.loggedBy.email },
    people: i.people.map((p) => ({ id: p.id, name: displayName(p) })),
    otherPeople: i.involved - i.people.length,
  }));
  const timeline = { items, total: r.timeline_total, openFollowUps: r.open_follow_ups };
  return { person, ties: r, recruitment, network, timeline } as unknown as TFactsOf;
}

/** Where the app's profile and the hand SQL's row first differ in facts, or null where they agree. */
export function profileDifference(appProfile: TPersonProfile, handRow: THandProfile): string | null {
  const [a, b] = [facts(appProfile), facts(handView(handRow))];
  for (const key of Object.keys(a)) {
    const [x, y] = [JSON.stringify(a[key]), JSON.stringify(b[key])];
    if (x !== y) return `${key}: app ${x.slice(0, 300)} / hand ${y.slice(0, 300)}`;
  }
  return null;
}

export type TProfileResult = { actor: string; people: number; app: TSamples; hand: TSamples };

async function profileIds(client: pg.Client, actor: TActor): Promise<string[]> {
  const { rows } =
    actor.role === 'ADMIN'
      ? await client.query<{ id: string }>('SELECT id FROM person WHERE deleted_at IS NULL ORDER BY id LIMIT 50')
      : await client.query<{ id: string }>(
          `SELECT DISTINCT p.id FROM circle_membership m JOIN person p ON p.id = m.person_id
            WHERE m.circle_id = ANY($1::uuid[]) AND p.deleted_at IS NULL ORDER BY p.id LIMIT 50`,
          [actor.scope.circleIds],
        );
  return rows.map((r) => r.id);
}

/** Both sides must also refuse alike: the app with NotFound, the hand SQL with no row. */
async function checkOutOfScope(client: pg.Client, getPersonProfile: typeof TGetPersonProfile, actor: TActor, ids: string[]) {
  for (const id of ids) {
    if (await handProfile(client, actor, id)) continue;
    const app = await getPersonProfile(actor, id).then(() => 'a profile', (e: unknown) => (isAppError(e, 'NOT_FOUND') ? null : String(e)));
    if (app) throw new Error(`profile ${id}: the hand SQL finds it out of scope, the data layer answers ${app}`);
    return;
  }
  throw new Error(`none of ${ids.length} people is out of the ${actor.role.toLowerCase()}'s scope: nothing to check the refusal with`);
}

export async function benchProfile(client: pg.Client, getPersonProfile: typeof TGetPersonProfile, actors: Record<string, TActor>, runs: number): Promise<TProfileResult[]> {
  const results: TProfileResult[] = [];
  const everyone = await profileIds(client, actors.leadership!);
  for (const [who, actor] of Object.entries(actors)) {
    if (actor.role !== 'ADMIN') await checkOutOfScope(client, getPersonProfile, actor, everyone);
    const ids = await profileIds(client, actor);
    const app: TSamples = [];
    const hand: TSamples = [];
    for (const id of ids) {
      const r = await race<TPersonProfile | THandProfile | null>({ app: () => getPersonProfile(actor, id), hand: () => handProfile(client, actor, id) }, runs);
      const handRow = r.handResult as THandProfile | null;
      if (!handRow) throw new Error(`profile ${id} (${who}): the hand SQL finds no one, the data layer a profile`);
      const diff = profileDifference(r.appResult as TPersonProfile, handRow);
      if (diff) throw new Error(`profile ${id} (${who}): the data layer and the hand SQL disagree on ${diff}`);
      app.push(...r.app);
      hand.push(...r.hand);
    }
    results.push({ actor: who, people: ids.length, app, hand });
  }
  return results;
}
