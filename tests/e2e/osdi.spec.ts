import { request, type APIRequestContext, type Page } from '@playwright/test';
import { COORD_SCOPE } from './authz/records';
import { queryE2e } from './db';
import { expect, test } from './fixtures';

// An OSDI client against the running app: a token made on the settings page, then people
// created, read, updated, tagged and listed page by page; a coordinator's token gets 404
// outside their scope; a revoked token stops at once. Then events and attendances: a
// mobilization made through the API, people asked to it, their answers read back and moved.

async function makeToken(page: Page, name: string, user: string): Promise<string> {
  await page.goto('/settings/api-tokens');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Acts as').selectOption({ label: user });
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = (await page.getByTestId('new-token').textContent())!.trim();
  expect(token).toMatch(/^lvn_/);
  return token;
}

async function client(baseURL: string | undefined, token: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL, extraHTTPHeaders: { 'OSDI-API-Token': token, 'Content-Type': 'application/json' } });
}

test('an OSDI client creates, reads, updates and tags a person, and pages through people', async ({ adminPage: page, baseURL }) => {
  const api = await client(baseURL, await makeToken(page, `E2E client ${Date.now()}`, 'admin@example.org (Leadership)'));
  const entry = await (await api.get('/api/osdi/v1')).json();
  expect(entry._links['osdi:people'].href).toMatch(/\/api\/osdi\/v1\/people$/);

  const created = await api.post('/api/osdi/v1/people', {
    data: { given_name: 'Osdi', family_name: 'Cliente E2E', email_addresses: [{ address: `osdi.${Date.now()}@example.org` }], phone_numbers: [{ number: '773 555 0177' }] },
  });
  expect(created.status()).toBe(201);
  const self = (await created.json())._links.self.href as string;
  const path = new URL(self).pathname;

  const read = await (await api.get(path)).json();
  expect(read).toMatchObject({ given_name: 'Osdi', family_name: 'Cliente E2E', phone_numbers: [{ number: '+17735550177' }] });

  const updated = await api.put(path, { data: { family_name: 'Cliente Actualizado', custom_fields: { pronouns: 'elle' } } });
  expect(updated.status()).toBe(200);
  expect(await updated.json()).toMatchObject({ given_name: 'Osdi', family_name: 'Cliente Actualizado', custom_fields: { pronouns: 'elle' } });

  const tag = await (await api.post('/api/osdi/v1/tags', { data: { name: 'osdi e2e' } })).json();
  const tagPath = new URL(tag._links.self.href).pathname;
  expect((await api.post(`${tagPath}/taggings`, { data: { _links: { 'osdi:person': { href: self } } } })).status()).toBe(201);
  const taggings = await (await api.get(`${tagPath}/taggings`)).json();
  expect(taggings._embedded['osdi:taggings'].map((t: { _links: { 'osdi:person': { href: string } } }) => t._links['osdi:person'].href)).toContain(self);

  const first = await (await api.get('/api/osdi/v1/people?per_page=50')).json();
  expect(first).toMatchObject({ page: 1, per_page: 50 });
  expect(first.total_records).toBeGreaterThan(1000);
  expect(first.total_pages).toBe(Math.ceil(first.total_records / 50));
  expect(first._embedded['osdi:people']).toHaveLength(50);
  const second = await (await api.get(new URL(first._links.next.href).pathname + new URL(first._links.next.href).search)).json();
  expect(second.page).toBe(2);
  const ids = (list: { identifiers: string[] }[]) => list.map((p) => p.identifiers[0]);
  expect(ids(second._embedded['osdi:people']).some((id) => ids(first._embedded['osdi:people']).includes(id))).toBe(false);

  const bad = await api.post('/api/osdi/v1/people', { data: '{"given_name":' });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toBe('invalid_json');
  await api.dispose();
});

test('a coordinator’s token gets 404 outside their scope, and a revoked token 401', async ({ adminPage: page, baseURL }) => {
  const name = `E2E coordinator ${Date.now()}`;
  const api = await client(baseURL, await makeToken(page, name, 'coordinator@example.org (Coordinator)'));
  const [outside] = await queryE2e<{ id: string }>(
    `SELECT p.id FROM person p WHERE p.deleted_at IS NULL AND p.added_by_user_id IS DISTINCT FROM (SELECT id FROM app_user WHERE email = 'coordinator@example.org')
       AND NOT EXISTS (SELECT 1 FROM circle_membership m JOIN scope s ON s.circle_id = m.circle_id JOIN app_user u ON u.id = s.user_id WHERE m.person_id = p.id AND u.email = 'coordinator@example.org')
       AND NOT EXISTS (SELECT 1 FROM affiliation a JOIN scope s ON s.organization_id = a.organization_id JOIN app_user u ON u.id = s.user_id WHERE a.person_id = p.id AND u.email = 'coordinator@example.org')
       AND (p.precinct_id IS NULL OR p.precinct_id NOT IN (SELECT s.precinct_id FROM scope s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'coordinator@example.org' AND s.precinct_id IS NOT NULL))
       AND NOT EXISTS (SELECT 1 FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id JOIN app_user u ON u.id = i.logged_by_id WHERE ip.person_id = p.id AND u.email = 'coordinator@example.org')
     ORDER BY p.id LIMIT 1`,
  );
  const res = await api.get(`/api/osdi/v1/people/${outside!.id}`);
  expect(res.status()).toBe(404);
  expect(await res.json()).toEqual({ error: 'not_found', message: expect.any(String) });
  const mine = await (await api.get('/api/osdi/v1/people?per_page=100')).json();
  expect(mine.total_records).toBeGreaterThan(0);
  expect(mine.total_records).toBeLessThan(2000);
  expect((await api.get(new URL(mine._embedded['osdi:people'][0]._links.self.href).pathname)).status()).toBe(200);

  await page.goto('/settings/api-tokens');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('row', { name: new RegExp(name) }).getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Revoked');
  expect((await api.get('/api/osdi/v1/people')).status()).toBe(401);
  await api.dispose();
});

