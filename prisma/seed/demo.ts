import { hashPassword } from '../../lib/data/account/password';
import type { PrismaClient } from '../../lib/db/create-client';
import type { Prisma } from '../../lib/generated/prisma/client';
import type { Role } from '../../lib/generated/prisma/enums';
import { startOfUtcDay } from '../../tests/factories/dates';
import { createRandom } from '../../tests/factories/random';
import { planOrganizations, planScopes, planTags } from './demo-allies';
import { DEMO_SEED } from './demo-catalog';
import { planCircles } from './demo-circles';
import { planInteractions } from './demo-interactions';
import { planElectionResults } from './demo-elections';
import { planMobilizations } from './demo-mobilizations';
import { DEMO_LOGINS } from './demo-logins';
import { planPeople } from './demo-people';
import { planPlaces } from './demo-places';
import { assignAddedBy, assignRecruiters, buildPersonRecords } from './demo-recruiting';
import { planRelationships } from './demo-ties';

// The demo organization: a fictional 25th Ward IPO with its people, circles, allies, ties and a
// year of logged contact, plus one sign-in per role. Who is who is fixed by the seed; dates
// count back from today, so the demo always looks current.

export type TDemoSummary = {
  people: number;
  circles: number;
  organizations: number;
  relationships: number;
  interactions: number;
  users: number;
  precincts: number;
  circleMemberships: number;
  ladderChanges: number;
};

export type TSeedDemoOptions = {
  people?: number;
  log?: (line: string) => void;
  /** The day the demo counts back from: today unless given. */
  now?: Date;
  seed?: number;
};

/** Everything the demo writes, planned in memory without touching the database. */
export function planDemo(options: { people?: number; now?: Date; seed?: number } = {}) {
  const n = Math.max(20, Math.floor(options.people ?? 2000));
  // Plan from the start of the day, so every date is a fixed offset and never in the future.
  const now = startOfUtcDay(options.now ?? new Date());
  const root = createRandom(options.seed ?? DEMO_SEED);
  const ids = root.fork('users');
  const userIds: Record<Role, string> = { ADMIN: ids.uuid(), COORDINATOR: ids.uuid(), MEMBER: ids.uuid() };

  const places = planPlaces(root.fork('places'));
  const { people, cast } = planPeople(root.fork('people'), places, n, now);
  const memberRecruits = assignRecruiters(root.fork('recruiting'), people, cast);
  assignAddedBy(root.fork('added-by'), people, cast, memberRecruits, userIds, now);
  const records = buildPersonRecords(root.fork('records'), people, cast, now);
  const circles = planCircles(root.fork('circles'), people, cast, places, now);
  const { organizations, affiliations } = planOrganizations(root.fork('allies'), people, circles, userIds, now);
  const scopes = planScopes(root.fork('scopes'), circles, organizations, cast, places, userIds.COORDINATOR);
  const tenantsId = organizations.find((o) => o.key === 'tenants')?.row.id;
  const { tags, personTags } = planTags(root.fork('tags'), people, circles, affiliations.filter((a) => a.organizationId === tenantsId));
  const relationships = planRelationships(root.fork('ties'), people, circles, now);
  const { interactions, links } = planInteractions(root.fork('interactions'), {
    people, circles, organizations, scopes, users: userIds, now,
  });

  const actions = planMobilizations(root.fork('mobilizations'), { circles, organizations, cast, userIds, now });
  const elections = planElectionResults(root.fork('elections'), places, userIds.ADMIN, now);

  return {
    ...actions,
    ...elections,
    userIds,
    users: DEMO_LOGINS.map((login) => ({ ...login, id: userIds[login.role], personId: cast[login.role].row.id })),
    wards: places.wards,
    precincts: places.precincts.map((p) => p.row),
    people: people.map((p) => p.row),
    ...records,
    captains: circles.captains,
    circles: circles.circles.map((c) => c.row),
    memberships: circles.memberships,
    organizations: organizations.map((o) => o.row),
    affiliations,
    scopes,
    tags,
    personTags,
    relationships,
    interactions,
    interactionPeople: links,
  };
}

