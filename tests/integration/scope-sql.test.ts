import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TActor } from '@/lib/access/actor';
import { interactionScope, interactionScopeSql } from '@/lib/access/scopes/interactions';
import { listPeople } from '@/lib/data/people/list';
import { circleScope, circleScopeSql } from '@/lib/access/scopes/circles';
import { organizationScope, organizationScopeSql } from '@/lib/access/scopes/organizations';
import { personScope, personScopeIdsSql, personScopeSql, type TPersonScopeShape } from '@/lib/access/scopes/people';
import { Prisma } from '@/lib/generated/prisma/client';
import { buildSmallOrg, SINCE, testClient, type TSmallOrg } from '../support/small-org';

// lib/access/scopes/ hold the one SQL version of "who may see what", beside each Prisma `where`;
// the people table, search, the profile, the ward picture and the dashboard all read through it.
// For every kind of actor, each of its shapes must admit exactly the people personScope admits (a
// drift would be a leak), and both are checked against the people each actor should see, named by
// hand below.

const prisma = testClient();
let org: TSmallOrg;
let names: Map<string, string>;
/** Each actor, with the people they should see. */
let cases: [string, TActor, string[]][];
const SHAPES: TPersonScopeShape[] = ['filter', 'check', 'set'];

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  const { ana, beto, carla, dora } = org.people;
  const { admin, coordinator, member } = org.users;
  await prisma.person.update({ where: { id: org.people.fer.id }, data: { addedByUserId: coordinator.id } });
  await prisma.person.update({ where: { id: carla.id }, data: { addedByUserId: member.id } });
  // Gone and Gone2 are in the trash, and reachable by every way in: nobody sees them.
  await prisma.person.create({ data: { givenName: 'Gone2', addedByUserId: member.id, deletedAt: new Date() } });
  const gone = await prisma.person.create({
    data: { givenName: 'Gone', precinctId: org.precincts.p1.id, addedByUserId: coordinator.id, recruitedById: dora.id, deletedAt: new Date() },
  });
  await prisma.circleMembership.create({ data: { circleId: org.circles.circleA.id, personId: gone.id, since: SINCE } });
  await prisma.affiliation.create({ data: { organizationId: org.org.id, personId: gone.id } });
  await prisma.interaction.create({
    data: { occurredAt: new Date(), kind: 'CALL', summary: 'a', loggedById: coordinator.id, people: { create: [{ personId: beto.id }, { personId: gone.id }] } },
  });
  await prisma.interaction.create({ data: { occurredAt: new Date(), kind: 'CALL', summary: 'b', loggedById: admin.id, people: { create: [{ personId: ana.id }] } } });
  await prisma.interaction.create({ data: { occurredAt: new Date(), kind: 'MEETING', summary: 'c', loggedById: admin.id, organizationId: org.org.id } });
  await prisma.interaction.create({ data: { occurredAt: new Date(), kind: 'MEETING', summary: 'd', loggedById: admin.id, circleId: org.circles.circleB.id } });
  await prisma.circle.create({ data: { name: 'Deleted circle', kind: 'OTHER', deletedAt: new Date() } });
  // A member whose own record is in the trash still sees the live person they recruited.
  const hana = await prisma.person.create({ data: { givenName: 'Hana', deletedAt: new Date() } });
  await prisma.person.create({ data: { givenName: 'Ivan', recruitedById: hana.id } });
  const member2 = await prisma.user.create({ data: { email: 'member2@test.example.org', role: 'MEMBER', personId: hana.id, passwordHash: 'x' } });
  names = new Map((await prisma.person.findMany({ select: { id: true, givenName: true } })).map((p) => [p.id, p.givenName!]));

  const { actors } = org;
  const none = { circleIds: [], organizationIds: [], precinctIds: [] };
  // A coordinator who has added no one and logged nothing: each assignment alone.
  const fresh = { ...actors.coordinator, userId: '00000000-0000-4000-8000-00000000abcd', scope: none };
  cases = [
    ['leadership', actors.admin, ['Ana', 'Beto', 'Carla', 'Dora', 'Eli', 'Fer', 'Ivan']],
    ['coordinator (circle A; added Fer, called Beto)', actors.coordinator, ['Ana', 'Beto', 'Dora', 'Fer']],
    ['coordinator, circles only', { ...fresh, scope: { ...none, circleIds: [org.circles.circleA.id] } }, ['Ana', 'Dora']],
    ['coordinator, organizations only', { ...fresh, scope: { ...none, organizationIds: [org.org.id] } }, ['Carla']],
    ['coordinator, precincts only', { ...fresh, scope: { ...none, precinctIds: [org.precincts.p2.id] } }, ['Beto', 'Dora']],
    ['coordinator, nothing assigned (added Fer, called Beto)', { ...actors.coordinator, scope: none }, ['Beto', 'Fer']],
    ['coordinator, nothing assigned and nothing done', fresh, []],
    [
      'coordinator, everything assigned',
      { ...actors.coordinator, scope: { circleIds: [org.circles.circleA.id, org.circles.circleB.id], organizationIds: [org.org.id], precinctIds: [org.precincts.p1.id] } },
      ['Ana', 'Beto', 'Carla', 'Dora', 'Fer'],
    ],
    ['member (own Dora, recruited Eli, added Carla)', actors.member, ['Carla', 'Dora', 'Eli']],
    ['member without a person (added Carla)', { ...actors.member, personId: null }, ['Carla']],
    ['member whose own record is in the trash', { ...actors.member, userId: member2.id, personId: hana.id }, ['Ivan']],
  ];
});
afterAll(() => prisma.$disconnect());

