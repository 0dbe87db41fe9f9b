import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as event from '@/app/api/osdi/v1/events/[id]/route';
import * as events from '@/app/api/osdi/v1/events/route';
import * as entry from '@/app/api/osdi/v1/route';
import { unsafeGetActorByApiToken } from '@/lib/data/admin/api-tokens';
import { askPeople, setCommitmentStatus } from '@/lib/data/mobilizations/commitments';
import { createMobilization, getMobilization } from '@/lib/data/mobilizations/mobilizations';
import { createEventFromApi, getEventForApi, listEventsForApi, updateEventFromApi } from '@/lib/data/osdi/events';
import { callOsdi as call, leavenId, tokensFor } from '../support/osdi';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let rallyId: string; // the member (Dora) is asked to it
let lobbyId: string; // nobody is asked
const notFound = { code: 'NOT_FOUND' };
const soon = (days: number) => new Date(Date.now() + days * 86_400_000);

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  tokens = await tokensFor(org);
  const base = { place: null, description: null, goalUnit: 'PEOPLE' as const };
  ({ id: rallyId } = await createMobilization(org.actors.admin, { ...base, name: 'Rally at City Hall', kind: 'RALLY', startsAt: soon(3), goal: 30, quotas: [{ ref: `circle:${org.circles.circleA.id}`, target: 10 }, { ref: 'open', target: 20 }] }));
  ({ id: lobbyId } = await createMobilization(org.actors.admin, { ...base, name: 'Lobby day', kind: 'LOBBY_DAY', startsAt: soon(5), goal: 5, quotas: [] }));
  await askPeople(org.actors.admin, { mobilizationId: rallyId, personIds: [org.people.dora.id, org.people.beto.id, org.people.ana.id], quotaId: null });
  const yes = await prisma.commitment.findMany({ where: { mobilizationId: rallyId, personId: { in: [org.people.dora.id, org.people.beto.id] } } });
  await setCommitmentStatus(org.actors.admin, { mobilizationId: rallyId, commitmentIds: yes.map((c) => c.id), status: 'CONFIRMED' });
});
afterAll(() => prisma.$disconnect());

describe('the entry point', () => {
  it('links to the events collection', async () => {
    const res = await call(entry.GET, '', { token: tokens.member });
    expect(res.body._links['osdi:events']).toEqual({ href: 'http://leaven.test/api/osdi/v1/events' });
  });
});

describe('events: mobilizations through the API', () => {
  it('creates an event as leadership, mapping OSDI fields and naming the ones Leaven does not keep', async () => {
    const res = await call(events.POST, '/events', {
      token: tokens.admin,
      body: {
        title: 'Bus to Springfield', start_date: '2099-03-14T07:30:00-05:00', end_date: '2099-03-14T20:00:00-05:00', capacity: 40,
        location: { venue: 'Parish hall', address_lines: ['1900 W Cermak'], locality: 'Chicago' }, custom_fields: { kind: 'BUS_TRIP' }, browser_url: 'https://example.org/bus',
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('Leaven-Ignored-Fields')).toBe('end_date, browser_url');
    expect(res.body).toMatchObject({
      title: 'Bus to Springfield', name: 'Bus to Springfield', start_date: '2099-03-14T12:30:00.000Z', capacity: 40, status: 'confirmed', total_accepted: 0,
      location: { venue: 'Parish hall, 1900 W Cermak, Chicago' }, custom_fields: { kind: 'BUS_TRIP', goal: 40, goal_unit: 'SEATS' },
    });
    expect(res.body).not.toHaveProperty('end_date');
    const id = leavenId(res.body);
    expect(res.headers.get('Location')).toBe(`http://leaven.test/api/osdi/v1/events/${id}`);
    expect(res.body._links['osdi:attendances'].href).toBe(`http://leaven.test/api/osdi/v1/events/${id}/attendances`);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: 'CREATE', entityType: 'mobilization' } })).toBe(1);
  });

  it('answers 400 with what to fix, never 500, and creates nothing', async () => {
    const before = await prisma.mobilization.count();
    const bad = await call(events.POST, '/events', { token: tokens.admin, raw: '{"title": "x",' });
    expect(bad).toMatchObject({ status: 400, body: { error: 'invalid_json' } });
    const types = await call(events.POST, '/events', { token: tokens.admin, body: { title: ['x'], start_date: 'mañana', capacity: -2 } });
    expect(types.status).toBe(400);
    expect(types.body.message).toContain('title: expected a string');
    expect(types.body.message).toContain('start_date: expected an ISO 8601 date-time');
    expect(types.body.message).toContain('capacity: at least 1');
    const missing = await call(events.POST, '/events', { token: tokens.admin, body: { title: 'Rally', start_date: '2027-05-01T10:00:00Z' } });
    expect(missing.body.message).toMatch(/custom_fields\.kind: a new event needs its kind.*capacity: a new event needs a capacity/);
    expect((await call(events.POST, '/events', { token: tokens.admin, body: { title: 'x', status: 'cancelled' } })).body.message).toMatch(/DELETE it/);
    expect(await prisma.mobilization.count()).toBe(before);
  });

  it('pages through the events soonest first, with the organization-wide count of yeses', async () => {
    const first = await call(events.GET, '/events?page=1&per_page=2', { token: tokens.admin });
    expect(first.body).toMatchObject({ page: 1, per_page: 2, total_pages: 2, total_records: 3 });
    expect(first.body._embedded['osdi:events'].map((e: { title: string }) => e.title)).toEqual(['Rally at City Hall', 'Lobby day']);
    expect(first.body._embedded['osdi:events'][0]).toMatchObject({ total_accepted: 2, capacity: null, custom_fields: { goal: 30, goal_unit: 'PEOPLE' } });
    expect(first.body._links.next.href).toBe('http://leaven.test/api/osdi/v1/events?page=2&per_page=2');
    expect((await call(events.GET, '/events?per_page=0', { token: tokens.admin })).status).toBe(400);
  });

  it('updates only the fields sent, keeps the quotas, bumps the version and audits each save', async () => {
    const res = await call(event.PUT, `/events/${rallyId}`, { token: tokens.admin, method: 'PUT', body: { title: 'Rally at City Hall (2pm)', capacity: 35 } }, { id: rallyId });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'Rally at City Hall (2pm)', capacity: 35, custom_fields: { kind: 'RALLY', goal: 35, goal_unit: 'SEATS' } });
    const m = await getMobilization(org.actors.admin, rallyId);
    expect(m.version).toBe(2);
    expect(m.quotas.map((q) => [q.ref.split(':')[0], q.target]).sort()).toEqual([['circle', 10], ['open', 20]]);
    await updateEventFromApi(org.actors.admin, rallyId, { goalUnit: 'PEOPLE' });
    expect((await getEventForApi(org.actors.admin, rallyId)).goalUnit).toBe('PEOPLE');
    expect(await prisma.auditEvent.count({ where: { entityId: rallyId, action: 'UPDATE' } })).toBe(2);
    // Only fields Leaven does not keep: named back, and no new version.
    const unkept = await call(event.PUT, `/events/${rallyId}`, { token: tokens.admin, method: 'PUT', body: { end_date: '2099-01-01T00:00:00Z' } }, { id: rallyId });
    expect(unkept.headers.get('Leaven-Ignored-Fields')).toBe('end_date');
    expect((await getMobilization(org.actors.admin, rallyId)).version).toBe(3);
  });
});