test('an OSDI client creates an event, asks people to it, reads and moves their attendance; tokens stay in scope', async ({ adminPage: page, baseURL }) => {
  test.setTimeout(60_000);
  const stamp = Date.now();
  const admin = await client(baseURL, await makeToken(page, `E2E events ${stamp}`, 'admin@example.org (Leadership)'));
  expect((await (await admin.get('/api/osdi/v1')).json())._links['osdi:events'].href).toMatch(/\/api\/osdi\/v1\/events$/);
  const title = `Bus E2E ${stamp}`;
  const created = await admin.post('/api/osdi/v1/events', {
    data: { title, start_date: '2099-05-01T07:00:00-05:00', end_date: '2099-05-01T19:00:00-05:00', capacity: 40, location: { venue: 'Parish hall' }, custom_fields: { kind: 'BUS_TRIP' } },
  });
  expect(created.status()).toBe(201);
  expect(created.headers()['leaven-ignored-fields']).toBe('end_date');
  const event = await created.json();
  expect(event).toMatchObject({ title, capacity: 40, total_accepted: 0, location: { venue: 'Parish hall' } });
  const eventPath = new URL(event._links.self.href).pathname;
  await page.goto(eventPath.replace('/api/osdi/v1/events', '/mobilizations'));
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  const first = await (await admin.get('/api/osdi/v1/events?per_page=2')).json();
  expect(first).toMatchObject({ page: 1, per_page: 2, total_pages: Math.ceil(first.total_records / 2) });
  let found = false;
  for (let p = 1; p <= first.total_pages && !found; p++) {
    const list = await (await admin.get(`/api/osdi/v1/events?per_page=2&page=${p}`)).json();
    found = list._embedded['osdi:events'].some((e: { title: string }) => e.title === title);
  }
  expect(found).toBe(true);

  const [inside] = await queryE2e<{ id: string }>(`SELECT id FROM person WHERE id IN ${COORD_SCOPE} ORDER BY id LIMIT 1`);
  const [outside] = await queryE2e<{ id: string }>(`SELECT id FROM person WHERE deleted_at IS NULL AND id NOT IN ${COORD_SCOPE} ORDER BY id LIMIT 1`);
  const ask = (id: string, status: string) => admin.post(`${eventPath}/attendances`, { data: { status, _links: { 'osdi:person': { href: `${baseURL}/api/osdi/v1/people/${id}` } } } });
  const asked = await ask(inside!.id, 'accepted');
  expect(asked.status()).toBe(201);
  const attendance = await asked.json();
  const askedOutside = await ask(outside!.id, 'needs action');
  expect(askedOutside.status()).toBe(201);
  const outsidePath = new URL((await askedOutside.json())._links.self.href).pathname;
  const theirs = await (await admin.get(`/api/osdi/v1/people/${inside!.id}/attendances?per_page=100`)).json();
  const mine = theirs._embedded['osdi:attendances'].find((a: { _links: { 'osdi:event': { href: string } } }) => a._links['osdi:event'].href === event._links.self.href);
  expect(mine).toMatchObject({ identifiers: attendance.identifiers, status: 'accepted', attended: null });
  const attendancePath = new URL(attendance._links.self.href).pathname;
  expect(await (await admin.put(attendancePath, { data: { status: 'declined' } })).json()).toMatchObject({ status: 'declined' });
  expect(await (await admin.put(attendancePath, { data: { attended: true } })).json()).toMatchObject({ status: 'accepted', attended: true });
  expect((await (await admin.get(eventPath)).json()).total_accepted).toBe(1);
  expect((await admin.put(attendancePath, { data: '{"status":' })).status()).toBe(400);

  // A coordinator sees every mobilization but only the people in their scope; a member only what they are asked to.
  const coordinator = await client(baseURL, await makeToken(page, `E2E events coordinator ${stamp}`, 'coordinator@example.org (Coordinator)'));
  expect((await coordinator.get(eventPath)).status()).toBe(200);
  const seen = await (await coordinator.get(`${eventPath}/attendances`)).json();
  expect(seen._embedded['osdi:attendances'].map((a: { identifiers: string[] }) => a.identifiers[0])).toEqual(attendance.identifiers);
  expect((await coordinator.get(attendancePath)).status()).toBe(200);
  expect((await coordinator.get(outsidePath)).status()).toBe(404);
  expect((await coordinator.put(outsidePath, { data: { status: 'accepted' } })).status()).toBe(404);
  const outsideAttendance = await coordinator.get(`/api/osdi/v1/people/${outside!.id}/attendances`);
  expect(outsideAttendance.status()).toBe(404);
  expect(await outsideAttendance.json()).toEqual({ error: 'not_found', message: expect.any(String) });
  expect((await coordinator.put(eventPath, { data: { title: 'Renamed by a coordinator' } })).status()).toBe(404);
  const member = await client(baseURL, await makeToken(page, `E2E events member ${stamp}`, 'member@example.org (Member)'));
  expect((await member.get(eventPath)).status()).toBe(404);
  expect((await member.get(attendancePath)).status()).toBe(404);
  for (const api of [admin, coordinator, member]) await api.dispose();
});
