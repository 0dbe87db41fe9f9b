import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPersonProfile } from '@/lib/data/profile/profile';
import { addRelationship, orderPair, removeRelationship, setRecruiter, updateRelationship } from '@/lib/data/people/relationships';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

const notFound = { code: 'NOT_FOUND' };
const version = async (id: string) => (await prisma.person.findUniqueOrThrow({ where: { id } })).version;

describe('relationships', () => {
  it('are stored once per pair, in the order the CHECK constraint wants, whichever profile adds them', async () => {
    const { ana, dora } = org.people;
    const { id } = await addRelationship(org.actors.coordinator, { personId: dora.id, otherId: ana.id, kind: 'NEIGHBOUR', strength: 2, note: 'Same block' });
    const row = await prisma.relationship.findUniqueOrThrow({ where: { id } });
    expect([row.personAId, row.personBId]).toEqual(orderPair(ana.id, dora.id));
    expect(row.personAId < row.personBId).toBe(true);
    await expect(
      addRelationship(org.actors.coordinator, { personId: ana.id, otherId: dora.id, kind: 'FRIEND', strength: 3 }),
    ).rejects.toMatchObject({ code: 'INVALID', message: 'relationshipExists' });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: 'CREATE', entityType: 'relationship', actorUserId: org.users.coordinator.id });
    expect(audit.changedFields).toContain('note');
    expect(JSON.stringify(audit)).not.toContain('Same block');
  });

  it('show on both profiles, and edits and removal are audited', async () => {
    const { ana, dora } = org.people;
    const [fromAna, fromDora] = await Promise.all([getPersonProfile(org.actors.admin, ana.id), getPersonProfile(org.actors.admin, dora.id)]);
    expect(fromAna.ties.relationships.map((r) => r.other.id)).toEqual([dora.id]);
    expect(fromDora.ties.relationships.map((r) => r.other.id)).toEqual([ana.id]);
    const id = fromAna.ties.relationships[0]!.id;
    await updateRelationship(org.actors.coordinator, { id, kind: 'FRIEND', strength: 2, note: 'Same block' });
    const update = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'UPDATE' } });
    expect(update.changedFields).toEqual(['kind']);
    await removeRelationship(org.actors.coordinator, { id });
    expect(await prisma.relationship.count({ where: { id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: 'DELETE' } })).toBe(1);
  });

  it('cannot involve, change or remove anyone out of the actor’s scope', async () => {
    const { ana, beto, dora, eli } = org.people;
    await expect(addRelationship(org.actors.coordinator, { personId: ana.id, otherId: beto.id, kind: 'FRIEND', strength: 1 })).rejects.toMatchObject(notFound);
    await expect(addRelationship(org.actors.member, { personId: dora.id, otherId: ana.id, kind: 'FRIEND', strength: 1 })).rejects.toMatchObject(notFound);
    const hidden = await addRelationship(org.actors.admin, { personId: ana.id, otherId: beto.id, kind: 'COWORKER', strength: 1 });
    await expect(updateRelationship(org.actors.coordinator, { id: hidden.id, kind: 'FRIEND', strength: 3 })).rejects.toMatchObject(notFound);
    await expect(removeRelationship(org.actors.coordinator, { id: hidden.id })).rejects.toMatchObject(notFound);
    expect(await prisma.relationship.count({ where: { id: hidden.id, kind: 'COWORKER' } })).toBe(1);
    // The coordinator sees Ana, but not her tie to Beto.
    expect((await getPersonProfile(org.actors.coordinator, ana.id)).ties.relationships).toEqual([]);
    // A member may record ties among their own people.
    await expect(addRelationship(org.actors.member, { personId: dora.id, otherId: eli.id, kind: 'FAMILY', strength: 3 })).resolves.toHaveProperty('id');
  });
});

