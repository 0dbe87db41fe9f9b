import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkAddTag, bulkAddToCircle, bulkRemoveTag } from '@/lib/data/people/bulk';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Bulk actions from the people table's selection: all or nothing, scoped, audited per person.

const prisma = testClient();
let org: TSmallOrg;
let tagId: string;
const notFound = { code: 'NOT_FOUND' };

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  tagId = (await prisma.tag.create({ data: { name: 'bus-captain' } })).id;
});
afterAll(() => prisma.$disconnect());

const auditFor = (entityId: string, field: string) =>
  prisma.auditEvent.findMany({ where: { entityType: 'person', entityId, changedFields: { has: field } }, select: { action: true, actorUserId: true, changedFields: true } });
const tagged = async () => (await prisma.personTag.findMany({ where: { tagId }, select: { personId: true } })).map((t) => t.personId).sort();

describe('adding a tag to the selected people', () => {
  it('tags each one and records an audit event per person, by field name only', async () => {
    const { ana, dora } = org.people;
    await expect(bulkAddTag(org.actors.coordinator, { personIds: [ana.id, dora.id], tagId })).resolves.toEqual({ changed: 2 });
    expect(await tagged()).toEqual([ana.id, dora.id].sort());
    for (const id of [ana.id, dora.id]) {
      expect(await auditFor(id, 'tags')).toEqual([{ action: 'UPDATE', actorUserId: org.users.coordinator.id, changedFields: ['tags'] }]);
    }
    // Again: nothing to change, nothing audited.
    await expect(bulkAddTag(org.actors.coordinator, { personIds: [ana.id, dora.id], tagId })).resolves.toEqual({ changed: 0 });
    expect(await auditFor(ana.id, 'tags')).toHaveLength(1);
  });

  it('changes nothing at all when one selected person is out of scope', async () => {
    const { ana, beto } = org.people;
    const before = await prisma.auditEvent.count();
    await prisma.personTag.deleteMany({ where: { tagId, personId: ana.id } });
    await expect(bulkAddTag(org.actors.coordinator, { personIds: [ana.id, beto.id], tagId })).rejects.toMatchObject(notFound);
    expect(await tagged()).toEqual([org.people.dora.id]);
    expect(await prisma.auditEvent.count()).toBe(before);
  });

  it('answers NotFound for a tag or a person that does not exist', async () => {
    const missing = '7d1f3a52-9a0e-4c1b-8d55-3f0d7b0e2a11';
    await expect(bulkAddTag(org.actors.admin, { personIds: [org.people.ana.id], tagId: missing })).rejects.toMatchObject(notFound);
    await expect(bulkAddTag(org.actors.admin, { personIds: [missing], tagId })).rejects.toMatchObject(notFound);
  });
});

describe('removing a tag', () => {
  it('untags only those who had it, audited per person', async () => {
    const { dora, eli } = org.people;
    await expect(bulkRemoveTag(org.actors.admin, { personIds: [dora.id, eli.id], tagId })).resolves.toEqual({ changed: 1 });
    expect(await tagged()).toEqual([]);
    expect((await auditFor(dora.id, 'tags')).map((e) => e.actorUserId)).toEqual([org.users.coordinator.id, org.users.admin.id]);
    expect(await auditFor(eli.id, 'tags')).toEqual([]);
  });
});

describe('adding to a circle', () => {
  it('adds those not yet in it, audited per person', async () => {
    const { ana, carla, fer } = org.people;
    const { circleA } = org.circles;
    await expect(bulkAddToCircle(org.actors.admin, { personIds: [ana.id, carla.id, fer.id], circleId: circleA.id })).resolves.toEqual({ changed: 2 });
    const members = await prisma.circleMembership.findMany({ where: { circleId: circleA.id }, select: { personId: true } });
    expect(members.map((m) => m.personId)).toEqual(expect.arrayContaining([ana.id, carla.id, fer.id]));
    expect(await auditFor(carla.id, 'circles')).toHaveLength(1);
    expect(await auditFor(ana.id, 'circles')).toEqual([]); // already a member
  });

  it('answers NotFound for a circle out of scope, and changes nothing', async () => {
    const { ana } = org.people;
    const before = await prisma.circleMembership.count();
    await expect(bulkAddToCircle(org.actors.coordinator, { personIds: [ana.id], circleId: org.circles.circleB.id })).rejects.toMatchObject(notFound);
    expect(await prisma.circleMembership.count()).toBe(before);
  });

  it('answers NotFound for a member, who keeps their people one by one', async () => {
    const { eli } = org.people;
    await expect(bulkAddToCircle(org.actors.member, { personIds: [eli.id], circleId: org.circles.circleA.id })).rejects.toMatchObject(notFound);
    await expect(bulkAddTag(org.actors.member, { personIds: [eli.id], tagId })).rejects.toMatchObject(notFound);
  });
});
