import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as attendance from '@/app/api/osdi/v1/events/[id]/attendances/[attendanceId]/route';
import * as attendances from '@/app/api/osdi/v1/events/[id]/attendances/route';
import * as helper from '@/app/api/osdi/v1/events/[id]/record_attendance_helper/route';
import * as personAttendances from '@/app/api/osdi/v1/people/[id]/attendances/route';
import { unsafeGetActorByApiToken } from '@/lib/data/admin/api-tokens';
import { createMobilization } from '@/lib/data/mobilizations/mobilizations';
import { getAttendanceForApi, listAttendancesForApi, listPersonAttendancesForApi, recordAttendance, saveAttendanceFromApi } from '@/lib/data/osdi/attendances';
import type { TActor } from '@/lib/access/actor';
import { callOsdi as call, leavenId, OSDI_BASE, tokensFor } from '../support/osdi';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let coordinator: TActor;
let busId: string;
const notFound = { code: 'NOT_FOUND' };
const page = { page: 1, perPage: 25 };
const personHref = (id: string) => ({ _links: { 'osdi:person': { href: `${OSDI_BASE}/people/${id}` } } });
const commitmentOf = (personId: string) => prisma.commitment.findFirstOrThrow({ where: { mobilizationId: busId, personId } });

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  tokens = await tokensFor(org);
  coordinator = (await unsafeGetActorByApiToken(tokens.coordinator))!;
  ({ id: busId } = await createMobilization(org.actors.admin, {
    name: 'Bus to the capitol', kind: 'BUS_TRIP', startsAt: new Date(Date.now() + 7 * 86_400_000), place: null, description: null, goal: 10, goalUnit: 'SEATS',
    quotas: [{ ref: `circle:${org.circles.circleA.id}`, target: 4 }, { ref: 'open', target: 6 }],
  }));
});
afterAll(() => prisma.$disconnect());

describe('attendances: commitments through the API', () => {
  it('asks a person into their circle’s quota with their answer, reads it back from the event and from the person', async () => {
    const { ana } = org.people;
    const res = await call(attendances.POST, `/events/${busId}/attendances`, { token: tokens.coordinator, body: { status: 'accepted', ...personHref(ana.id) } }, { id: busId });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'accepted', attended: null, _links: { 'osdi:person': { href: `${OSDI_BASE}/people/${ana.id}` }, 'osdi:event': { href: `${OSDI_BASE}/events/${busId}` } } });
    const row = await commitmentOf(ana.id);
    expect(leavenId(res.body)).toBe(row.id);
    expect(row.status).toBe('COMMITTED');
    expect(row.quotaId).toBe((await prisma.quota.findFirstOrThrow({ where: { mobilizationId: busId, circleId: org.circles.circleA.id } })).id);
    expect(row.askedById).toBeNull(); // the coordinator's user has no person record in the small organization

    const again = await call(attendances.POST, `/events/${busId}/attendances`, { token: tokens.coordinator, body: personHref(ana.id) }, { id: busId });
    expect(again).toMatchObject({ status: 200, body: { status: 'accepted' } });
    const mine = await call(personAttendances.GET, `/people/${ana.id}/attendances`, { token: tokens.coordinator }, { id: ana.id });
    expect(mine.body).toMatchObject({ total_records: 1, _embedded: { 'osdi:attendances': [{ identifiers: [`leaven:${row.id}`] }] } });
  });

  it('moves the commitment by status and attended, each change audited; a retried PUT changes nothing', async () => {
    const { id } = await commitmentOf(org.people.ana.id);
    const put = (body: unknown) => call(attendance.PUT, '', { token: tokens.coordinator, method: 'PUT', body }, { id: busId, attendanceId: id });
    expect((await put({ attended: true })).body).toMatchObject({ status: 'accepted', attended: true });
    expect((await commitmentOf(org.people.ana.id)).checkedInAt).not.toBeNull();
    expect((await put({ attended: true })).status).toBe(200);
    expect((await put({ attended: false })).body).toMatchObject({ status: 'accepted', attended: false });
    expect((await put({ status: 'declined', comment: 'x' })).headers.get('Leaven-Ignored-Fields')).toBe('comment');
    expect((await commitmentOf(org.people.ana.id)).status).toBe('DECLINED');
    // The POST's yes, the check-in, the no-show, the no: the retried check-in wrote nothing.
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: 'UPDATE' } })).toBe(4);
    expect((await put({ status: 'maybe' })).body).toMatchObject({ error: 'invalid_request', message: 'status: one of accepted, declined, tentative, needs action' });
    expect((await call(attendance.PUT, '', { token: tokens.coordinator, method: 'PUT', raw: 'status=accepted' }, { id: busId, attendanceId: id })).status).toBe(400);
  });

  it('a coordinator’s token actor gets NotFound for a person out of scope, and asks nobody', async () => {
    const { beto } = org.people;
    await expect(saveAttendanceFromApi(coordinator, busId, beto.id, { status: 'accepted' })).rejects.toMatchObject(notFound);
    expect(await prisma.commitment.count({ where: { personId: beto.id } })).toBe(0);
    await saveAttendanceFromApi(org.actors.admin, busId, beto.id, {});
    const betos = await commitmentOf(beto.id);
    await expect(getAttendanceForApi(coordinator, busId, betos.id)).rejects.toMatchObject(notFound);
    await expect(listPersonAttendancesForApi(coordinator, beto.id, page)).rejects.toMatchObject(notFound);
    expect((await listAttendancesForApi(coordinator, busId, page)).rows.map((r) => r.personId)).toEqual([org.people.ana.id]);
    expect((await listAttendancesForApi(org.actors.admin, busId, page)).total).toBe(2);
    const res = await call(attendance.PUT, '', { token: tokens.coordinator, method: 'PUT', body: { status: 'accepted' } }, { id: busId, attendanceId: betos.id });
    expect(res).toMatchObject({ status: 404, body: { error: 'not_found' } });
    expect((await commitmentOf(beto.id)).status).toBe('ASKED');
    expect((await call(personAttendances.GET, `/people/${beto.id}/attendances`, { token: tokens.coordinator }, { id: beto.id })).status).toBe(404);
  });

  it('a member’s token sees and answers its own attendance only, yes or no, as on the page', async () => {
    const { dora, eli } = org.people;
    await saveAttendanceFromApi(org.actors.admin, busId, dora.id, {});
    await saveAttendanceFromApi(org.actors.admin, busId, eli.id, {});
    const own = await commitmentOf(dora.id);
    const list = await call(attendances.GET, `/events/${busId}/attendances`, { token: tokens.member }, { id: busId });
    expect(list.body._embedded['osdi:attendances'].map(leavenId)).toEqual([own.id]);
    const yes = await call(attendance.PUT, '', { token: tokens.member, method: 'PUT', body: { status: 'accepted' } }, { id: busId, attendanceId: own.id });
    expect(yes.body.status).toBe('accepted');
    expect((await commitmentOf(dora.id)).answeredAt).not.toBeNull();
    const checkIn = await call(attendance.PUT, '', { token: tokens.member, method: 'PUT', body: { attended: true } }, { id: busId, attendanceId: own.id });
    expect(checkIn).toMatchObject({ status: 400, body: { message: expect.stringContaining('answers for its own person only') } });
    // Eli is one of the member's people, but his commitment is not hers to see or answer.
    expect((await call(personAttendances.GET, `/people/${eli.id}/attendances`, { token: tokens.member }, { id: eli.id })).body.total_records).toBe(0);
    const eliC = await commitmentOf(eli.id);
    expect((await call(attendance.GET, '', { token: tokens.member }, { id: busId, attendanceId: eliC.id })).status).toBe(404);
    expect((await call(attendances.POST, `/events/${busId}/attendances`, { token: tokens.member, body: personHref(eli.id) }, { id: busId })).status).toBe(404);
  });
});

