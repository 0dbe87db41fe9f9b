import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as signup from '@/app/api/osdi/v1/people/person_signup_helper/route';
import * as person from '@/app/api/osdi/v1/people/[id]/route';
import * as people from '@/app/api/osdi/v1/people/route';
import * as tagging from '@/app/api/osdi/v1/tags/[id]/taggings/[personId]/route';
import * as taggings from '@/app/api/osdi/v1/tags/[id]/taggings/route';
import * as tags from '@/app/api/osdi/v1/tags/route';
import { createApiToken, listApiTokens, revokeApiToken } from '@/lib/data/admin/api-tokens';
import { createTagFromApi } from '@/lib/data/osdi/tags';
import { isAppError } from '@/lib/errors';
import { callOsdi } from '../support/osdi';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
const tokens: Record<'admin' | 'coordinator' | 'member', string> = { admin: '', coordinator: '', member: '' };

const call = callOsdi;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  await prisma.personEmail.create({ data: { personId: org.people.ana.id, email: 'ana@example.org', isPrimary: true } });
  await prisma.personPhone.create({ data: { personId: org.people.beto.id, e164: '+17735550200', isPrimary: true } });
  tokens.admin = (await createApiToken(org.actors.admin, { name: 'Sitio web', userId: org.users.admin.id })).token;
  tokens.coordinator = (await createApiToken(org.actors.admin, { name: 'Coordinación', userId: org.users.coordinator.id })).token;
  tokens.member = (await createApiToken(org.actors.admin, { name: 'Miembro', userId: org.users.member.id })).token;
});
afterAll(() => prisma.$disconnect());

describe('API tokens', () => {
  it('are created and revoked by leadership only, stored as a fingerprint, and audited', async () => {
    await expect(createApiToken(org.actors.coordinator, { name: 'x', userId: org.users.coordinator.id })).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
    await expect(listApiTokens(org.actors.member)).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
    const rows = await prisma.apiToken.findMany();
    expect(rows.map((r) => r.tokenHash)).not.toContain(tokens.admin);
    expect(JSON.stringify(rows)).not.toContain(tokens.admin.slice(12));
    expect(await prisma.auditEvent.count({ where: { entityType: 'api_token', action: 'CREATE' } })).toBe(3);

    const { id, token } = await createApiToken(org.actors.admin, { name: 'Temporal', userId: org.users.admin.id });
    expect((await call(people.GET, '/people', { token })).status).toBe(200);
    await revokeApiToken(org.actors.admin, id);
    const revoked = await call(people.GET, '/people', { token });
    expect(revoked).toMatchObject({ status: 401, body: { error: 'invalid_token' } });
    expect(revoked.body.message).toMatch(/revoked/);
  });

  it('answers 401 without a token, with a message that says where to get one', async () => {
    expect(await call(people.GET, '/people')).toMatchObject({ status: 401, body: { error: 'missing_token', message: expect.stringContaining('OSDI-API-Token') } });
  });

  it('stop working when their user is disabled', async () => {
    const user = await prisma.user.create({ data: { email: 'temp@test.example.org', role: 'ADMIN', passwordHash: 'x' } });
    const { token } = await createApiToken(org.actors.admin, { name: 'Temp', userId: user.id });
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await call(people.GET, '/people', { token })).status).toBe(401);
  });
});

