import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TActor } from '@/lib/access/actor';
import { addAffiliation, removeAffiliation, searchPeopleForOrganization, updateAffiliation } from '@/lib/data/organizations/affiliations';
import { getOrganization, isStale, listOrganizationInteractions, listOrganizationPeople, listOrganizations, getOrganizationForEdit, listOwnerCandidates } from '@/lib/data/organizations/read';
import { createOrganization, updateOrganization } from '@/lib/data/organizations/write';
import { hashPassword } from '@/lib/data/account/password';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
let owner: TActor; // the coordinator, assigned the organization and owning the relationship
let otherCoordinator: TActor; // assigned the organization too, but not its owner
let orgId: string;
let otherOrgId: string; // assigned to no one

const DAY = 86_400_000;
const notFound = { code: 'NOT_FOUND' };
const lastAudit = (entityId: string) => prisma.auditEvent.findFirstOrThrow({ where: { entityId }, orderBy: { at: 'desc' } });

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  orgId = org.org.id;
  await prisma.organization.update({ where: { id: orgId }, data: { ownerUserId: org.users.coordinator.id, agreementNotes: 'Rent' } });
  otherOrgId = (await prisma.organization.create({ data: { name: 'Clean Air Now (fictional)', kind: 'ADVOCACY', closeness: 'OCCASIONAL' } })).id;
  await prisma.scope.create({ data: { userId: org.users.coordinator.id, kind: 'ORGANIZATION', organizationId: orgId } });
  const c = org.actors.coordinator;
  owner = { ...c, scope: { ...c.scope, organizationIds: [orgId] } };
  const second = await prisma.user.create({
    data: { email: 'coord2@test.example.org', role: 'COORDINATOR', passwordHash: await hashPassword('correct horse battery') },
  });
  otherCoordinator = { ...owner, userId: second.id, email: second.email };
});
afterAll(() => prisma.$disconnect());

describe('the organization list', () => {
  it('shows leadership all, a coordinator the assigned ones, a member none', async () => {
    expect((await listOrganizations(org.actors.admin)).map((o) => o.name)).toEqual(['Tenants United (fictional)', 'Clean Air Now (fictional)']);
    expect((await listOrganizations(owner)).map((o) => o.name)).toEqual(['Tenants United (fictional)']);
    expect(await listOrganizations(org.actors.coordinator)).toEqual([]);
    expect(await listOrganizations(org.actors.member)).toEqual([]);
  });

  it('counts affiliated and point people, and names the owner', async () => {
    const [tenants] = await listOrganizations(owner);
    expect(tenants).toMatchObject({ affiliated: 1, pointPeople: 1, owner: 'coord@test.example.org' });
  });
});

describe('an organization page', () => {
  it('shows the owner, the notes, and the point people', async () => {
    const detail = await getOrganization(owner, orgId);
    expect(detail).toMatchObject({
      name: 'Tenants United (fictional)',
      agreementNotes: 'Rent',
      owner: { name: 'coord@test.example.org', isMe: true },
      peopleCount: 1,
      otherPeople: 0,
      canEdit: true,
    });
    expect((await listOrganizationPeople(owner, orgId, { page: 1 })).rows).toEqual([
      { personId: org.people.carla.id, name: 'Carla Peña', isPointPerson: true, role: null, precinct: null },
    ]);
    expect((await getOrganization(otherCoordinator, orgId)).canEdit).toBe(false);
    expect((await getOrganization(org.actors.admin, orgId)).canEdit).toBe(true);
  });

  it('answers NotFound out of scope: an unassigned coordinator, any member, an unknown id', async () => {
    await expect(getOrganization(org.actors.coordinator, orgId)).rejects.toMatchObject(notFound);
    await expect(getOrganization(owner, otherOrgId)).rejects.toMatchObject(notFound);
    await expect(getOrganization(org.actors.member, orgId)).rejects.toMatchObject(notFound);
    await expect(getOrganization(org.actors.admin, '7d1f3a52-9a0e-4c1b-8d55-3f0d7b0e2a11')).rejects.toMatchObject(notFound);
    await expect(listOrganizationInteractions(org.actors.coordinator, orgId)).rejects.toMatchObject(notFound);
    await expect(listOrganizationInteractions(org.actors.member, orgId)).rejects.toMatchObject(notFound);
    await expect(listOrganizationPeople(org.actors.coordinator, orgId, { page: 1 })).rejects.toMatchObject(notFound);
    await expect(listOrganizationPeople(org.actors.member, orgId, { page: 1 })).rejects.toMatchObject(notFound);
    await expect(getOrganizationForEdit(owner, otherOrgId)).rejects.toMatchObject(notFound);
    await expect(getOrganizationForEdit(org.actors.member, orgId)).rejects.toMatchObject(notFound);
  });

  it('warns when no one has been in touch for 60 days, or ever', async () => {
    expect(await getOrganization(owner, orgId)).toMatchObject({ lastContactAt: null, stale: true });
    const log = (daysAgo: number, summary: string, data: { organizationId?: string; personId?: string }) =>
      prisma.interaction.create({
        data: {
          summary,
          kind: 'CALL',
          occurredAt: new Date(Date.now() - daysAgo * DAY),
          loggedById: org.users.admin.id,
          organizationId: data.organizationId ?? null,
          people: { create: data.personId ? [{ personId: data.personId }] : [] },
        },
      });
    const old = await log(70, 'Meeting with the tenants union', { organizationId: orgId });
    expect(await getOrganization(owner, orgId)).toMatchObject({ lastContactAt: old.occurredAt, stale: true });
    // A call with their point person counts as being in touch, even without the organization named.
    const call = await log(10, 'Call with Carla', { personId: org.people.carla.id });
    expect(await getOrganization(owner, orgId)).toMatchObject({ lastContactAt: call.occurredAt, stale: false });
    expect((await listOrganizations(owner))[0]).toMatchObject({ lastContactAt: call.occurredAt, stale: false });
    // Someone with no tie to the organization does not count.
    await log(1, 'Call with Fer', { personId: org.people.fer.id });
    expect((await listOrganizationInteractions(org.actors.admin, orgId)).map((i) => i.summary)).toEqual([
      'Call with Carla',
      'Meeting with the tenants union',
    ]);
    expect(isStale(new Date(Date.now() - 59 * DAY))).toBe(false);
    expect(isStale(new Date(Date.now() - 61 * DAY))).toBe(true);
  });
});