const named = (ids: string[]) => ids.map((id) => names.get(id) ?? id).sort();
const sorted = (ids: string[]) => [...ids].sort();
async function sqlIds(table: string, predicate: Prisma.Sql): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT x.id FROM ${Prisma.raw(table)} x WHERE ${predicate}`;
  return sorted(rows.map((r) => r.id));
}

describe('the SQL person scope', () => {
  it('admits, in every shape, exactly the people personScope admits, for every kind of actor', async () => {
    for (const [name, actor, expected] of cases) {
      const byPrisma = (await prisma.person.findMany({ where: personScope(actor), select: { id: true } })).map((p) => p.id);
      expect(named(byPrisma), `${name}: personScope`).toEqual(expected);
      for (const shape of SHAPES) {
        expect(named(await sqlIds('person', personScopeSql(actor, 'x', shape))), `${name}: ${shape}`).toEqual(expected);
      }
      // Inside a correlated subquery too, as the profile and the ward picture use it.
      const nested = await prisma.$queryRaw<{ id: string }[]>`
        SELECT x.id FROM person x WHERE EXISTS (SELECT 1 FROM person p WHERE p.id = x.id AND ${personScopeSql(actor, 'p', 'check')})`;
      expect(named(nested.map((r) => r.id)), `${name}: nested`).toEqual(expected);
    }
  });

  it('lists the same people as candidate ids, once the trash is left out', async () => {
    for (const [name, actor, expected] of cases) {
      const ids = personScopeIdsSql(actor);
      if (actor.role === 'ADMIN') {
        expect(ids, name).toBeNull();
        continue;
      }
      const rows = await prisma.$queryRaw<{ id: string }[]>`
        SELECT DISTINCT c.id FROM (${ids!}) c(id) JOIN person p ON p.id = c.id WHERE p.deleted_at IS NULL`;
      expect(named(rows.map((r) => r.id)), name).toEqual(expected);
    }
  });

  it('is what the people table lists, read either way', async () => {
    for (const [name, actor, expected] of cases) {
      for (const strategy of ['walk', 'gather'] as const) {
        const page = await listPeople(actor, { pageSize: 100, strategy });
        expect(named(page.rows.map((r) => r.id)), `${name}, ${strategy}`).toEqual(expected);
        expect(page.total, `${name}, ${strategy}`).toBe(expected.length);
      }
    }
  });

  it('refuses anything but a plain table alias', () => {
    for (const alias of ['p; DROP TABLE person', 'P', '"p"', '', 'p.id']) {
      expect(() => personScopeSql(org.actors.admin, alias), alias).toThrow(/alias/);
    }
  });
});

describe('the SQL circle, organization and interaction scopes', () => {
  it('circles and organizations agree with their Prisma twins', async () => {
    for (const [name, actor] of cases) {
      const circles = sorted((await prisma.circle.findMany({ where: circleScope(actor), select: { id: true } })).map((r) => r.id));
      expect(await sqlIds('circle', circleScopeSql(actor, 'x')), name).toEqual(circles);
      const orgs = sorted((await prisma.organization.findMany({ where: organizationScope(actor), select: { id: true } })).map((r) => r.id));
      expect(await sqlIds('organization', organizationScopeSql(actor, 'x')), name).toEqual(orgs);
    }
    // Not vacuous: leadership, the coordinator and the member see different circles.
    const counts = await Promise.all(cases.slice(0, 2).concat(cases.slice(8, 9)).map(async ([, a]) => (await sqlIds('circle', circleScopeSql(a, 'x'))).length));
    expect(counts).toEqual([2, 1, 1]);
  });

  it('interactions agree with their Prisma twin', async () => {
    const sizes: number[] = [];
    for (const [name, actor] of cases) {
      const ids = sorted((await prisma.interaction.findMany({ where: interactionScope(actor), select: { id: true } })).map((r) => r.id));
      expect(await sqlIds('interaction', interactionScopeSql(actor, 'x')), name).toEqual(ids);
      sizes.push(ids.length);
    }
    // Leadership all four; the coordinator (circle A) their call with Beto and the admin's call
    // with Ana; one with the organization only its meeting; one with everything all four
    // (circle B's meeting names no one); members none.
    expect(sizes.slice(0, 4)).toEqual([4, 2, 1, 1]);
    expect(sizes[7]).toBe(4);
    expect(sizes.at(-1)).toBe(0);
  });
});
