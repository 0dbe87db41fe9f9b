import { request, type APIRequestContext, type Page } from '@playwright/test';
import { queryE2e } from './db';
import { expect, test } from './fixtures';

// An OSDI client against the running app: a token made on the settings page, then people
// created, read, updated, tagged and listed page by page; a coordinator's token gets 404
// outside their scope; a revoked token stops at once.

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
