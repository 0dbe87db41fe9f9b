import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCircles } from '@/lib/data/circles/read';
import { listOrganizations } from '@/lib/data/organizations/read';
import { getPerson, listPeople } from '@/lib/data/people/list';
import { createPerson, deletePerson, restorePerson, updatePerson } from '@/lib/data/people/write';
import { listPrecincts } from '@/lib/data/ward/precincts';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

const notFound = { code: 'NOT_FOUND' };
const visibleIds = async (actor: TSmallOrg['actors'][keyof TSmallOrg['actors']]) =>
  (await listPeople(actor, { pageSize: 100 })).rows.map((r) => r.id).sort();

describe('who may see which people', () => {
  it('leadership sees everyone', async () => {
    expect(await visibleIds(org.actors.admin)).toEqual(Object.values(org.people).map((p) => p.id).sort());
  });

  it('a member sees their own record and the people they recruited or added, and nobody else', async () => {
    const { dora, eli, ana, beto } = org.people;
    expect(await visibleIds(org.actors.member)).toEqual([dora.id, eli.id].sort());
    await expect(getPerson(org.actors.member, dora.id)).resolves.toMatchObject({ id: dora.id });
    await expect(getPerson(org.actors.member, eli.id)).resolves.toMatchObject({ id: eli.id });
    await expect(getPerson(org.actors.member, ana.id)).rejects.toMatchObject(notFound);
    await expect(getPerson(org.actors.member, beto.id)).rejects.toMatchObject(notFound);
  });

  it('a member without a linked person record sees no one (never everyone)', async () => {
    const orphan = { ...org.actors.member, personId: null, userId: '00000000-0000-4000-8000-000000000001' };
    expect(await visibleIds(orphan)).toEqual([]);
  });

  it('a coordinator sees the people of their circles, and not the rest', async () => {
    const { ana, dora, beto, carla } = org.people;
    expect(await visibleIds(org.actors.coordinator)).toEqual([ana.id, dora.id].sort());
    await expect(getPerson(org.actors.coordinator, beto.id)).rejects.toMatchObject(notFound);
    await expect(getPerson(org.actors.coordinator, carla.id)).rejects.toMatchObject(notFound);
  });

  it('a coordinator also sees the people they added and the people in interactions they logged', async () => {
    const added = await createPerson(org.actors.coordinator, { preferredName: 'Chayo' });
    await expect(getPerson(org.actors.coordinator, added.id)).resolves.toMatchObject({ preferredName: 'Chayo' });
    await prisma.interaction.create({
      data: {
        occurredAt: new Date(),
        kind: 'ONE_ON_ONE',
        summary: 'Coffee after the LSC meeting',
        loggedById: org.users.coordinator.id,
        people: { create: [{ personId: org.people.fer.id }] },
      },
    });
    await expect(getPerson(org.actors.coordinator, org.people.fer.id)).resolves.toMatchObject({ id: org.people.fer.id });
  });

  it('an unknown id and an out-of-scope id answer the same', async () => {
    await expect(getPerson(org.actors.member, '7d1f3a52-9a0e-4c1b-8d55-3f0d7b0e2a11')).rejects.toMatchObject(notFound);
  });
});

describe('circles, organizations and precincts in scope', () => {
  it('circles: leadership all, coordinators their assigned ones, members the ones they belong to', async () => {
    const names = async (a: TSmallOrg['actors'][keyof TSmallOrg['actors']]) => (await listCircles(a)).map((c) => c.name).sort();
    expect(await names(org.actors.admin)).toEqual(['Club Sierra Alta', 'LSC Escuela Ficticia']);
    expect(await names(org.actors.coordinator)).toEqual(['Club Sierra Alta']);
    const mine = await listCircles(org.actors.member);
    expect(mine).toEqual([expect.objectContaining({ name: 'Club Sierra Alta', myRole: 'MEMBER', memberCount: null })]);
  });

  it('organizations: leadership all, an unassigned coordinator none, members none', async () => {
    expect(await listOrganizations(org.actors.admin)).toHaveLength(1);
    expect(await listOrganizations(org.actors.coordinator)).toEqual([]);
    expect(await listOrganizations(org.actors.member)).toEqual([]);
    const assigned = { ...org.actors.coordinator, scope: { ...org.actors.coordinator.scope, organizationIds: [org.org.id] } };
    expect((await listOrganizations(assigned)).map((o) => o.name)).toEqual(['Tenants United (fictional)']);
  });

  it('precinct counts include only the people in scope; members get none', async () => {
    const forCoordinator = await listPrecincts(org.actors.coordinator);
    expect(forCoordinator.find((p) => p.number === 1)?.residents).toBe(1); // Ana
    expect(forCoordinator.find((p) => p.number === 2)?.residents).toBe(1); // Dora, not Beto
    await expect(listPrecincts(org.actors.member)).rejects.toMatchObject(notFound);
  });
});

describe('changes: versioned, audited in the same transaction', () => {
  it('saves on the current version and records which fields changed, not their values', async () => {
    const ana = await getPerson(org.actors.admin, org.people.ana.id);
    const saved = await updatePerson(org.actors.admin, { id: ana.id, version: ana.version, patch: { pronouns: 'she/her', givenName: 'Ana' } });
    expect(saved.version).toBe(ana.version + 1);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: ana.id, action: 'UPDATE' }, orderBy: { at: 'desc' } });
    expect(event.changedFields).toEqual(['pronouns']);
    expect(event.actorUserId).toBe(org.users.admin.id);
    expect(JSON.stringify(event)).not.toContain('she/her');
  });

  it('refuses a save made on top of an older version, and writes nothing', async () => {
    const before = await getPerson(org.actors.admin, org.people.beto.id);
    await updatePerson(org.actors.admin, { id: before.id, version: before.version, patch: { notes: 'first edit' } });
    await expect(
      updatePerson(org.actors.admin, { id: before.id, version: before.version, patch: { notes: 'stale edit' } }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await getPerson(org.actors.admin, before.id)).notes).toBe('first edit');
  });

  it('a coordinator cannot change someone out of scope', async () => {
    await expect(
      updatePerson(org.actors.coordinator, { id: org.people.beto.id, version: 1, patch: { notes: 'x' } }),
    ).rejects.toMatchObject(notFound);
  });

  it('a failed change leaves no audit event behind', async () => {
    const events = await prisma.auditEvent.count();
    const ana = await getPerson(org.actors.admin, org.people.ana.id);
    // The database refuses a person with no name at all; the audit row must roll back with it.
    await expect(
      updatePerson(org.actors.admin, { id: ana.id, version: ana.version, patch: { givenName: null, familyName: null, preferredName: null } }),
    ).rejects.toThrow();
    expect(await prisma.auditEvent.count()).toBe(events);
  });

  it('delete moves a person to the trash; only leadership restores', async () => {
    const { fer } = org.people;
    await deletePerson(org.actors.admin, fer.id);
    await expect(getPerson(org.actors.admin, fer.id)).rejects.toMatchObject(notFound);
    await expect(restorePerson(org.actors.coordinator, fer.id)).rejects.toMatchObject(notFound);
    await restorePerson(org.actors.admin, fer.id);
    await expect(getPerson(org.actors.admin, fer.id)).resolves.toMatchObject({ id: fer.id });
    const actions = (await prisma.auditEvent.findMany({ where: { entityId: fer.id }, orderBy: { at: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['DELETE', 'RESTORE']);
  });

  it('members cannot delete anyone, not even "my people"', async () => {
    await expect(deletePerson(org.actors.member, org.people.eli.id)).rejects.toMatchObject(notFound);
  });
});
