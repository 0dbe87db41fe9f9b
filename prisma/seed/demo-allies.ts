import type { Prisma } from '../../lib/generated/prisma/client';
import type { Role } from '../../lib/generated/prisma/enums';
import { dayBefore } from '../../tests/factories/dates';
import { buildAffiliation, type TAffiliationRow } from '../../tests/factories/network';
import { ladderRank } from '../../lib/vocabulary/ladder';
import { weightedSample, type TRandom } from '../../tests/factories/random';
import { ORGANIZATIONS, TAGS, type TOrganizationKey, type TTag } from './demo-catalog';
import type { TCircles } from './demo-circles';
import type { TCast, TSeedPerson } from './demo-people';
import type { TPlaces } from './demo-places';

// The united front: allied organizations with their point people, the coordinator's scope
// over part of the ward, and the tags that say what people can offer.

export type TOrganizationRow = Prisma.OrganizationCreateManyInput & { id: string; name: string };
export type TScopeRow = Prisma.ScopeCreateManyInput & { id: string };
export type TTagRow = Prisma.TagCreateManyInput & { id: string; name: TTag };
export type TPersonTagRow = Prisma.PersonTagCreateManyInput;
export type TSeedOrganization = { row: TOrganizationRow; key: TOrganizationKey; members: TSeedPerson[] };

type TUserIds = Record<Role, string>;

export function planOrganizations(rng: TRandom, people: TSeedPerson[], circles: TCircles, users: TUserIds, now: Date) {
  const scale = people.length / 2000;
  const inCircle = (key: 'union' | 'faith' | 'lsc' | 'youth') => new Set(circles.byKey.get(key)?.members ?? []);
  const union = inCircle('union');
  const faith = inCircle('faith');
  const lsc = inCircle('lsc');
  const households = new Set(people.filter((p) => p.youth).map((p) => p.household));
  const rank = (p: TSeedPerson) => ladderRank(p.stage) + 1;
  const adult = (p: TSeedPerson) => (p.youth ? 0 : 1);

  // Where each ally's people are found, and about how many of them the ward knows.
  const pools: Record<TOrganizationKey, [number, (p: TSeedPerson) => number]> = {
    neighbors: [25, (p) => adult(p) * rank(p) * (p.precinct?.wardNumber === 25 ? 1 : 0.2)],
    // Renters: the records with a flat in their address.
    tenants: [30, (p) => adult(p) * (/ (Apt|Rear)/.test(p.row.street ?? '') ? 6 : 1)],
    local: [20, (p) => (union.has(p) ? 20 : 0.1 * adult(p))],
    parish: [25, (p) => (faith.has(p) ? 20 : 0.3 * adult(p))],
    parents: [20, (p) => (lsc.has(p) ? 20 : households.has(p.household) ? adult(p) : 0)],
    air: [10, (p) => adult(p) * rank(p)],
    club12: [8, (p) => (p.precinct?.wardNumber === 12 ? 20 : 0.05)],
    soccer: [15, (p) => (households.has(p.household) ? 1 : 0)],
  };

  const organizations: TSeedOrganization[] = [];
  const affiliations: TAffiliationRow[] = [];
  for (const spec of ORGANIZATIONS) {
    const [size, weight] = pools[spec.key];
    const members = weightedSample(rng, people.map((p) => [p, weight(p)] as const), Math.max(2, Math.round(size * scale)));
    const createdAt = dayBefore(now, rng.int(300, 800));
    const row: TOrganizationRow = {
      id: rng.uuid(),
      name: spec.name,
      kind: spec.kind,
      closeness: spec.closeness,
      ownerUserId: users[spec.owner],
      agreementNotes: spec.agreementNotes,
      disagreementNotes: spec.disagreementNotes,
      createdAt,
      updatedAt: createdAt,
    };
    organizations.push({ row, key: spec.key, members });
    // One or two point people on their side, from among those the ward knows best.
    const points = new Set(rng.sample([...members].sort((a, b) => rank(b) - rank(a)).slice(0, 5), rng.int(1, 2)));
    const lead = spec.roles.slice(0, 2);
    const everyone = spec.roles.map((r, i) => [r, i === spec.roles.length - 1 ? 4 : 1.5] as const);
    for (const p of members) {
      const isPointPerson = points.has(p);
      affiliations.push(buildAffiliation(rng, row.id, p.row.id, { isPointPerson, role: isPointPerson ? rng.pick(lead) : rng.weighted(everyone) }));
    }
  }
  return { organizations, affiliations };
}

/** The coordinator's assignment: the hometown club, the school council, one ally, two precincts. */
export function planScopes(rng: TRandom, circles: TCircles, organizations: TSeedOrganization[], cast: TCast, places: TPlaces, userId: string): TScopeRow[] {
  const home = places.precincts.filter((p) => p.wardNumber === 25);
  const own = cast.COORDINATOR.precinct;
  const at = own && own.wardNumber === 25 ? home.indexOf(own) : 0;
  const next = home[at + 1] ?? home[at - 1];
  const precincts = [home[at], next].filter((p) => p !== undefined);
  const scope = (fields: Omit<TScopeRow, 'id' | 'userId'>): TScopeRow => ({ id: rng.uuid(), userId, ...fields });
  const rows: TScopeRow[] = [];
  for (const key of ['club', 'lsc'] as const) {
    const circle = circles.byKey.get(key);
    if (circle) rows.push(scope({ kind: 'CIRCLE', circleId: circle.row.id }));
  }
  const tenants = organizations.find((o) => o.key === 'tenants');
  if (tenants) rows.push(scope({ kind: 'ORGANIZATION', organizationId: tenants.row.id }));
  for (const p of precincts) rows.push(scope({ kind: 'PRECINCT', precinctId: p.row.id }));
  return rows;
}

/** Tags for what people do, given mostly to those already active, some from their circles and allies. */
export function planTags(rng: TRandom, people: TSeedPerson[], circles: TCircles, tenantAffiliations: TAffiliationRow[]) {
  const tags: TTagRow[] = TAGS.map((name) => ({ id: rng.uuid(), name }));
  const tagId = new Map(tags.map((t) => [t.name, t.id]));
  const seen = new Set<string>();
  const personTags: TPersonTagRow[] = [];
  const give = (personId: string, name: TTag) => {
    const id = tagId.get(name);
    if (!id || seen.has(`${personId}|${id}`)) return;
    seen.add(`${personId}|${id}`);
    personTags.push({ personId, tagId: id });
  };
  for (const p of circles.byKey.get('lsc')?.members ?? []) if (!p.youth) give(p.row.id, 'lsc-parent');
  for (const a of tenantAffiliations) if (a.isPointPerson || a.role === 'building rep') give(a.personId, 'tenant-leader');
  const skills: readonly TTag[] = ['cook', 'phone-banker', 'canvasser', 'social-media', 'first-aid', 'sign-maker', 'driver', 'childcare-volunteer'];
  for (const p of people) {
    const active = ladderRank(p.stage) >= 2;
    if (p.stage === 'LEADER' ? rng.chance(0.3) : p.stage === 'MEMBER' && rng.chance(0.05)) give(p.row.id, 'bus-captain');
    const languages = Array.isArray(p.row.languages) ? p.row.languages : [];
    if (active && languages.includes('es') && languages.includes('en') && rng.chance(0.3)) give(p.row.id, 'spanish-interpreter');
    for (const skill of skills) if (rng.chance(active ? 0.09 : 0.015)) give(p.row.id, skill);
  }
  return { tags, personTags };
}
