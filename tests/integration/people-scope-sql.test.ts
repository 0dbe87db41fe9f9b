import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TActor } from '@/lib/auth/policy';
import { listPeople } from '@/lib/data/people';
import { personScope } from '@/lib/data/scope';
import { personScopeDrivingSql, personScopeSql } from '@/lib/data/people-scope-sql';
import { Prisma } from '@/lib/generated/prisma/client';
import { seedDemo } from '../../prisma/seed/demo';
import { testClient } from '../support/small-org';

// The people table and search express "who may see whom" in SQL (scope-sql.ts, in two forms); everything else
// uses Prisma's personScope. On the demo organization, for every kind of actor, both must admit
// exactly the same people, and the table must list exactly them.

const prisma = testClient();
const actors: Record<string, TActor> = {};

beforeAll(async () => {
  await seedDemo(prisma, { people: 400, now: new Date('2026-06-01T00:00:00Z') });
  const users = await prisma.user.findMany({ include: { scopes: true } });
  const scopeOf = (u: (typeof users)[number]) => ({
    circleIds: u.scopes.flatMap((s) => (s.circleId ? [s.circleId] : [])),
    organizationIds: u.scopes.flatMap((s) => (s.organizationId ? [s.organizationId] : [])),
    precinctIds: u.scopes.flatMap((s) => (s.precinctId ? [s.precinctId] : [])),
  });
  for (const u of users) actors[u.role] = { userId: u.id, email: u.email, role: u.role, personId: u.personId, scope: scopeOf(u) };
  const c = actors.COORDINATOR!;
  // Each way in alone, for a coordinator who has added no one and logged nothing (the demo
  // coordinator has talked to nearly everyone in their scope, which would hide a broken branch).
  const fresh = { ...c, userId: '00000000-0000-4000-8000-00000000abcd' };
  const none = { circleIds: [], organizationIds: [], precinctIds: [] };
  actors.coordinatorCirclesOnly = { ...fresh, scope: { ...none, circleIds: c.scope.circleIds } };
  actors.coordinatorPrecinctsOnly = { ...fresh, scope: { ...none, precinctIds: c.scope.precinctIds } };
  actors.coordinatorOrganizationsOnly = { ...fresh, scope: { ...none, organizationIds: c.scope.organizationIds } };
  actors.coordinatorUnassigned = { ...c, scope: none };
  actors.memberWithoutPerson = { ...actors.MEMBER!, personId: null };
  // Someone in the trash is seen by no one.
  const anyone = await prisma.person.findFirstOrThrow({ where: { precinctId: { in: c.scope.precinctIds } } });
  await prisma.person.update({ where: { id: anyone.id }, data: { deletedAt: new Date() } });
});
afterAll(() => prisma.$disconnect());

describe('the SQL scope and the Prisma scope', () => {
  it('admit the same people for every kind of actor', async () => {
    expect(Object.keys(actors)).toHaveLength(8);
    const sizes: Record<string, number> = {};
    for (const [name, actor] of Object.entries(actors)) {
      const byPrisma = (await prisma.person.findMany({ where: personScope(actor), select: { id: true } })).map((p) => p.id).sort();
      const bySql = (await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT p.id FROM person p WHERE ${personScopeSql(actor)}`)).map((p) => p.id).sort();
      expect(bySql, name).toEqual(byPrisma);
      const driving = (await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT p.id FROM person p WHERE ${personScopeDrivingSql(actor)}`)).map((p) => p.id).sort();
      expect(driving, `${name}, driving form`).toEqual(byPrisma);
      const table = (await listPeople(actor, { pageSize: 100 })).total;
      expect(table, name).toBe(Math.min(byPrisma.length, 10_000));
      sizes[name] = byPrisma.length;
    }
    // The cases differ, so the comparison above compared something.
    expect(sizes.ADMIN).toBe(399);
    for (const part of ['coordinatorCirclesOnly', 'coordinatorPrecinctsOnly', 'coordinatorOrganizationsOnly']) {
      expect(sizes[part], part).toBeGreaterThan(0);
      expect(sizes[part], part).toBeLessThanOrEqual(sizes.COORDINATOR!);
    }
    expect(sizes.MEMBER).toBeGreaterThan(sizes.memberWithoutPerson!);
  });
});
