import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TActor } from '@/lib/access/actor';
import { createSavedView, deleteSavedView, listSavedViews } from '@/lib/data/people/saved-views';
import { listPeople } from '@/lib/data/people/list';
import { peopleViewOf, ZPeopleListParams } from '@/lib/validation/search-params';
import { savedViewParams } from '@/lib/validation/saved-view';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Saved views of the people table: a name, private or shared with leadership, and the URL's
// filters and sort parsed with the table's own schema. Whoever opens one sees it through their
// own scope: its count and its rows are never the saver's.

const prisma = testClient();
let org: TSmallOrg;
let otherCoordinator: TActor;
const notFound = { code: 'NOT_FOUND' };
const countOf = async (actor: TActor, query: string) => {
  const list = await listPeople(actor, { ...peopleViewOf(ZPeopleListParams.parse(Object.fromEntries(new URLSearchParams(query)))), pageSize: 100 });
  return list.total;
};

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  const user = await prisma.user.create({ data: { email: 'coord2@test.example.org', role: 'COORDINATOR', passwordHash: 'x' } });
  otherCoordinator = { userId: user.id, email: user.email, role: 'COORDINATOR', personId: null, scope: { circleIds: [org.circles.circleB.id], organizationIds: [], precinctIds: [] } };
});
afterAll(() => prisma.$disconnect());

describe('what a saved view keeps', () => {
  it('the filters and sort of the URL, parsed with the table’s schema: no page, cursor or junk', () => {
    const params = savedViewParams(`speaks=es&quiet=60&sort=contacted&dir=desc&size=25&after=abc&evil=1&stage=NOT_A_STAGE`);
    expect(params).toEqual({ speaks: 'es', quiet: '60', sort: 'contacted', dir: 'desc' });
  });
});

describe('saved views and scope', () => {
  it('a coordinator saves a view; its count is theirs, and leadership opening the shared view counts their own scope', async () => {
    const { id } = await createSavedView(org.actors.coordinator, { name: 'Spanish speakers', shared: true, params: { speaks: 'es' } });
    const mine = await listSavedViews(org.actors.coordinator);
    const view = mine.find((v) => v.id === id)!;
    expect(view).toMatchObject({ name: 'Spanish speakers', shared: true, mine: true, href: '/people?speaks=es' });
    expect(view.count).toBe(await countOf(org.actors.coordinator, 'speaks=es'));
    const asLeadership = (await listSavedViews(org.actors.admin)).find((v) => v.id === id)!;
    expect(asLeadership).toMatchObject({ mine: false, shared: true });
    expect(asLeadership.count).toBe(await countOf(org.actors.admin, 'speaks=es'));
    expect(asLeadership.count).toBeGreaterThan(view.count);
  });

  it('a private view is its owner’s alone; a shared one reaches leadership, not other coordinators', async () => {
    const priv = await createSavedView(org.actors.coordinator, { name: 'Mine only', shared: false, params: { stage: 'CONTACT' } });
    const adminPrivate = await createSavedView(org.actors.admin, { name: 'Leaders’ list', shared: false, params: { stage: 'LEADER' } });
    const names = async (a: TActor) => (await listSavedViews(a)).map((v) => v.name);
    expect(await names(org.actors.admin)).not.toContain('Mine only');
    expect(await names(otherCoordinator)).not.toContain('Mine only');
    expect(await names(otherCoordinator)).not.toContain('Spanish speakers');
    expect(await names(org.actors.coordinator)).not.toContain('Leaders’ list');
    expect(await names(org.actors.coordinator)).toContain('Mine only');
    // Only its owner deletes a view: to anyone else it does not exist.
    await expect(deleteSavedView(org.actors.admin, { id: priv.id })).rejects.toMatchObject(notFound);
    await expect(deleteSavedView(org.actors.coordinator, { id: adminPrivate.id })).rejects.toMatchObject(notFound);
    await deleteSavedView(org.actors.coordinator, { id: priv.id });
    expect(await names(org.actors.coordinator)).not.toContain('Mine only');
  });

  it('members keep no saved views', async () => {
    await expect(createSavedView(org.actors.member, { name: 'x', shared: false, params: {} })).rejects.toMatchObject(notFound);
    await expect(listSavedViews(org.actors.member)).resolves.toEqual([]);
  });

  it('a circle filter out of the viewer’s scope counts nobody extra', async () => {
    await createSavedView(otherCoordinator, { name: 'Circle B', shared: true, params: { circle: org.circles.circleB.id } });
    const asLeadership = (await listSavedViews(org.actors.admin)).find((v) => v.name === 'Circle B')!;
    expect(asLeadership.count).toBe(1);
    const own = (await listSavedViews(otherCoordinator)).find((v) => v.name === 'Circle B')!;
    expect(own.count).toBe(1);
  });
});