describe('editing an organization', () => {
  const edit = (version: number, patch: Partial<{ name: string; ownerUserId: string | null; disagreementNotes: string | null }> = {}) => ({
    id: orgId,
    version,
    name: 'Tenants United (fictional)',
    kind: 'TENANT' as const,
    closeness: 'CORE_ALLY' as const,
    agreementNotes: 'Rent',
    disagreementNotes: null,
    ...patch,
  });

  it('the owning coordinator saves on the current version; the audit names the fields, not the values', async () => {
    const { version } = await getOrganizationForEdit(owner, orgId);
    const saved = await updateOrganization(owner, edit(version, { disagreementNotes: 'Endorsement timing' }));
    expect(saved.version).toBe(version + 1);
    const event = await lastAudit(orgId);
    expect(event).toMatchObject({ action: 'UPDATE', entityType: 'organization', actorUserId: org.users.coordinator.id });
    expect(event.changedFields.sort()).toEqual(['closeness', 'disagreementNotes']);
    expect(JSON.stringify(event)).not.toContain('Endorsement');
  });

  it('refuses a stale save with CONFLICT and writes nothing', async () => {
    const { version } = await getOrganizationForEdit(org.actors.admin, orgId);
    await updateOrganization(org.actors.admin, edit(version, { name: 'Tenants United' }));
    await expect(updateOrganization(owner, edit(version, { name: 'Stale' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: orgId } })).name).toBe('Tenants United');
  });

  it('only leadership hands the relationship to someone else, and only to leadership or a coordinator', async () => {
    let { version } = await getOrganizationForEdit(owner, orgId);
    await updateOrganization(owner, edit(version, { ownerUserId: otherCoordinator.userId }));
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: orgId } })).ownerUserId).toBe(org.users.coordinator.id);
    version += 1;
    await expect(updateOrganization(org.actors.admin, edit(version, { ownerUserId: org.users.member.id }))).rejects.toMatchObject({ code: 'INVALID' });
    expect((await listOwnerCandidates(org.actors.admin)).map((c) => c.name)).toEqual([
      'admin@test.example.org',
      'coord@test.example.org',
      'coord2@test.example.org',
    ]);
    await expect(listOwnerCandidates(owner)).rejects.toMatchObject(notFound);
    await expect(listOwnerCandidates(org.actors.member)).rejects.toMatchObject(notFound);
  });

  it('refuses everyone else with NotFound: out of scope, or a coordinator who does not own it', async () => {
    await expect(updateOrganization(otherCoordinator, edit(99))).rejects.toMatchObject(notFound);
    await expect(updateOrganization(org.actors.coordinator, edit(99))).rejects.toMatchObject(notFound);
    await expect(updateOrganization(org.actors.member, edit(99))).rejects.toMatchObject(notFound);
    await expect(updateOrganization(owner, { ...edit(1), id: otherOrgId })).rejects.toMatchObject(notFound);
  });

  it('leadership creates organizations; no one else does', async () => {
    const input = { name: 'Parents United (fictional)', kind: 'EDUCATION' as const, closeness: 'ALLY' as const, ownerUserId: owner.userId };
    const { id } = await createOrganization(org.actors.admin, input);
    expect(await lastAudit(id)).toMatchObject({ action: 'CREATE', entityType: 'organization', changedFields: ['name', 'kind', 'closeness', 'ownerUserId'] });
    await expect(createOrganization(owner, input)).rejects.toMatchObject(notFound);
    await expect(createOrganization(org.actors.member, input)).rejects.toMatchObject(notFound);
  });
});

