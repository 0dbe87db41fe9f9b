import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPeopleToCsv } from '@/lib/data/exports/people-csv';
import { circleVCards, personVCard } from '@/lib/data/exports/vcard';
import { closeImportPool } from '@/lib/db/pools';
import { isAppError } from '@/lib/errors';
import { detectDelimiter, parseCsv } from '@/lib/import/csv-parse';
import { runImport } from '../support/imports';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  const { ana, beto } = org.people;
  await prisma.person.update({ where: { id: ana.id }, data: { notes: '=HYPERLINK("http://evil.example","click")', street: '2710 S. Avenida Ñandú', city: 'Chicago', postalCode: '60623' } });
  await prisma.personEmail.create({ data: { personId: ana.id, email: 'ana@example.org', isPrimary: true } });
  await prisma.personPhone.create({ data: { personId: ana.id, e164: '+17735550101', isPrimary: true, type: 'MOBILE' } });
  await prisma.personPhone.create({ data: { personId: beto.id, e164: '+525512345678', isPrimary: true, doNotCall: true } });
  const tag = await prisma.tag.create({ data: { name: 'vecina' } });
  await prisma.personTag.create({ data: { personId: ana.id, tagId: tag.id } });
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
function rows(csv: string): string[][] {
  const out: string[][] = [];
  parseCsv(csv, detectDelimiter(csv), (cells) => void out.push(cells));
  return out;
}

describe('the people CSV', () => {
  it('is UTF-8 with a byte-order mark, quoted, formula-safe, and audited by column names only', async () => {
    const raw = new Uint8Array(await new Response(await exportPeopleToCsv(org.actors.admin)).arrayBuffer());
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
    const [header, ...body] = rows(csv);
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFF"leaven_id","first_name","last_name"/);
    expect(body).toHaveLength(6);
    const ana = Object.fromEntries(header!.map((h, i) => [h, body.find((r) => r[0] === org.people.ana.id)![i]]));
    expect(ana).toMatchObject({ first_name: 'Ana', last_name: 'Núñez', email: 'ana@example.org', phone: '+17735550101', address: '2710 S. Avenida Ñandú', precinct: '25-1', tags: 'vecina', circles: 'Club Sierra Alta' });
    expect(ana.notes).toBe(`'=HYPERLINK("http://evil.example","click")`);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'EXPORT', entityType: 'people_csv' }, orderBy: { at: 'desc' } });
    expect(audit.actorUserId).toBe(org.users.admin.id);
    expect(audit.entityId).toBe('6');
    expect(audit.changedFields).toContain('email');
    expect(JSON.stringify(audit)).not.toContain('ana@example.org');
  });

  it('exports a view of the people table: its search and filters', async () => {
    const csv = await text(await exportPeopleToCsv(org.actors.admin, { q: 'nunez' }));
    expect(rows(csv).slice(1).map((r) => r[1])).toEqual(['Ana']);
    const p2 = await text(await exportPeopleToCsv(org.actors.admin, { precinctId: org.precincts.p2.id, sort: 'name', dir: 'desc' }));
    expect(rows(p2).slice(1).map((r) => r[1])).toEqual(['Beto', 'Dora']);
  });

  it('is for leadership only, and a refused export records nothing', async () => {
    const before = await prisma.auditEvent.count({ where: { action: 'EXPORT' } });
    for (const actor of [org.actors.coordinator, org.actors.member]) {
      await expect(exportPeopleToCsv(actor)).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
    }
    expect(await prisma.auditEvent.count({ where: { action: 'EXPORT' } })).toBe(before);
  });

  it('comes back through the import without changing anyone it matches (those with no email or phone come in again)', async () => {
    const before = await prisma.person.findMany({ orderBy: { id: 'asc' } });
    const csv = await text(await exportPeopleToCsv(org.actors.admin));
    const done = await runImport(org.actors.admin, csv, { fileName: 'leaven-people.csv', mode: 'OVERWRITE' });
    // The two with an email or phone are matched; the rest have neither and no way to be matched.
    expect(done).toMatchObject({ status: 'DONE', matchedCount: 2, updatedCount: 0, createdCount: 4 });
    const after = await prisma.person.findMany({ where: { id: { in: before.map((p) => p.id) } }, orderBy: { id: 'asc' } });
    expect(after.map((p) => p.version)).toEqual(before.map((p) => p.version));
    // Undo what the import created (the four people without an email or phone came in again as new).
    await prisma.person.deleteMany({ where: { id: { notIn: before.map((p) => p.id) } } });
  });
});

describe('contact cards', () => {
  it('a person as vCard 3.0 and 4.0, audited', async () => {
    const v3 = await personVCard(org.actors.admin, org.people.ana.id, '3.0');
    expect(v3.body).toContain('BEGIN:VCARD\r\nVERSION:3.0\r\n');
    expect(v3.body).toContain('N:Núñez;Ana;;;');
    expect(v3.body).toContain('TEL;TYPE=CELL,pref:+17735550101');
    expect(v3.body).toContain('EMAIL;TYPE=INTERNET,pref:ana@example.org');
    expect(v3.body).toContain('ADR;TYPE=HOME:;;2710 S. Avenida Ñandú;Chicago;;60623;');
    const v4 = await personVCard(org.actors.admin, org.people.ana.id, '4.0');
    expect(v4.body).toContain('TEL;VALUE=uri;TYPE=cell,text;PREF=1:tel:+17735550101');
    expect(v4.body).toContain(`UID:urn:uuid:${org.people.ana.id}`);
    expect(await prisma.auditEvent.count({ where: { action: 'EXPORT', entityType: 'person', entityId: org.people.ana.id } })).toBe(2);
  });

  it('a circle’s members, grouped under the circle', async () => {
    const cards = await circleVCards(org.actors.admin, org.circles.circleA.id, '3.0');
    expect(cards.name).toBe('Club Sierra Alta');
    expect(cards.body.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(cards.body).toContain('CATEGORIES:Club Sierra Alta');
  });

  it('for leadership only; a missing person or circle is NotFound', async () => {
    await expect(personVCard(org.actors.coordinator, org.people.ana.id, '3.0')).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
    await expect(circleVCards(org.actors.member, org.circles.circleA.id, '3.0')).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
    await expect(personVCard(org.actors.admin, '3f6b1c2e-8a4d-4e5f-9b7a-0c1d2e3f4a5b', '3.0')).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
  });
});