describe('the record attendance helper', () => {
  it('finds or creates the person as the signup helper does and records a yes', async () => {
    await prisma.personEmail.create({ data: { personId: org.people.carla.id, email: 'carla@example.org', isPrimary: true } });
    const found = await call(helper.POST, '', { token: tokens.admin, body: { person: { email_addresses: [{ address: 'Carla@Example.org' }] }, add_tags: ['Bus 2026'] } }, { id: busId });
    expect(found).toMatchObject({ status: 201, body: { status: 'accepted', _links: { 'osdi:person': { href: `${OSDI_BASE}/people/${org.people.carla.id}` } } } });
    expect(await prisma.personTag.count({ where: { personId: org.people.carla.id, tag: { name: 'Bus 2026' } } })).toBe(1);
    const fresh = await call(helper.POST, '', { token: tokens.coordinator, body: { person: { given_name: 'Nueva', email_addresses: [{ address: 'nueva@example.org' }] }, status: 'tentative' } }, { id: busId });
    expect(fresh).toMatchObject({ status: 201, body: { status: 'needs action' } });
    expect(await prisma.person.count({ where: { givenName: 'Nueva' } })).toBe(1);
    const twice = await call(helper.POST, '', { token: tokens.coordinator, body: { person: { email_addresses: [{ address: 'nueva@example.org' }] } } }, { id: busId });
    expect(twice).toMatchObject({ status: 200, body: { status: 'accepted' } });
    expect(await prisma.person.count({ where: { givenName: 'Nueva' } })).toBe(1);
  });

  it('makes nobody for a member’s token or an event out of reach', async () => {
    const before = await prisma.person.count();
    const body = { person: { given_name: 'Nadie', email_addresses: [{ address: 'nadie@example.org' }] } };
    expect((await call(helper.POST, '', { token: tokens.member, body }, { id: busId })).status).toBe(404);
    const missing = '3f6b1c2e-8a4d-4e5f-9b7a-0c1d2e3f4a5b';
    expect((await call(helper.POST, '', { token: tokens.admin, body }, { id: missing })).status).toBe(404);
    await expect(recordAttendance(org.actors.member, busId, body.person, [], {})).rejects.toMatchObject(notFound);
    expect(await prisma.person.count()).toBe(before);
    expect((await call(helper.POST, '', { token: tokens.admin, body: { person: 'Nadie' } }, { id: busId })).status).toBe(400);
  });
});
