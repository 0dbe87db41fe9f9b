import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TActor } from '@/lib/access/actor';
import { addCircleMember, removeCircleMember, searchPeopleForCircle, updateCircleMember } from '@/lib/data/circles/members';
import { getCircle, getCircleForEdit, listCircleInteractions, listCircleMembers, listCircles } from '@/lib/data/circles/read';
import { createCircle, updateCircle } from '@/lib/data/circles/write';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
/** The coordinator, with precinct 2 assigned as well: Beto (precinct 2, circle B) is then in their reach. */
let coordinatorWithP2: TActor;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  const { coordinator } = org.actors;
  coordinatorWithP2 = { ...coordinator, scope: { ...coordinator.scope, precinctIds: [org.precincts.p2.id] } };
});
afterAll(() => prisma.$disconnect());

const notFound = { code: 'NOT_FOUND' };
const lastAudit = (entityId: string) => prisma.auditEvent.findFirstOrThrow({ where: { entityId }, orderBy: { at: 'desc' } });
const membershipId = async (circleId: string, personId: string) =>
  (await prisma.circleMembership.findUniqueOrThrow({ where: { circleId_personId: { circleId, personId } } })).id;

describe('the circle list', () => {
  it('counts members and leaders for leadership and coordinators, within their circles', async () => {
    const all = await listCircles(org.actors.admin);
    expect(all.map((c) => [c.name, c.memberCount, c.leaderCount])).toEqual([
      ['Club Sierra Alta', 2, 1],
      ['LSC Escuela Ficticia', 1, 0],
    ]);
    expect((await listCircles(org.actors.coordinator)).map((c) => c.name)).toEqual(['Club Sierra Alta']);
  });

  it('gives a member their circles with their own role and no counts', async () => {
    expect(await listCircles(org.actors.member)).toEqual([
      { id: org.circles.circleA.id, name: 'Club Sierra Alta', kind: 'HOMETOWN_CLUB', memberCount: null, leaderCount: null, myRole: 'MEMBER' },
    ]);
  });
});

