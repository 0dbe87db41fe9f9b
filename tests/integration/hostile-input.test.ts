import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as people from '@/app/api/osdi/v1/people/route';
import * as signup from '@/app/api/osdi/v1/people/person_signup_helper/route';
import * as events from '@/app/api/osdi/v1/events/route';
import { closeImportPool } from '@/lib/db/pools';
import { stageUpload } from '@/lib/data/imports/stage';
import { isAppError } from '@/lib/errors';
import { callOsdi, tokensFor } from '../support/osdi';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Input that once made the server fail (a 500) instead of refusing it: each is now a 4xx that
// says what is wrong, and nothing is stored.

const prisma = testClient();
let org: TSmallOrg;
let token: string;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  token = (await tokensFor(org)).admin;
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

describe('the OSDI API refuses, with a 4xx and a message', () => {
  it.each([
    ['a NUL in a name', { given_name: 'Ro\u0000sa' }],
    ['a NUL in a key', { 'given\u0000name': 'Rosa', family_name: 'X' }],
    ['a precinct beyond any integer', { given_name: 'Rosa', custom_fields: { precinct: '25-99999999999' } }],
  ])('%s', async (_what, person) => {
    const before = await prisma.person.count();
    const res = await callOsdi(signup.POST, '/people/person_signup_helper', { token, body: { person } });
    expect(res.status).toBe(400);
    expect(res.body.message ?? res.body.error).toBeTruthy();
    expect(await prisma.person.count()).toBe(before);
  });

  it('a body that is not JSON, nested 5,000 deep, or over 1 MB', async () => {
    expect((await callOsdi(signup.POST, '/people/person_signup_helper', { token, raw: 'garbage{{' })).status).toBe(400);
    expect((await callOsdi(signup.POST, '/people/person_signup_helper', { token, raw: `${'['.repeat(5_000)}${']'.repeat(5_000)}` })).status).toBe(400);
    expect((await callOsdi(signup.POST, '/people/person_signup_helper', { token, raw: JSON.stringify({ person: { given_name: 'x'.repeat(1_100_000) } }) })).status).toBe(413);
  });

  it('a start date in year 10000, and the events still list afterwards', async () => {
    const res = await callOsdi(events.POST, '/events', { token, body: { title: 'Rally', start_date: '9999-12-31T23:59', capacity: 10, custom_fields: { kind: 'RALLY' } } });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/start_date/);
    expect((await callOsdi(events.GET, '/events', { token })).status).toBe(200);
  });

  it('a page number no integer holds', async () => {
    expect((await callOsdi(people.GET, '/people?page=99999999999999', { token })).status).toBe(400);
  });
});

describe('an upload that is not a CSV text file', () => {
  it('is refused with a message, not a server error', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x2c, 0x0a, 0x61, 0x2c, 0x62]);
    const error = await stageUpload(org.actors.admin, { fileName: 'photo.png', bytes: png }).catch((e: unknown) => e);
    expect(isAppError(error, 'INVALID') && error.message).toBe('importNotText');
    expect(await prisma.import.count()).toBe(0);
  });
});
