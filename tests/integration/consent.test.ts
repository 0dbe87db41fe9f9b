import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportPeopleToCsv } from '@/lib/data/exports/people-csv';
import { createPersonFromApi, getPersonForApi, updatePersonFromApi } from '@/lib/data/osdi/people';
import { closeImportPool } from '@/lib/db/pools';
import { createDatabase, dropDatabase } from '@/lib/ops/database';
import { migrate } from '@/lib/ops/migrate';
import { MIGRATIONS_DIR, readMigrations } from '@/lib/ops/migration-files';
import { detectDelimiter, parseCsv } from '@/lib/import/csv-parse';
import { DEFAULT_ORG_LOCALE } from '@/lib/format/org-locale';
import { osdiPersonInput } from '@/lib/osdi/schemas';
import { osdiPerson } from '@/lib/osdi/serialize';
import { runImport } from '../support/imports';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Consent is recorded, never inferred (DESIGN.md): a number or an address nobody asked about
// stays "unknown" through every import, export and sync, and only a recorded answer says yes.

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

/** The people CSV as header → value, for the people a search finds. */
const ZOsdiPerson = osdiPersonInput(DEFAULT_ORG_LOCALE);

async function exported(q: string): Promise<Record<string, string>[]> {
  const csv = await new Response(await exportPeopleToCsv(org.actors.admin, { q })).text();
  const rows: string[][] = [];
  parseCsv(csv.replace(/^\uFEFF/, ''), detectDelimiter(csv), (cells) => void rows.push(cells));
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

const contactsOf = (email: string) =>
  prisma.person.findFirstOrThrow({ where: { emails: { some: { email } } }, include: { emails: true, phones: true } });

describe('an import of numbers and addresses nobody asked about', () => {
  it('exports them as unknown, never as a yes', async () => {
    const file = ['first_name,last_name,phone,email', 'Nunca,Preguntada,(773) 555-0150,nunca@example.org'].join('\n');
    expect(await runImport(org.actors.admin, file)).toMatchObject({ status: 'DONE', createdCount: 1 });
    const [row] = await exported('Preguntada');
    expect(row).toMatchObject({ phone: '+17735550150', phone_type: 'unknown', sms_opt_in: 'unknown', email: 'nunca@example.org', email_opt_in: 'unknown' });
    const person = await contactsOf('nunca@example.org');
    expect(person.phones[0]).toMatchObject({ type: 'UNKNOWN', smsConsent: 'UNKNOWN', smsConsentAt: null, smsConsentHow: null });
    expect(person.emails[0]).toMatchObject({ status: 'UNKNOWN', statusAt: null, statusHow: null });
  });
});

describe('the answers other tools recorded', () => {
  it("reads Action Network's subscription and SMS statuses: subscribed is yes, any other status no, blank unknown", async () => {
    const file = [
      'uuid,first_name,last_name,email,can2_phone,can2_subscription_status,can2_sms_status',
      'a1,Alma,Uno,alma@example.org,7735550171,subscribed,subscribed',
      'a2,Bea,Dos,bea@example.org,7735550172,unsubscribed,unsubscribed',
      'a3,Ceci,Tres,ceci@example.org,7735550173,bouncing,',
      'a4,Dani,Cuatro,dani@example.org,7735550174,previous bounce,bouncing',
      'a5,Eva,Cinco,eva@example.org,7735550175,spam complaint,previous bounce',
      'a6,Flor,Seis,flor@example.org,7735550176,previous spam complaint,',
      'a7,Gabi,Siete,gabi@example.org,7735550177,,',
    ].join('\n');
    expect(await runImport(org.actors.admin, file)).toMatchObject({ status: 'DONE', createdCount: 7, badCount: 0 });
    const expected: [string, string, string][] = [
      ['alma', 'SUBSCRIBED', 'YES'],
      ['bea', 'UNSUBSCRIBED', 'NO'],
      ['ceci', 'UNSUBSCRIBED', 'UNKNOWN'],
      ['dani', 'UNSUBSCRIBED', 'NO'],
      ['eva', 'UNSUBSCRIBED', 'NO'],
      ['flor', 'UNSUBSCRIBED', 'UNKNOWN'],
      ['gabi', 'UNKNOWN', 'UNKNOWN'],
    ];
    for (const [who, email, sms] of expected) {
      const p = await contactsOf(`${who}@example.org`);
      expect([who, p.emails[0]!.status, p.phones[0]!.smsConsent]).toEqual([who, email, sms]);
      // A recorded answer says when and how it came in; an unknown has neither.
      expect(p.phones[0]!.smsConsentHow).toBe(sms === 'UNKNOWN' ? null : 'IMPORT');
      expect(p.emails[0]!.statusAt === null).toBe(email === 'UNKNOWN');
    }
    expect((await exported('Siete'))[0]).toMatchObject({ email_opt_in: 'unknown', sms_opt_in: 'unknown' });
    expect((await exported('Uno'))[0]).toMatchObject({ email_opt_in: 'subscribed', sms_opt_in: 'yes' });
    expect((await exported('Dos'))[0]).toMatchObject({ email_opt_in: 'unsubscribed', sms_opt_in: 'no' });
  });

  it("reads NationBuilder's email_opt_in, mobile_opt_in and do_not_contact, a blank cell staying unknown", async () => {
    const file = [
      'nationbuilder_id,first_name,last_name,email,email_opt_in,mobile_number,mobile_opt_in,do_not_contact',
      '201,Hilda,Ocho,hilda@example.org,true,773-555-0181,true,false',
      '202,Ines,Nueve,ines@example.org,false,773-555-0182,false,true',
      '203,Juana,Diez,juana@example.org,,773-555-0183,,',
    ].join('\n');
    expect(await runImport(org.actors.admin, file)).toMatchObject({ status: 'DONE', createdCount: 3, badCount: 0 });
    expect(await contactsOf('hilda@example.org')).toMatchObject({ doNotContact: false, emails: [expect.objectContaining({ status: 'SUBSCRIBED' })], phones: [expect.objectContaining({ smsConsent: 'YES' })] });
    expect(await contactsOf('ines@example.org')).toMatchObject({ doNotContact: true, emails: [expect.objectContaining({ status: 'UNSUBSCRIBED' })], phones: [expect.objectContaining({ smsConsent: 'NO' })] });
    expect(await contactsOf('juana@example.org')).toMatchObject({ doNotContact: false, emails: [expect.objectContaining({ status: 'UNKNOWN' })], phones: [expect.objectContaining({ smsConsent: 'UNKNOWN' })] });
  });

  it('comes back through our own export and import unchanged, unknown included', async () => {
    const before = await prisma.personPhone.findMany({ orderBy: { e164: 'asc' }, select: { e164: true, type: true, smsConsent: true } });
    const csv = await new Response(await exportPeopleToCsv(org.actors.admin, { q: 'example.org' })).text();
    const done = await runImport(org.actors.admin, csv, { fileName: 'leaven-people.csv', mode: 'OVERWRITE' });
    expect(done).toMatchObject({ status: 'DONE', badCount: 0, createdCount: 0, updatedCount: 0 });
    expect(await prisma.personPhone.findMany({ orderBy: { e164: 'asc' }, select: { e164: true, type: true, smsConsent: true } })).toEqual(before);
  });
});

describe('the OSDI API', () => {
  it('keeps an address or number sent without a status unknown, and never writes unknown as subscribed', async () => {
    const input = ZOsdiPerson.parse({
      given_name: 'Kenia', family_name: 'Once',
      email_addresses: [{ address: 'kenia@example.org', primary: true }],
      phone_numbers: [{ number: '773 555 0191' }],
    });
    const id = await createPersonFromApi(org.actors.admin, input);
    let out = osdiPerson('http://x', await getPersonForApi(org.actors.admin, id));
    expect(out.email_addresses).toEqual([{ address: 'kenia@example.org', primary: true }]);
    expect(out.phone_numbers).toEqual([{ number: '+17735550191', primary: true, do_not_call: false }]);

    // A recorded answer goes out in OSDI's words, and comes with when and how in Leaven.
    await updatePersonFromApi(org.actors.admin, id, ZOsdiPerson.parse({
      email_addresses: [{ address: 'kenia@example.org', status: 'unsubscribed' }],
      phone_numbers: [{ number: '773 555 0191', number_type: 'Mobile', status: 'subscribed' }],
    }));
    out = osdiPerson('http://x', await getPersonForApi(org.actors.admin, id));
    expect(out.email_addresses).toEqual([{ address: 'kenia@example.org', primary: true, status: 'unsubscribed' }]);
    expect(out.phone_numbers).toEqual([{ number: '+17735550191', primary: true, number_type: 'Mobile', sms_capable: true, status: 'subscribed', do_not_call: false }]);
    const saved = await contactsOf('kenia@example.org');
    expect(saved.phones[0]).toMatchObject({ smsConsent: 'YES', smsConsentHow: 'API', smsConsentAt: expect.any(Date) });

    // Sent again without a status, the answer on record stays.
    await updatePersonFromApi(org.actors.admin, id, ZOsdiPerson.parse({ phone_numbers: [{ number: '773 555 0191' }] }));
    expect((await contactsOf('kenia@example.org')).phones[0]).toMatchObject({ smsConsent: 'YES', type: 'MOBILE' });
  });
});

describe('the migration that made consent a recorded fact', () => {
  it('moves existing numbers and addresses conservatively: no yes is made up, a recorded no is kept', async () => {
    const url = await databaseBefore('20261208100200');
    await sql(url, `INSERT INTO person (id, given_name) VALUES ('00000000-0000-4000-8000-0000000000a1', 'Antes')`);
    await sql(url, `INSERT INTO person_phone (person_id, e164, sms_capable) VALUES
      ('00000000-0000-4000-8000-0000000000a1', '+17735550001', true), ('00000000-0000-4000-8000-0000000000a1', '+17735550002', false)`);
    await sql(url, `INSERT INTO person_email (person_id, email, subscribed) VALUES
      ('00000000-0000-4000-8000-0000000000a1', 'si@example.org', true), ('00000000-0000-4000-8000-0000000000a1', 'no@example.org', false)`);
    // An import's undo snapshot, taken before the upgrade, in the old shape.
    await sql(url, `INSERT INTO import (id, file_name, encoding, delimiter, status) VALUES ('00000000-0000-4000-8000-0000000000b1', 'old.csv', 'utf-8', ',', 'DONE')`);
    await sql(url, `INSERT INTO import_person (import_id, person_id, created, version_after, previous_emails, previous_phones)
      SELECT '00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000a1', false, 1,
             (SELECT jsonb_agg(to_jsonb(e)) FROM person_email e), (SELECT jsonb_agg(to_jsonb(ph)) FROM person_phone ph)`);
    await migrate(url);

    const phones = await sql(url, 'SELECT e164, phone_type, sms_consent, sms_consent_at, sms_consent_how FROM person_phone ORDER BY e164');
    expect(phones).toEqual([
      { e164: '+17735550001', phone_type: 'MOBILE', sms_consent: 'UNKNOWN', sms_consent_at: null, sms_consent_how: null },
      { e164: '+17735550002', phone_type: 'UNKNOWN', sms_consent: 'NO', sms_consent_at: null, sms_consent_how: null },
    ]);
    const emails = await sql(url, 'SELECT email, status, status_at, status_how FROM person_email ORDER BY email');
    expect(emails).toEqual([
      { email: 'no@example.org', status: 'UNSUBSCRIBED', status_at: null, status_how: null },
      { email: 'si@example.org', status: 'UNKNOWN', status_at: null, status_how: null },
    ]);
    // The snapshot was rewritten too, so undoing that import puts back rows the new table takes.
    const [snap] = await sql(url, `SELECT previous_phones, previous_emails FROM import_person`);
    const snapPhones = (snap!.previous_phones as Record<string, unknown>[]).map(({ e164, phone_type, sms_consent, sms_capable }) => ({ e164, phone_type, sms_consent, sms_capable }));
    expect(snapPhones.sort((a, b) => String(a.e164).localeCompare(String(b.e164)))).toEqual([
      { e164: '+17735550001', phone_type: 'MOBILE', sms_consent: 'UNKNOWN', sms_capable: undefined },
      { e164: '+17735550002', phone_type: 'UNKNOWN', sms_consent: 'NO', sms_capable: undefined },
    ]);
    expect((snap!.previous_emails as { status: string; subscribed?: boolean }[]).map((e) => [e.status, e.subscribed]).sort()).toEqual([['UNKNOWN', undefined], ['UNSUBSCRIBED', undefined]]);
  });
});

const made: string[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const name of made) await dropDatabase(inject('adminUrl'), name);
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A database migrated up to (not including) the migration named `first`. */
async function databaseBefore(first: string): Promise<string> {
  const name = `leaven_consent_${Math.random().toString(36).slice(2, 10)}`;
  made.push(name);
  const url = await createDatabase(inject('adminUrl'), name);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'leaven-migrations-'));
  dirs.push(dir);
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  for (const m of (await readMigrations(dir)).filter((m) => m.name >= first)) await rm(path.join(dir, m.name), { recursive: true });
  await migrate(url, { dir });
  return url;
}

async function sql(url: string, text: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}
