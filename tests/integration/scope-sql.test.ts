import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TActor } from '@/lib/auth/policy';
import { interactionScope } from '@/lib/data/interactions';
import { circleScope, organizationScope, personScope } from '@/lib/data/scope';
import { circleVisibleSql, interactionVisibleSql, organizationVisibleSql, personVisibleSql } from '@/lib/data/scope-sql';
import { Prisma } from '@/lib/generated/prisma/client';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// The SQL predicates of lib/data/scope-sql.ts must select exactly what the Prisma `where`
// builders select, for every kind of actor: a drift here would be a leak.

const prisma = testClient();
let org: TSmallOrg;
let actors: [string, TActor][];

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  const { ana, beto, carla, fer } = org.people;
  await prisma.person.update({ where: { id: fer.id }, data: { addedByUserId: org.users.coordinator.id } });
  await prisma.person.update({ where: { id: carla.id }, data: { addedByUserId: org.users.member.id } });
  const gone = await prisma.person.create({ data: { givenName: 'Gone', precinctId: org.precincts.p1.id, deletedAt: new Date() } });
  await prisma.circleMembership.create({ data: { circleId: org.circles.circleA.id, personId: gone.id } });
  await prisma.interaction.create({ data: { occurredAt: new Date(), kind: 'CALL', summary: 'a', loggedById: org.users.coordinator.id, people: { create: [{ personId: beto.id }] } } });
  await prisma.interaction.create({ data: { occurredAt: new Date(), kind: 'CALL', summary: 'b', loggedById: org.users.admin.id, people: { create: [{ personId: ana.id }] } } });
  await prisma.interaction.create({ data: { occurredAt: new Date(), kind: 'MEETING', summary: 'c', loggedById: org.users.admin.id, organizationId: org.org.id } });
  await prisma.circle.create({ data: { name: 'Deleted circle', kind: 'OTHER', deletedAt: new Date() } });
  const { coordinator, member } = org.actors;
  actors = [
    ['admin', org.actors.admin],
    ['coordinator (circle A)', coordinator],
    ['coordinator (org + precinct 2)', { ...coordinator, scope: { circleIds: [], organizationIds: [org.org.id], precinctIds: [org.precincts.p2.id] } }],
    ['coordinator (nothing assigned)', { ...coordinator, userId: org.users.member.id, scope: { circleIds: [], organizationIds: [], precinctIds: [] } }],
    ['member', member],
    ['member without a person', { ...member, personId: null }],
  ];
});
afterAll(() => prisma.$disconnect());

const sorted = (ids: string[]) => [...ids].sort();
async function sqlIds(table: string, predicate: Prisma.Sql): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT x.id FROM ${Prisma.raw(table)} x WHERE ${predicate}`;
  return sorted(rows.map((r) => r.id));
}

describe('scope-sql agrees with scope.ts', () => {
  it('people', async () => {
    for (const [name, actor] of actors) {
      const prismaIds = sorted((await prisma.person.findMany({ where: personScope(actor), select: { id: true } })).map((r) => r.id));
      expect(await sqlIds('person', personVisibleSql(actor, 'x')), name).toEqual(prismaIds);
    }
  });

  it('circles and organizations', async () => {
    for (const [name, actor] of actors) {
      const circles = sorted((await prisma.circle.findMany({ where: circleScope(actor), select: { id: true } })).map((r) => r.id));
      expect(await sqlIds('circle', circleVisibleSql(actor, 'x')), name).toEqual(circles);
      const orgs = sorted((await prisma.organization.findMany({ where: organizationScope(actor), select: { id: true } })).map((r) => r.id));
      expect(await sqlIds('organization', organizationVisibleSql(actor, 'x')), name).toEqual(orgs);
    }
  });

  it('interactions', async () => {
    for (const [name, actor] of actors) {
      const ids = sorted((await prisma.interaction.findMany({ where: interactionScope(actor), select: { id: true } })).map((r) => r.id));
      expect(await sqlIds('interaction', interactionVisibleSql(actor, 'x')), name).toEqual(ids);
    }
  });

  it('is not vacuous: the actors see different things', async () => {
    const counts = await Promise.all(actors.map(async ([, a]) => (await sqlIds('person', personVisibleSql(a, 'x'))).length));
    expect(new Set(counts).size).toBeGreaterThan(3);
  });
});
