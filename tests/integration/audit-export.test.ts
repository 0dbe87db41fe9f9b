import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents, recordProfileView } from '@/lib/data/admin/audit-log';
import { updatePerson } from '@/lib/data/people/write';
import { codeOf } from '../support/app-error';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
const page = { page: 1, pageSize: 50 };

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

describe('the audit log', () => {
  it('filters by person, by user, by action and by date, and names who and what', async () => {
    const { ana, beto } = org.people;
    await updatePerson(org.actors.admin, { id: ana.id, version: 1, patch: { notes: 'Knows everyone on 26th Street' } });
    await updatePerson(org.actors.coordinator, { id: ana.id, version: 2, patch: { pronouns: 'she/her' } });
    await recordProfileView(org.actors.coordinator, ana.id);
    await updatePerson(org.actors.admin, { id: beto.id, version: 1, patch: { city: 'Chicago' } });

    const anas = await listAuditEvents(org.actors.admin, { ...page, personId: ana.id });
    expect(anas.rows.map((r) => r.action)).toEqual(['VIEW', 'UPDATE', 'UPDATE']);
    expect(anas.rows[0]).toMatchObject({ actor: { account: 'coord@test.example.org' }, person: { givenName: 'Ana' } });
    expect(anas.rows.map((r) => r.changedFields)).toEqual([[], ['pronouns'], ['notes']]);

    expect((await listAuditEvents(org.actors.admin, { ...page, personName: 'ramírez' })).rows.map((r) => r.changedFields)).toEqual([['city']]);
    // Typed without the accent, and once the person is in the trash: the log still finds them.
    await prisma.person.update({ where: { id: beto.id }, data: { deletedAt: new Date() } });
    expect((await listAuditEvents(org.actors.admin, { ...page, personName: 'RAMIREZ' })).rows.map((r) => r.changedFields)).toEqual([['city']]);
    await prisma.person.update({ where: { id: beto.id }, data: { deletedAt: null } });
    const bySomeone = await listAuditEvents(org.actors.admin, { ...page, actorUserId: org.users.coordinator.id, action: 'UPDATE' });
    expect(bySomeone.total).toBe(1);
    expect(bySomeone.rows[0]!.entityId).toBe(ana.id);

    const now = Date.now();
    expect((await listAuditEvents(org.actors.admin, { ...page, personId: ana.id, from: new Date(now - 60_000), to: new Date(now + 60_000) })).total).toBe(3);
    expect((await listAuditEvents(org.actors.admin, { ...page, personId: ana.id, to: new Date(now - 60_000) })).total).toBe(0);
    expect((await listAuditEvents(org.actors.admin, { page: 2, pageSize: 2, personId: ana.id })).rows).toHaveLength(1);
  });

  it('holds no personal values: field names only', async () => {
    const text = JSON.stringify(await prisma.auditEvent.findMany());
    expect(text).not.toContain('26th Street');
    expect(text).not.toContain('she/her');
    expect(text).not.toContain('Chicago');
  });

  it('is leadership’s alone, and a profile view out of scope is NotFound', async () => {
    expect(await codeOf(listAuditEvents(org.actors.coordinator, page))).toBe('NOT_FOUND');
    expect(await codeOf(listAuditEvents(org.actors.member, page))).toBe('NOT_FOUND');
    expect(await codeOf(recordProfileView(org.actors.coordinator, org.people.beto.id))).toBe('NOT_FOUND');
    expect(await codeOf(recordProfileView(org.actors.member, org.people.ana.id))).toBe('NOT_FOUND');
  });
});
