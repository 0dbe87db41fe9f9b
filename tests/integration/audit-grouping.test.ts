import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from '@/lib/data/admin/audit-log';
import { listPeopleForApi } from '@/lib/data/osdi/people';
import { getRoster } from '@/lib/data/mobilizations/commitment-lists';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// The audit log groups a list of people read at once into one entry with a count (the ids kept
// with it), so reads stay recorded without drowning the changes; and it names who did what.

const prisma = testClient();
let org: TSmallOrg;
const page = { page: 1, pageSize: 50 };

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

describe('list views in the audit log', () => {
  it('an API read of a page of people is one entry with its count and ids, not one per person', async () => {
    const before = await prisma.auditEvent.count();
    const { rows } = await listPeopleForApi(org.actors.admin, { page: 1, perPage: 25 });
    expect(rows.length).toBe(6);
    expect(await prisma.auditEvent.count()).toBe(before + 1);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'VIEW', entityType: 'person_list' }, orderBy: { at: 'desc' } });
    expect(event.entityIds.sort()).toEqual(rows.map((r) => r.id).sort());
    const listed = (await listAuditEvents(org.actors.admin, { ...page, action: 'VIEW' })).rows.find((r) => r.id === event.id)!;
    expect(listed.count).toBe(6);
  });

  it('a roster read is one entry naming the mobilization, with the people on it', async () => {
    const m = await prisma.mobilization.create({ data: { name: 'Bus to Springfield', kind: 'BUS_TRIP', startsAt: new Date(), goal: 10 } });
    for (const p of [org.people.ana, org.people.dora]) await prisma.commitment.create({ data: { mobilizationId: m.id, personId: p.id, status: 'COMMITTED' } });
    await getRoster(org.actors.coordinator, m.id);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'VIEW', entityType: 'mobilization', entityId: m.id } });
    expect(event.changedFields).toEqual(['roster']);
    expect(event.entityIds.sort()).toEqual([org.people.ana.id, org.people.dora.id].sort());
    const listed = (await listAuditEvents(org.actors.admin, { ...page, action: 'VIEW' })).rows.find((r) => r.id === event.id)!;
    expect(listed).toMatchObject({ count: 2, mobilization: 'Bus to Springfield' });
  });

  it('the person filter still finds every read of that person, grouped ones included', async () => {
    const { rows } = await listAuditEvents(org.actors.admin, { ...page, personId: org.people.dora.id });
    expect(rows.some((r) => r.entityType === 'mobilization' && r.count === 2)).toBe(true);
    expect(rows.some((r) => r.entityType === 'person_list' && r.count === 6)).toBe(true);
  });

  it('names who did it by their person’s name, with the email beside it', async () => {
    const { rows } = await listAuditEvents(org.actors.admin, { ...page, actorUserId: org.users.coordinator.id });
    expect(rows[0]!.actor).toMatchObject({ name: null, account: 'coord@test.example.org' });
    await prisma.user.update({ where: { id: org.users.coordinator.id }, data: { personId: org.people.fer.id } });
    const again = await listAuditEvents(org.actors.admin, { ...page, actorUserId: org.users.coordinator.id });
    expect(again.rows[0]!.actor).toMatchObject({ name: 'Fer Lucero', account: 'coord@test.example.org' });
  });
});