describe('affiliated people', () => {
  it('the owner finds people in their scope by name, without accents, leaving out those already affiliated', async () => {
    expect((await searchPeopleForOrganization(owner, orgId, 'nunez')).map((p) => p.name)).toEqual(['Ana Núñez']);
    expect(await searchPeopleForOrganization(owner, orgId, 'pena')).toEqual([]); // Carla is affiliated already
    expect(await searchPeopleForOrganization(owner, orgId, 'ramirez')).toEqual([]); // Beto is out of scope
    await expect(searchPeopleForOrganization(org.actors.member, orgId, 'nunez')).rejects.toMatchObject(notFound);
    await expect(searchPeopleForOrganization(owner, otherOrgId, 'nunez')).rejects.toMatchObject(notFound);
  });

  it('adds, changes and removes an affiliation, each audited by field name', async () => {
    const key = { organizationId: orgId, personId: org.people.ana.id };
    const { id } = await addAffiliation(owner, { ...key, role: 'building rep', isPointPerson: false });
    expect(await lastAudit(id)).toMatchObject({ action: 'CREATE', entityType: 'affiliation', changedFields: ['organizationId', 'personId', 'isPointPerson', 'role'] });
    await expect(addAffiliation(owner, { ...key, role: null, isPointPerson: false })).rejects.toMatchObject({ code: 'CONFLICT' });

    await updateAffiliation(owner, { ...key, role: 'building rep', isPointPerson: true });
    expect(await lastAudit(id)).toMatchObject({ action: 'UPDATE', changedFields: ['isPointPerson'] });
    const points = (await listOrganizationPeople(owner, orgId, { page: 1 })).rows.filter((p) => p.isPointPerson).map((p) => p.name);
    expect(points).toEqual(['Ana Núñez', 'Carla Peña']);

    await removeAffiliation(owner, key);
    expect(await prisma.affiliation.findUnique({ where: { id } })).toBeNull();
    expect(await lastAudit(id)).toMatchObject({ action: 'DELETE', changedFields: ['organizationId', 'personId'] });
  });

  it('answers NotFound to every out-of-scope attempt, and changes nothing', async () => {
    const before = await prisma.affiliation.count();
    const carla = { organizationId: orgId, personId: org.people.carla.id };
    const attempts = [
      () => addAffiliation(owner, { organizationId: orgId, personId: org.people.beto.id, role: null, isPointPerson: false }),
      () => addAffiliation(owner, { organizationId: otherOrgId, personId: org.people.ana.id, role: null, isPointPerson: false }),
      () => addAffiliation(org.actors.coordinator, { organizationId: orgId, personId: org.people.ana.id, role: null, isPointPerson: false }),
      () => updateAffiliation(org.actors.coordinator, { ...carla, role: 'x', isPointPerson: false }),
      () => removeAffiliation(org.actors.coordinator, carla),
      () => addAffiliation(org.actors.member, { organizationId: orgId, personId: org.people.dora.id, role: null, isPointPerson: false }),
      () => updateAffiliation(org.actors.member, { ...carla, role: 'x', isPointPerson: false }),
      () => removeAffiliation(org.actors.member, carla),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject(notFound);
    // A coordinator who has the organization but does not own the relationship.
    await expect(removeAffiliation(otherCoordinator, carla)).rejects.toMatchObject(notFound);
    expect(await prisma.affiliation.count()).toBe(before);
  });

  it('names only people in the viewer’s scope; a person in the trash is neither named nor counted', async () => {
    await prisma.affiliation.create({ data: { organizationId: orgId, personId: org.people.fer.id } });
    await prisma.person.update({ where: { id: org.people.fer.id }, data: { deletedAt: new Date() } });
    const detail = await getOrganization(org.actors.admin, orgId);
    expect((await listOrganizationPeople(org.actors.admin, orgId, { page: 1 })).rows.map((p) => p.name)).toEqual(['Carla Peña']);
    expect([detail.peopleCount, detail.otherPeople]).toEqual([1, 0]);
    // Searched by name, the same: someone in the trash is not found.
    expect((await listOrganizationPeople(org.actors.admin, orgId, { q: 'fer', page: 1 })).total).toBe(0);
    expect((await listOrganizationPeople(org.actors.admin, orgId, { q: 'pena', page: 1 })).rows.map((p) => p.name)).toEqual(['Carla Peña']);
  });
});