export type TDemoPlan = ReturnType<typeof planDemo>;

const BATCH = 1000;

async function insertInBatches<T>(rows: T[], create: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await create(rows.slice(i, i + BATCH));
}

async function writePlan(tx: Prisma.TransactionClient, plan: TDemoPlan, hashes: Map<string, string>): Promise<void> {
  await tx.ward.createMany({ data: plan.wards });
  await tx.precinct.createMany({ data: plan.precincts });
  // Users and people point at each other: users go in first without their person, so that
  // people can name who added them, and are linked to their person once it exists.
  await tx.user.createMany({
    data: plan.users.map((u) => ({ id: u.id, email: u.email, passwordHash: hashes.get(u.email) ?? '', role: u.role, isDemo: true })),
  });
  // People are ordered so every recruiter is inserted before (or with) their recruits.
  await insertInBatches(plan.people, (data) => tx.person.createMany({ data }));
  for (const u of plan.users) await tx.user.update({ where: { id: u.id }, data: { personId: u.personId } });
  for (const c of plan.captains) await tx.precinct.update({ where: { id: c.precinctId }, data: { captainId: c.personId } });

  await insertInBatches(plan.emails, (data) => tx.personEmail.createMany({ data }));
  await insertInBatches(plan.phones, (data) => tx.personPhone.createMany({ data }));
  await tx.tag.createMany({ data: plan.tags });
  await insertInBatches(plan.personTags, (data) => tx.personTag.createMany({ data }));
  await insertInBatches(plan.ladderChanges, (data) => tx.ladderChange.createMany({ data }));
  await tx.circle.createMany({ data: plan.circles });
  await insertInBatches(plan.memberships, (data) => tx.circleMembership.createMany({ data }));
  await tx.organization.createMany({ data: plan.organizations });
  await insertInBatches(plan.affiliations, (data) => tx.affiliation.createMany({ data }));
  await tx.scope.createMany({ data: plan.scopes });
  await insertInBatches(plan.relationships, (data) => tx.relationship.createMany({ data }));
  await insertInBatches(plan.interactions, (data) => tx.interaction.createMany({ data }));
  await insertInBatches(plan.interactionPeople, (data) => tx.interactionPerson.createMany({ data }));
  await tx.mobilization.createMany({ data: plan.mobilizations });
  await tx.quota.createMany({ data: plan.quotas });
  await insertInBatches(plan.commitments, (data) => tx.commitment.createMany({ data }));
  await tx.electionResultSet.createMany({ data: plan.electionSets });
  await tx.electionResult.createMany({ data: plan.electionResults });
}

/**
 * Fills an empty database with the demo organization, in one transaction: a failure leaves
 * nothing behind. The caller checks the database is empty (scripts/db-seed.ts does).
 */
export async function seedDemo(prisma: PrismaClient, options: TSeedDemoOptions = {}): Promise<TDemoSummary> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const plan = planDemo(options);
  log(`planned ${plan.people.length} people in ${Date.now() - started} ms`);

  const hashes = new Map(await Promise.all(plan.users.map(async (u) => [u.email, await hashPassword(u.password)] as const)));
  await prisma.$transaction((tx) => writePlan(tx, plan, hashes), { timeout: 120_000, maxWait: 10_000 });
  log(`wrote the demo organization in ${Date.now() - started} ms`);

  return {
    people: plan.people.length,
    circles: plan.circles.length,
    organizations: plan.organizations.length,
    relationships: plan.relationships.length,
    interactions: plan.interactions.length,
    users: plan.users.length,
    precincts: plan.precincts.length,
    circleMemberships: plan.memberships.length,
    ladderChanges: plan.ladderChanges.length,
  };
}