describe('a circle page', () => {
  it('shows leadership and the assigned coordinator its members with role, since and precinct', async () => {
    for (const actor of [org.actors.admin, org.actors.coordinator]) {
      const circle = await getCircle(actor, org.circles.circleA.id);
      if (circle.view !== 'full') throw new Error('expected the full view');
      const members = await listCircleMembers(actor, org.circles.circleA.id, { page: 1 });
      expect(members.rows.map((m) => [m.name, m.role, m.precinct])).toEqual([
        ['Ana Núñez', 'LEADER', '25-1'],
        ['Dora Quispe', 'MEMBER', '25-2'],
      ]);
      expect(members.rows[0]!.since).toBeInstanceOf(Date);
      expect([circle.memberCount, circle.leaders]).toEqual([2, [{ personId: org.people.ana.id, name: 'Ana Núñez' }]]);
      expect(circle.precincts).toEqual([
        { label: '25-1', count: 1 },
        { label: '25-2', count: 1 },
      ]);
      expect(circle.canEdit).toBe(actor.role === 'ADMIN');
    }
  });

  it('shows a member of the circle its name, kind and their own role, and nothing else', async () => {
    expect(await getCircle(org.actors.member, org.circles.circleA.id)).toEqual({
      view: 'member',
      id: org.circles.circleA.id,
      name: 'Club Sierra Alta',
      kind: 'HOMETOWN_CLUB',
      myRole: 'MEMBER',
    });
  });

  it('answers NotFound for a circle out of scope, and for one that does not exist', async () => {
    const { circleB } = org.circles;
    await expect(getCircle(org.actors.coordinator, circleB.id)).rejects.toMatchObject(notFound);
    await expect(getCircle(org.actors.member, circleB.id)).rejects.toMatchObject(notFound);
    await expect(getCircle(org.actors.admin, '7d1f3a52-9a0e-4c1b-8d55-3f0d7b0e2a11')).rejects.toMatchObject(notFound);
    await expect(listCircleInteractions(org.actors.coordinator, circleB.id)).rejects.toMatchObject(notFound);
    await expect(listCircleMembers(org.actors.coordinator, circleB.id, { page: 1 })).rejects.toMatchObject(notFound);
    await expect(listCircleMembers(org.actors.member, org.circles.circleA.id, { page: 1 })).rejects.toMatchObject(notFound);
    await expect(listCircleInteractions(org.actors.member, org.circles.circleA.id)).rejects.toMatchObject(notFound);
    await expect(getCircleForEdit(org.actors.coordinator, circleB.id)).rejects.toMatchObject(notFound);
    await expect(getCircleForEdit(org.actors.member, org.circles.circleA.id)).rejects.toMatchObject(notFound);
  });

  it('lists its newest interactions: those about it and those with its members, not others', async () => {
    const { circleA } = org.circles;
    const { ana, beto } = org.people;
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
    const log = (summary: string, daysAgo: number, extra: { circleId?: string; personIds?: string[] }) =>
      prisma.interaction.create({
        data: {
          summary,
          occurredAt: at(daysAgo),
          kind: 'MEETING',
          loggedById: org.users.admin.id,
          circleId: extra.circleId ?? null,
          people: { create: (extra.personIds ?? []).map((personId) => ({ personId })) },
        },
      });
    await log('Club meeting about the fiesta', 3, { circleId: circleA.id });
    await log('One-on-one with Ana', 1, { personIds: [ana.id] });
    await log('Call with Beto', 2, { personIds: [beto.id] });
    await log('Ana and Beto at the hearing', 5, { personIds: [ana.id, beto.id] });

    const forAdmin = await listCircleInteractions(org.actors.admin, circleA.id);
    expect(forAdmin.map((i) => i.summary)).toEqual(['One-on-one with Ana', 'Club meeting about the fiesta', 'Ana and Beto at the hearing']);
    // The coordinator sees the same interactions, but Beto (out of their scope) only as a count.
    const hearing = (await listCircleInteractions(org.actors.coordinator, circleA.id)).find((i) => i.summary.startsWith('Ana and Beto'));
    expect(hearing).toMatchObject({ people: [{ id: ana.id, name: 'Ana Núñez' }], otherPeople: 1 });
  });
});

describe('finding people to add', () => {
  it('ignores accents and case, and finds only people in scope who are not in the circle yet', async () => {
    const { circleA } = org.circles;
    expect(await searchPeopleForCircle(org.actors.admin, circleA.id, 'RAMIREZ')).toEqual([{ id: org.people.beto.id, name: 'Beto Ramírez', place: '25-2' }]);
    expect(await searchPeopleForCircle(org.actors.admin, circleA.id, 'pena carla')).toEqual([expect.objectContaining({ name: 'Carla Peña' })]);
    // Ana is in the circle already; Beto is out of the plain coordinator's reach.
    expect(await searchPeopleForCircle(org.actors.admin, circleA.id, 'nunez')).toEqual([]);
    expect(await searchPeopleForCircle(org.actors.coordinator, circleA.id, 'ramirez')).toEqual([]);
    expect((await searchPeopleForCircle(coordinatorWithP2, circleA.id, 'ramírez')).map((p) => p.name)).toEqual(['Beto Ramírez']);
  });

  it('treats % and _ as letters, not wildcards', async () => {
    expect(await searchPeopleForCircle(org.actors.admin, org.circles.circleA.id, '%%')).toEqual([]);
    expect(await searchPeopleForCircle(org.actors.admin, org.circles.circleA.id, 'B_to')).toEqual([]);
  });

  it('is refused (NotFound) for a circle out of scope, and to members', async () => {
    await expect(searchPeopleForCircle(org.actors.coordinator, org.circles.circleB.id, 'ramirez')).rejects.toMatchObject(notFound);
    await expect(searchPeopleForCircle(org.actors.member, org.circles.circleA.id, 'eli')).rejects.toMatchObject(notFound);
  });
});