describe('scope: a token sees exactly what its user sees', () => {
  it('a coordinator’s token reads people in their circles, and gets 404 for anyone else, even to write', async () => {
    expect((await call(person.GET, `/people/${org.people.ana.id}`, { token: tokens.coordinator }, { id: org.people.ana.id })).status).toBe(200);
    const outside = await call(person.GET, `/people/${org.people.beto.id}`, { token: tokens.coordinator }, { id: org.people.beto.id });
    expect(outside).toMatchObject({ status: 404, body: { error: 'not_found' } });
    const missing = await call(person.GET, '/people/3f6b1c2e-8a4d-4e5f-9b7a-0c1d2e3f4a5b', { token: tokens.coordinator }, { id: '3f6b1c2e-8a4d-4e5f-9b7a-0c1d2e3f4a5b' });
    expect(missing.body).toEqual(outside.body);
    expect((await call(person.PUT, `/people/${org.people.beto.id}`, { token: tokens.coordinator, method: 'PUT', body: { given_name: 'X' } }, { id: org.people.beto.id })).status).toBe(404);
    expect((await call(person.GET, '/people/not-a-uuid', { token: tokens.coordinator }, { id: 'not-a-uuid' })).status).toBe(404);
    const list = await call(people.GET, '/people?per_page=100', { token: tokens.coordinator });
    expect(list.body._embedded['osdi:people'].map((p: { given_name: string }) => p.given_name).sort()).toEqual(['Ana', 'Dora']);
    expect(list.body.total_records).toBe(2);
  });

  it('a member’s token reads their own record and their people only', async () => {
    const list = await call(people.GET, '/people', { token: tokens.member });
    expect(list.body._embedded['osdi:people'].map((p: { given_name: string }) => p.given_name).sort()).toEqual(['Dora', 'Eli']);
  });
});