describe('scope: a token sees and changes what its user may on the pages', () => {
  it('a coordinator’s token reads every event (as on the pages) but may not plan: create, edit and delete are 404', async () => {
    const actor = (await unsafeGetActorByApiToken(tokens.coordinator))!;
    expect((await listEventsForApi(actor, { page: 1, perPage: 25 })).total).toBe(3);
    await expect(updateEventFromApi(actor, lobbyId, { name: 'x' })).rejects.toMatchObject(notFound);
    await expect(updateEventFromApi(actor, lobbyId, {})).rejects.toMatchObject(notFound);
    await expect(createEventFromApi(actor, { name: 'x', kind: 'RALLY', startsAt: soon(1), goal: 3 })).rejects.toMatchObject(notFound);
    expect((await call(event.GET, `/events/${lobbyId}`, { token: tokens.coordinator }, { id: lobbyId })).status).toBe(200);
    expect((await call(event.PUT, `/events/${lobbyId}`, { token: tokens.coordinator, method: 'PUT', body: { title: 'x' } }, { id: lobbyId })).status).toBe(404);
    expect((await call(event.DELETE, `/events/${lobbyId}`, { token: tokens.coordinator, method: 'DELETE' }, { id: lobbyId })).status).toBe(404);
    expect((await prisma.mobilization.findUniqueOrThrow({ where: { id: lobbyId } })).name).toBe('Lobby day');
  });

  it('a member’s token sees only the events they are asked to, without counts; any other is the 404 of a missing one', async () => {
    const actor = (await unsafeGetActorByApiToken(tokens.member))!;
    const list = await listEventsForApi(actor, { page: 1, perPage: 25 });
    expect(list.rows.map((r) => r.id)).toEqual([rallyId]);
    await expect(getEventForApi(actor, lobbyId)).rejects.toMatchObject(notFound);
    const own = await call(event.GET, `/events/${rallyId}`, { token: tokens.member }, { id: rallyId });
    expect(own.status).toBe(200);
    expect(own.body).not.toHaveProperty('total_accepted');
    const other = await call(event.GET, `/events/${lobbyId}`, { token: tokens.member }, { id: lobbyId });
    const missing = await call(event.GET, '/events/3f6b1c2e-8a4d-4e5f-9b7a-0c1d2e3f4a5b', { token: tokens.member }, { id: '3f6b1c2e-8a4d-4e5f-9b7a-0c1d2e3f4a5b' });
    expect(other).toMatchObject({ status: 404, body: missing.body });
  });

  it('leadership deletes an event to the trash, as the page’s button does; it is then gone from the API', async () => {
    const res = await call(event.DELETE, `/events/${lobbyId}`, { token: tokens.admin, method: 'DELETE' }, { id: lobbyId });
    expect(res.status).toBe(204);
    expect((await prisma.mobilization.findUniqueOrThrow({ where: { id: lobbyId } })).deletedAt).not.toBeNull();
    expect((await call(event.GET, `/events/${lobbyId}`, { token: tokens.admin }, { id: lobbyId })).status).toBe(404);
    expect((await call(event.DELETE, `/events/${lobbyId}`, { token: tokens.admin, method: 'DELETE' }, { id: lobbyId })).status).toBe(404);
  });
});