describe('a long roster', () => {
  it('is read fifty at a time, leaders first, and searched by name with accents folded', async () => {
    const circle = await prisma.circle.create({ data: { name: 'Club Grande', kind: 'HOMETOWN_CLUB' } });
    const people = await Promise.all(
      Array.from({ length: 120 }, (_, i) => prisma.person.create({ data: { givenName: i === 77 ? 'Íñigo' : `Socio ${String(i).padStart(3, '0')}`, familyName: 'Grande' } })),
    );
    await prisma.circleMembership.createMany({ data: people.map((p, i) => ({ circleId: circle.id, personId: p.id, role: i === 119 ? 'LEADER' : 'MEMBER', since: new Date() })) });
    const first = await listCircleMembers(org.actors.admin, circle.id, { page: 1 });
    expect([first.total, first.pages, first.rows.length, first.rows[0]!.name]).toEqual([120, 3, 50, 'Socio 119 Grande']);
    const last = await listCircleMembers(org.actors.admin, circle.id, { page: 9 });
    expect([last.page, last.skip, last.rows.length]).toEqual([3, 100, 20]);
    const found = await listCircleMembers(org.actors.admin, circle.id, { q: 'inigo gran', page: 1 });
    expect(found.rows.map((r) => r.name)).toEqual(['Íñigo Grande']);
    expect(found.total).toBe(1);
    expect(await getCircle(org.actors.admin, circle.id)).toMatchObject({ memberCount: 120, precincts: [{ label: null, count: 120 }] });
  });
});