describe('people', () => {
  it('pages with page, per_page, total_pages and total_records, and links to the next page', async () => {
    const first = await call(people.GET, '/people?page=1&per_page=4', { token: tokens.admin });
    expect(first.body).toMatchObject({ page: 1, per_page: 4, total_records: 6, total_pages: 2 });
    expect(first.body._links.next.href).toBe(`http://leaven.test/api/osdi/v1/people?page=2&per_page=4`);
    const second = await call(people.GET, '/people?page=2&per_page=4', { token: tokens.admin });
    expect(second.body._embedded['osdi:people']).toHaveLength(2);
    expect(second.body._links.previous.href).toContain('page=1');
    for (const bad of ['page=0', 'page=abc', 'per_page=500', 'per_page=-1']) {
      const res = await call(people.GET, `/people?${bad}`, { token: tokens.admin });
      expect(res.status, bad).toBe(400);
      expect(res.body.message).toMatch(/page/);
    }
  });

  it('creates, reads and updates a person in OSDI’s shape, adding to their emails and phones', async () => {
    const created = await call(people.POST, '/people', {
      token: tokens.coordinator,
      body: {
        given_name: 'Xóchitl',
        family_name: 'Pruebas',
        languages_spoken: ['es', 'en'],
        email_addresses: [{ address: 'Xochitl@Example.org', primary: true }],
        phone_numbers: [{ number: '773 555 0190', do_not_call: true }],
        postal_addresses: [{ address_lines: ['1900 W Cermak'], locality: 'Chicago', postal_code: '60608' }],
        custom_fields: { pronouns: 'ella', precinct: '25-1' },
      },
    });
    expect(created.status).toBe(201);
    // Sent without a status, the address is not subscribed: no status goes back (consent is recorded, never assumed).
    expect(created.body.email_addresses).toEqual([{ address: 'xochitl@example.org', primary: true }]);
    expect(created.body).toMatchObject({
      given_name: 'Xóchitl',
      email_addresses: [{ address: 'xochitl@example.org', primary: true }],
      phone_numbers: [{ number: '+17735550190', do_not_call: true }],
      postal_addresses: [{ address_lines: ['1900 W Cermak'], locality: 'Chicago', postal_code: '60608' }],
      custom_fields: { pronouns: 'ella', precinct: '25-1' },
    });
    const id = created.body.identifiers[0].replace('leaven:', '');
    // Added by the coordinator, so within their scope from now on.
    const updated = await call(person.PUT, `/people/${id}`, { token: tokens.coordinator, method: 'PUT', body: { family_name: 'Pruebas Nuevas', email_addresses: [{ address: 'xo@example.org' }] } }, { id });
    expect(updated.status).toBe(200);
    expect(updated.body.family_name).toBe('Pruebas Nuevas');
    expect(updated.body.given_name).toBe('Xóchitl');
    expect(updated.body.email_addresses.map((e: { address: string }) => e.address)).toEqual(['xochitl@example.org', 'xo@example.org']);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: { in: ['CREATE', 'UPDATE'] } } })).toBe(2);
  });

  it('answers bad JSON and wrong types with 400 and a message naming the field, never 500', async () => {
    const bad = await call(people.POST, '/people', { token: tokens.admin, raw: '{"given_name": "Ana",' });
    expect(bad).toMatchObject({ status: 400, body: { error: 'invalid_json' } });
    const types = await call(people.POST, '/people', { token: tokens.admin, body: { given_name: 5, email_addresses: [{ address: 'not-an-email' }], phone_numbers: 'x' } });
    expect(types.status).toBe(400);
    expect(types.body.message).toContain('given_name: expected a string');
    expect(types.body.message).toContain('email_addresses[0].address: not an email address');
    expect(types.body.message).toContain('phone_numbers: expected an array');
    expect((await call(people.POST, '/people', { token: tokens.admin, body: [] })).status).toBe(400);
    expect((await call(people.POST, '/people', { token: tokens.admin, body: { family_name: null } })).body.message).toMatch(/needs a given_name/);
    expect((await call(people.POST, '/people', { token: tokens.admin, body: { given_name: 'A', custom_fields: { precinct: '99-9' } } })).body.message).toMatch(/no precinct 99-9/);
  });

  it('refuses what the person form refuses: a street longer than 200 once its lines are joined, an email longer than 254', async () => {
    const longStreet = { given_name: 'Lola', postal_addresses: [{ address_lines: ['1900 W Cermak Rd'.padEnd(150, '.'), 'Apt 2'.padEnd(60, '.')] }] };
    const street = await call(people.POST, '/people', { token: tokens.admin, body: longStreet });
    expect(street).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(street.body.message).toContain('postal_addresses[0].address_lines: at most 200 characters');
    const longEmail = { given_name: 'Lola', email_addresses: [{ address: `${'l'.repeat(250)}@example.org` }] };
    const email = await call(people.POST, '/people', { token: tokens.admin, body: longEmail });
    expect(email).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(email.body.message).toContain('email_addresses[0].address: at most 254 characters');
    const signupEmail = await call(signup.POST, '/people/person_signup_helper', { token: tokens.admin, body: { person: longEmail } });
    expect(signupEmail.body.message).toContain('person.email_addresses[0].address: at most 254 characters');
    const put = await call(person.PUT, `/people/${org.people.ana.id}`, { token: tokens.admin, method: 'PUT', body: longStreet }, { id: org.people.ana.id });
    expect(put.status).toBe(400);
    expect(await prisma.person.count({ where: { givenName: 'Lola' } })).toBe(0);
    expect((await prisma.person.findUniqueOrThrow({ where: { id: org.people.ana.id } })).street ?? '').not.toContain('Cermak');
    // Within the limits, as before: the lines joined into the one street.
    const ok = await call(people.POST, '/people', { token: tokens.admin, body: { given_name: 'Lola', postal_addresses: [{ address_lines: ['1900 W Cermak Rd', 'Apt 2'] }] } });
    expect(ok.body.postal_addresses).toMatchObject([{ address_lines: ['1900 W Cermak Rd, Apt 2'] }]);
  });

  it('refuses a field Leaven does not keep, by name, and never stores it', async () => {
    const res = await call(people.POST, '/people', { token: tokens.admin, body: { given_name: 'Rosa', custom_fields: { immigration_status: 'x' } } });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/never keeps immigration status/);
    const top = await call(people.POST, '/people', { token: tokens.admin, body: { given_name: 'Rosa', country_of_birth: 'MX' } });
    expect(top.status).toBe(400);
    const unknown = await call(people.POST, '/people', { token: tokens.admin, body: { given_name: 'Rosa', custom_fields: { shoe_size: 7 } } });
    expect(unknown.body.message).toMatch(/custom_fields\.shoe_size: not a field Leaven keeps/);
    expect(await prisma.person.count({ where: { givenName: 'Rosa' } })).toBe(0);
  });
});

