import type { TActor } from '../../lib/access/actor';
import { hashPassword } from '../../lib/data/account/password';
import { createPrismaClient, type PrismaClient } from '../../lib/db/create-client';
import type { Role } from '../../lib/generated/prisma/enums';

// A tiny known organization for integration tests: two precincts, two circles, one allied
// organization, a handful of people, and one user per role, with a coordinator assigned to
// circle A only. Each test file gets its own database, so each builds this once.

export type TSmallOrg = Awaited<ReturnType<typeof buildSmallOrg>>;

/** The day the small organization's memberships began. */
export const SINCE = new Date('2026-01-05T00:00:00Z');

export function testClient(): PrismaClient {
  return createPrismaClient(process.env.DATABASE_URL!, 4);
}

export async function buildSmallOrg(prisma: PrismaClient) {
  const ward = await prisma.ward.create({ data: { number: 25, name: '25th Ward' } });
  const p1 = await prisma.precinct.create({ data: { wardId: ward.id, number: 1 } });
  const p2 = await prisma.precinct.create({ data: { wardId: ward.id, number: 2 } });
  const person = (givenName: string, familyName: string, precinctId: string | null = null) =>
    prisma.person.create({ data: { givenName, familyName, precinctId, wardId: ward.id } });

  const ana = await person('Ana', 'Núñez', p1.id); // in circle A
  const beto = await person('Beto', 'Ramírez', p2.id); // in circle B only
  const carla = await person('Carla', 'Peña'); // affiliated with the organization only
  const dora = await person('Dora', 'Quispe', p2.id); // the member's own record
  const eli = await person('Eli', 'Santos'); // recruited by Dora
  const fer = await person('Fer', 'Lucero'); // nobody's
  await prisma.person.update({ where: { id: eli.id }, data: { recruitedById: dora.id } });

  const circleA = await prisma.circle.create({ data: { name: 'Club Sierra Alta', kind: 'HOMETOWN_CLUB' } });
  const circleB = await prisma.circle.create({ data: { name: 'LSC Escuela Ficticia', kind: 'SCHOOL_COUNCIL' } });
  await prisma.circleMembership.createMany({
    data: [
      { circleId: circleA.id, personId: ana.id, role: 'LEADER', since: SINCE },
      { circleId: circleB.id, personId: beto.id, since: SINCE },
      { circleId: circleA.id, personId: dora.id, since: SINCE },
    ],
  });
  const org = await prisma.organization.create({ data: { name: 'Tenants United (fictional)', kind: 'TENANT' } });
  await prisma.affiliation.create({ data: { organizationId: org.id, personId: carla.id, isPointPerson: true } });

  const passwordHash = await hashPassword('correct horse battery');
  const user = (email: string, role: Role, personId: string | null = null) =>
    prisma.user.create({ data: { email, role, personId, passwordHash } });
  const admin = await user('admin@test.example.org', 'ADMIN');
  const coordinator = await user('coord@test.example.org', 'COORDINATOR');
  const member = await user('member@test.example.org', 'MEMBER', dora.id);
  await prisma.scope.create({ data: { userId: coordinator.id, kind: 'CIRCLE', circleId: circleA.id } });

  const actor = (u: { id: string; email: string | null; phone: string | null; role: Role; personId: string | null }, scope?: Partial<TActor['scope']>): TActor => ({
    userId: u.id,
    email: u.email,
    phone: u.phone,
    role: u.role,
    personId: u.personId,
    scope: { circleIds: [], organizationIds: [], precinctIds: [], ...scope },
  });

  return {
    ward,
    precincts: { p1, p2 },
    people: { ana, beto, carla, dora, eli, fer },
    circles: { circleA, circleB },
    org,
    users: { admin, coordinator, member },
    actors: {
      admin: actor(admin),
      coordinator: actor(coordinator, { circleIds: [circleA.id] }),
      member: actor(member),
    },
  };
}