describe('managing members', () => {
  it('a coordinator adds someone in their scope with a role and a date, audited by field name', async () => {
    const { circleA } = org.circles;
    const { beto } = org.people;
    const since = new Date('2024-03-01T00:00:00Z');
    const { id } = await addCircleMember(coordinatorWithP2, { circleId: circleA.id, personId: beto.id, role: 'LEADER', since });
    const row = await prisma.circleMembership.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ role: 'LEADER', since });
    const event = await lastAudit(id);
    expect(event).toMatchObject({ action: 'CREATE', entityType: 'circle_membership', actorUserId: org.users.coordinator.id });
    expect(event.changedFields).toEqual(['circleId', 'personId', 'role', 'since']);
    expect(JSON.stringify(event)).not.toContain('LEADER');
  });

  it('refuses to add someone twice (CONFLICT), and writes nothing', async () => {
    const events = await prisma.auditEvent.count();
    await expect(
      addCircleMember(org.actors.admin, { circleId: org.circles.circleA.id, personId: org.people.ana.id, role: 'MEMBER' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await prisma.auditEvent.count()).toBe(events);
  });

  it('changes a role and records only that field', async () => {
    const { circleA } = org.circles;
    await updateCircleMember(org.actors.coordinator, { circleId: circleA.id, personId: org.people.dora.id, role: 'LEADER' });
    const id = await membershipId(circleA.id, org.people.dora.id);
    expect((await prisma.circleMembership.findUniqueOrThrow({ where: { id } })).role).toBe('LEADER');
    expect(await lastAudit(id)).toMatchObject({ action: 'UPDATE', changedFields: ['role'] });
    await updateCircleMember(org.actors.coordinator, { circleId: circleA.id, personId: org.people.dora.id, role: 'MEMBER' });
  });

  it('removes a member, audited', async () => {
    const { circleA } = org.circles;
    const id = await membershipId(circleA.id, org.people.beto.id);
    await removeCircleMember(coordinatorWithP2, { circleId: circleA.id, personId: org.people.beto.id });
    expect(await prisma.circleMembership.findUnique({ where: { id } })).toBeNull();
    expect(await lastAudit(id)).toMatchObject({ action: 'DELETE', entityType: 'circle_membership', changedFields: ['circleId', 'personId'] });
  });

  it('answers NotFound to every out-of-scope attempt by a coordinator or a member, and changes nothing', async () => {
    const { circleA, circleB } = org.circles;
    const { beto, fer, ana, dora } = org.people;
    const before = await prisma.circleMembership.count();
    const attempts = [
      // a circle out of the coordinator's scope
      () => addCircleMember(org.actors.coordinator, { circleId: circleB.id, personId: ana.id, role: 'MEMBER' }),
      () => updateCircleMember(org.actors.coordinator, { circleId: circleB.id, personId: beto.id, role: 'LEADER' }),
      () => removeCircleMember(org.actors.coordinator, { circleId: circleB.id, personId: beto.id }),
      // a person out of the coordinator's scope, into their own circle
      () => addCircleMember(org.actors.coordinator, { circleId: circleA.id, personId: fer.id, role: 'MEMBER' }),
      // members manage no one, not even in their own circle
      () => addCircleMember(org.actors.member, { circleId: circleA.id, personId: org.people.eli.id, role: 'MEMBER' }),
      () => updateCircleMember(org.actors.member, { circleId: circleA.id, personId: dora.id, role: 'LEADER' }),
      () => removeCircleMember(org.actors.member, { circleId: circleA.id, personId: ana.id }),
      () => removeCircleMember(org.actors.member, { circleId: circleB.id, personId: beto.id }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject(notFound);
    expect(await prisma.circleMembership.count()).toBe(before);
  });
});

describe('creating and editing circles', () => {
  it('leadership creates a circle, audited with the fields given', async () => {
    const { id } = await createCircle(org.actors.admin, { name: 'Vecinos de la 26', kind: 'INFORMAL', description: null });
    expect(await lastAudit(id)).toMatchObject({ action: 'CREATE', entityType: 'circle', changedFields: ['name', 'kind'] });
    await expect(createCircle(org.actors.coordinator, { name: 'X', kind: 'OTHER' })).rejects.toMatchObject(notFound);
    await expect(createCircle(org.actors.member, { name: 'X', kind: 'OTHER' })).rejects.toMatchObject(notFound);
  });

  it('saves on the current version, records the changed field names, and refuses a stale save', async () => {
    const { circleB } = org.circles;
    const current = await getCircleForEdit(org.actors.admin, circleB.id);
    const saved = await updateCircle(org.actors.admin, { ...current, description: 'Parents who come to every meeting' });
    expect(saved.version).toBe(current.version + 1);
    const event = await lastAudit(circleB.id);
    expect(event).toMatchObject({ action: 'UPDATE', entityType: 'circle', changedFields: ['description'] });
    expect(JSON.stringify(event)).not.toContain('Parents');

    await expect(updateCircle(org.actors.admin, { ...current, name: 'Stale name' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await prisma.circle.findUniqueOrThrow({ where: { id: circleB.id } })).name).toBe('LSC Escuela Ficticia');
  });

  it('only leadership edits a circle: coordinators (in scope or not) and members get NotFound', async () => {
    const { circleA, circleB } = org.circles;
    const edit = (id: string, version: number) => ({ id, version, name: 'Renamed', kind: 'OTHER' as const, description: null });
    await expect(getCircleForEdit(org.actors.coordinator, circleA.id)).rejects.toMatchObject(notFound);
    await expect(updateCircle(org.actors.coordinator, edit(circleA.id, 1))).rejects.toMatchObject(notFound);
    await expect(updateCircle(org.actors.coordinator, edit(circleB.id, 2))).rejects.toMatchObject(notFound);
    await expect(updateCircle(org.actors.member, edit(circleB.id, 2))).rejects.toMatchObject(notFound);
    await expect(updateCircle(org.actors.member, edit(circleA.id, 1))).rejects.toMatchObject(notFound);
    expect((await prisma.circle.findUniqueOrThrow({ where: { id: circleA.id } })).name).toBe('Club Sierra Alta');
  });
});