describe('the person signup helper', () => {
  it('finds the person by email or phone like the import, updates them and adds tags; creates a new one otherwise', async () => {
    const found = await call(signup.POST, '/people/person_signup_helper', {
      token: tokens.admin,
      body: { person: { given_name: 'Ana', email_addresses: [{ address: 'ANA@example.org' }] }, add_tags: ['Feria 2026'] },
    });
    expect(found.status).toBe(200);
    expect(found.body.identifiers).toEqual([`leaven:${org.people.ana.id}`]);
    expect(await prisma.personTag.count({ where: { personId: org.people.ana.id, tag: { name: 'Feria 2026' } } })).toBe(1);
    const byPhone = await call(signup.POST, '/people/person_signup_helper', { token: tokens.admin, body: { person: { phone_numbers: [{ number: '(773) 555-0200' }] } } });
    expect(byPhone.body.identifiers).toEqual([`leaven:${org.people.beto.id}`]);
    const fresh = await call(signup.POST, '/people/person_signup_helper', { token: tokens.admin, body: { person: { given_name: 'Nueva', email_addresses: [{ address: 'nueva@example.org' }] } } });
    expect(fresh.status).toBe(201);
  });

  it('refuses to guess when the email and phone belong to two different people', async () => {
    const res = await call(signup.POST, '/people/person_signup_helper', {
      token: tokens.admin,
      body: { person: { given_name: 'Quién', email_addresses: [{ address: 'ana@example.org' }], phone_numbers: [{ number: '7735550200' }] } },
    });
    expect(res).toMatchObject({ status: 409, body: { error: 'conflict' } });
  });
});

describe('tags and taggings', () => {
  it('creates a tag, tags a person in scope, lists and removes the tagging', async () => {
    const tag = await call(tags.POST, '/tags', { token: tokens.coordinator, body: { name: 'Bus Captain' } });
    expect(tag).toMatchObject({ status: 201, body: { name: 'Bus Captain' } });
    const tagId = tag.body.identifiers[0].replace('leaven:', '');
    const href = `http://leaven.test/api/osdi/v1/people/${org.people.ana.id}`;
    const added = await call(taggings.POST, `/tags/${tagId}/taggings`, { token: tokens.coordinator, body: { _links: { 'osdi:person': { href } } } }, { id: tagId });
    expect(added.status).toBe(201);
    const list = await call(taggings.GET, `/tags/${tagId}/taggings`, { token: tokens.coordinator }, { id: tagId });
    expect(list.body.total_records).toBe(1);
    expect(list.body._embedded['osdi:taggings'][0]._links['osdi:person'].href).toBe(href);
    // Someone out of the coordinator's scope cannot be tagged, and is not revealed.
    const betoHref = `http://leaven.test/api/osdi/v1/people/${org.people.beto.id}`;
    expect((await call(taggings.POST, `/tags/${tagId}/taggings`, { token: tokens.coordinator, body: { _links: { 'osdi:person': { href: betoHref } } } }, { id: tagId })).status).toBe(404);
    const removed = await call(tagging.DELETE, '', { token: tokens.coordinator, method: 'DELETE' }, { id: tagId, personId: org.people.ana.id });
    expect(removed.status).toBe(204);
    expect((await call(tagging.GET, '', { token: tokens.coordinator }, { id: tagId, personId: org.people.ana.id })).status).toBe(404);
    expect((await call(tags.POST, '/tags', { token: tokens.admin, body: { name: 'Indocumentado' } })).status).toBe(400);
  });
});

describe('two clients creating the same new tag at once', () => {
  it('both get the one tag, created once, never a server error', async () => {
    const results = await Promise.all([createTagFromApi(org.actors.admin, 'carpool'), createTagFromApi(org.actors.admin, 'carpool')]);
    expect(new Set(results.map((r) => r.tag.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await prisma.tag.count({ where: { name: 'carpool' } })).toBe(1);
  });
});