describe('recruited by', () => {
  it('is set and cleared with the person’s version, and audited by field name', async () => {
    const { ana, fer } = org.people;
    const v = await version(fer.id);
    const saved = await setRecruiter(org.actors.admin, { personId: fer.id, recruiterId: ana.id, version: v });
    expect(saved.version).toBe(v + 1);
    expect((await getPersonProfile(org.actors.admin, fer.id)).recruitment.chain.map((c) => c.id)).toEqual([ana.id]);
    await expect(setRecruiter(org.actors.admin, { personId: fer.id, recruiterId: null, version: v })).rejects.toMatchObject({ code: 'CONFLICT' });
    await setRecruiter(org.actors.admin, { personId: fer.id, recruiterId: null, version: v + 1 });
    expect((await prisma.person.findUniqueOrThrow({ where: { id: fer.id } })).recruitedById).toBeNull();
    const events = await prisma.auditEvent.findMany({ where: { entityId: fer.id, action: 'UPDATE' } });
    expect(events.map((e) => e.changedFields)).toEqual([['recruitedById'], ['recruitedById']]);
  });

  it('refuses a loop: oneself, one’s own recruit, or anyone further down', async () => {
    const { dora, eli, fer } = org.people; // Dora recruited Eli
    await setRecruiter(org.actors.admin, { personId: fer.id, recruiterId: eli.id, version: await version(fer.id) }); // Dora → Eli → Fer
    const cycle = { code: 'INVALID', message: 'recruitmentCycle' };
    await expect(setRecruiter(org.actors.admin, { personId: dora.id, recruiterId: dora.id, version: await version(dora.id) })).rejects.toMatchObject(cycle);
    await expect(setRecruiter(org.actors.admin, { personId: dora.id, recruiterId: eli.id, version: await version(dora.id) })).rejects.toMatchObject(cycle);
    await expect(setRecruiter(org.actors.admin, { personId: dora.id, recruiterId: fer.id, version: await version(dora.id) })).rejects.toMatchObject(cycle);
    expect((await prisma.person.findUniqueOrThrow({ where: { id: dora.id } })).recruitedById).toBeNull();
    const down = (await getPersonProfile(org.actors.admin, dora.id)).recruitment;
    expect(down.downline.map((d) => [d.givenName, d.depth])).toEqual([['Eli', 1], ['Fer', 2]]);
  });

  it('is for leadership and coordinators, within scope', async () => {
    const { dora, eli, beto, ana } = org.people;
    await expect(setRecruiter(org.actors.member, { personId: eli.id, recruiterId: null, version: await version(eli.id) })).rejects.toMatchObject(notFound);
    await expect(setRecruiter(org.actors.coordinator, { personId: beto.id, recruiterId: ana.id, version: await version(beto.id) })).rejects.toMatchObject(notFound);
    await expect(setRecruiter(org.actors.coordinator, { personId: ana.id, recruiterId: beto.id, version: await version(ana.id) })).rejects.toMatchObject(notFound);
    await expect(setRecruiter(org.actors.coordinator, { personId: ana.id, recruiterId: dora.id, version: await version(ana.id) })).resolves.toHaveProperty('version');
  });

  it('a loop already in the data (an import, a bad merge) does not hang the profile nor repeat anyone', async () => {
    const mk = (givenName: string) => prisma.person.create({ data: { givenName, familyName: 'Loop' } });
    const [x, y, z, w, v] = [await mk('Xochitl'), await mk('Yolanda'), await mk('Zoe'), await mk('Wendy'), await mk('Vero')];
    // x is recruited by y, y by z, z by x: a loop of three. (A loop of one is refused by a CHECK.)
    await prisma.person.update({ where: { id: x.id }, data: { recruitedById: y.id } });
    await prisma.person.update({ where: { id: y.id }, data: { recruitedById: z.id } });
    await prisma.person.update({ where: { id: z.id }, data: { recruitedById: x.id } });
    // And a loop of two.
    await prisma.person.update({ where: { id: w.id }, data: { recruitedById: v.id } });
    await prisma.person.update({ where: { id: v.id }, data: { recruitedById: w.id } });
    const p = await getPersonProfile(org.actors.admin, x.id);
    expect(p.recruitment.chain.map((c) => c.givenName)).toEqual(['Yolanda', 'Zoe']);
    expect(p.recruitment.downline.map((d) => [d.givenName, d.depth])).toEqual([['Zoe', 1], ['Yolanda', 2]]);
    expect(p.recruitment.downlineTotal).toBe(2);
    const pair = await getPersonProfile(org.actors.admin, w.id);
    expect(pair.recruitment.chain.map((c) => c.givenName)).toEqual(['Vero']);
    expect(pair.recruitment.downline.map((d) => d.givenName)).toEqual(['Vero']);
    // Hanging a newcomer under the loop is fine; closing another loop through it is not.
    const newcomer = await mk('Nueva');
    await setRecruiter(org.actors.admin, { personId: newcomer.id, recruiterId: x.id, version: 1 });
    expect((await prisma.person.findUniqueOrThrow({ where: { id: newcomer.id } })).recruitedById).toBe(x.id);
    await expect(setRecruiter(org.actors.admin, { personId: y.id, recruiterId: newcomer.id, version: await version(y.id) })).rejects.toMatchObject({ message: 'recruitmentCycle' });
    await setRecruiter(org.actors.admin, { personId: w.id, recruiterId: x.id, version: await version(w.id) });
    expect((await prisma.person.findUniqueOrThrow({ where: { id: w.id } })).recruitedById).toBe(x.id);
  });

  it('shows the chain and downline only through people the viewer may see', async () => {
    const { ana, dora, carla } = org.people;
    // Ana became Dora's recruit above; now Carla (out of the coordinator's scope) does too.
    await setRecruiter(org.actors.admin, { personId: carla.id, recruiterId: dora.id, version: await version(carla.id) });
    const forCoordinator = await getPersonProfile(org.actors.coordinator, dora.id);
    expect(forCoordinator.recruitment.downline.map((d) => d.id)).not.toContain(carla.id);
    expect(forCoordinator.recruitment.downline.map((d) => d.id)).toContain(ana.id);
    expect((await getPersonProfile(org.actors.admin, dora.id)).recruitment.downline.map((d) => d.id)).toContain(carla.id);
  });
});
