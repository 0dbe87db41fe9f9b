import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMergeCandidates, mergePeople } from '@/lib/data/people/merge';
import { buildSmallOrg, SINCE, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

async function duplicateOf(personId: string) {
  const original = await prisma.person.findUniqueOrThrow({ where: { id: personId } });
  const dup = await prisma.person.create({
    data: { givenName: original.givenName, familyName: original.familyName, pronouns: 'she/her', notes: 'from the sign-in sheet' },
  });
  return { original, dup };
}

describe('merging two records of one person', () => {
  it('moves memberships, affiliations, ties, interactions, recruits, contacts and tags to the survivor, in one step', async () => {
    const { ana, beto, carla, eli } = org.people;
    const { dup } = await duplicateOf(ana.id);
    const tag = await prisma.tag.create({ data: { name: 'driver' } });
    await prisma.personTag.create({ data: { personId: dup.id, tagId: tag.id } });
    await prisma.personPhone.createMany({ data: [{ personId: dup.id, e164: '+17735550166' }, { personId: ana.id, e164: '+17735550177', isPrimary: true }] });
    await prisma.circleMembership.createMany({ data: [{ circleId: org.circles.circleB.id, personId: dup.id, since: SINCE }, { circleId: org.circles.circleA.id, personId: dup.id, since: SINCE }] });
    await prisma.affiliation.create({ data: { organizationId: org.org.id, personId: dup.id, role: 'volunteer' } });
    // A tie both records have (keep the stronger), one only the duplicate has, and one between the two.
    const [lo, hi] = [ana.id, beto.id].sort();
    await prisma.relationship.create({ data: { personAId: lo!, personBId: hi!, kind: 'FRIEND', strength: 1 } });
    const [dlo, dhi] = [dup.id, beto.id].sort();
    await prisma.relationship.create({ data: { personAId: dlo!, personBId: dhi!, kind: 'FRIEND', strength: 3 } });
    const [clo, chi] = [dup.id, carla.id].sort();
    await prisma.relationship.create({ data: { personAId: clo!, personBId: chi!, kind: 'NEIGHBOUR', strength: 2 } });
    const [xlo, xhi] = [dup.id, ana.id].sort();
    await prisma.relationship.create({ data: { personAId: xlo!, personBId: xhi!, kind: 'FAMILY', strength: 3 } });
    await prisma.person.update({ where: { id: eli.id }, data: { recruitedById: dup.id } });
    await prisma.interaction.create({
      data: { occurredAt: new Date(), kind: 'CALL', summary: 'Asked about the bus', loggedById: org.users.admin.id, people: { create: [{ personId: dup.id }] } },
    });

    const { a, b } = await getMergeCandidates(org.actors.admin, ana.id, dup.id);
    await mergePeople(org.actors.admin, { keepId: a.id, dropId: b.id, keepVersion: a.version, dropVersion: b.version, takeFromDrop: ['pronouns', 'notes'] });

    expect(await prisma.person.findUnique({ where: { id: dup.id } })).toBeNull();
    const kept = await prisma.person.findUniqueOrThrow({
      where: { id: ana.id },
      include: { memberships: true, affiliations: true, phones: true, tags: true, interactions: true, recruits: true, relationsA: true, relationsB: true },
    });
    expect(kept.pronouns).toBe('she/her');
    expect(kept.notes).toBe('from the sign-in sheet');
    expect(kept.givenName).toBe('Ana');
    expect(kept.memberships.map((m) => m.circleId).sort()).toEqual([org.circles.circleA.id, org.circles.circleB.id].sort());
    expect(kept.memberships.find((m) => m.circleId === org.circles.circleA.id)?.role).toBe('LEADER'); // the survivor's own row wins
    expect(kept.affiliations).toHaveLength(1);
    expect(kept.phones.map((p) => p.e164).sort()).toEqual(['+17735550166', '+17735550177']);
    expect(kept.phones.filter((p) => p.isPrimary)).toHaveLength(1);
    expect(kept.tags).toHaveLength(1);
    expect(kept.interactions).toHaveLength(1);
    expect(kept.recruits.map((r) => r.id)).toEqual([eli.id]);
    const ties = [...kept.relationsA, ...kept.relationsB];
    expect(ties).toHaveLength(2); // Beto (strength 3, the stronger) and Carla; the tie between the two records is gone
    expect(ties.find((r) => [r.personAId, r.personBId].includes(beto.id))?.strength).toBe(3);
    expect(kept.version).toBe(a.version + 1);
    const audit = await prisma.auditEvent.findMany({ where: { action: 'MERGE' } });
    expect(audit.map((e) => e.entityId).sort()).toEqual([ana.id, dup.id].sort());
  });

  it('refuses a merge over a stale version, changing nothing', async () => {
    const { dup } = await duplicateOf(org.people.beto.id);
    const { a, b } = await getMergeCandidates(org.actors.admin, org.people.beto.id, dup.id);
    await prisma.person.update({ where: { id: dup.id }, data: { notes: 'edited meanwhile', version: { increment: 1 } } });
    await expect(
      mergePeople(org.actors.admin, { keepId: a.id, dropId: b.id, keepVersion: a.version, dropVersion: b.version, takeFromDrop: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await prisma.person.findUnique({ where: { id: dup.id } })).not.toBeNull();
  });

  it('is for leadership only: coordinators and members get NotFound', async () => {
    const { dup } = await duplicateOf(org.people.ana.id);
    await expect(getMergeCandidates(org.actors.coordinator, org.people.ana.id, dup.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      mergePeople(org.actors.member, { keepId: org.people.ana.id, dropId: dup.id, keepVersion: 1, dropVersion: 1, takeFromDrop: [] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('moves a sign-in account with the person, and refuses when both records have one', async () => {
    const { dup } = await duplicateOf(org.people.dora.id);
    const { a, b } = await getMergeCandidates(org.actors.admin, dup.id, org.people.dora.id);
    await mergePeople(org.actors.admin, { keepId: a.id, dropId: b.id, keepVersion: a.version, dropVersion: b.version, takeFromDrop: [] });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: org.users.member.id } })).personId).toBe(dup.id);

    await prisma.user.update({ where: { id: org.users.admin.id }, data: { personId: org.people.fer.id } });
    const both = await getMergeCandidates(org.actors.admin, dup.id, org.people.fer.id);
    await expect(
      mergePeople(org.actors.admin, { keepId: dup.id, dropId: org.people.fer.id, keepVersion: both.a.version, dropVersion: both.b.version, takeFromDrop: [] }),
    ).rejects.toMatchObject({ code: 'INVALID', message: 'mergeBothUsers' });
    expect(await prisma.person.findUnique({ where: { id: org.people.fer.id } })).not.toBeNull();
  });
});
