import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeImportPool } from '@/lib/db/pools';
import { exportProblemRows } from '@/lib/data/imports/reads';
import { runImport } from '../support/imports';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// DESIGN.md: the audit log records which fields changed, by name, never their values, which may
// be personal. A file with no header row puts a person in the place of the headers.

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

/** What an audit entry's field list may hold: names as code writes them (or a name and a count), never a value. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_.]{0,63}(: [0-9]+)?$/;

describe('the audit log holds field names, never values', () => {
  it('when the rows to fix of a file with no header row are downloaded', async () => {
    const csv = [
      'Rosa,Martínez,rosa.martinez@example.org,(773) 555-0123',
      'Luis,Ortega,luis@example,555',
      'Inés,Quintero,ines@example.org,(773) 555-0124',
    ].join('\n');
    const done = await runImport(org.actors.admin, csv, { fileName: 'sin encabezados.csv', stopAt: 'review' });
    expect(done.headers).toContain('rosa.martinez@example.org'); // the first person was read as the headers
    const report = await exportProblemRows(org.actors.admin, done.id);
    expect(report.rows.length).toBeGreaterThan(0);

    const exported = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'EXPORT', entityType: 'import', entityId: done.id } });
    const personal = ['Rosa', 'Martínez', 'rosa.martinez@example.org', '(773) 555-0123'];
    expect(exported.changedFields.filter((f) => personal.some((p) => f.includes(p)))).toEqual([]);
    expect(exported.changedFields.filter((f) => !FIELD_NAME.test(f))).toEqual([]);
    expect(exported.changedFields).toContain('problem');
  });

  it('in every entry this file made', async () => {
    const events = await prisma.auditEvent.findMany({ select: { action: true, changedFields: true } });
    expect(events.length).toBeGreaterThan(1);
    expect(events.flatMap((e) => e.changedFields.filter((f) => !FIELD_NAME.test(f)).map((f) => `${e.action}: ${f}`))).toEqual([]);
  });

  it('is held by the database too, for every writer', async () => {
    const insert = (fields: string[]) =>
      prisma.$executeRaw`INSERT INTO audit_event (action, entity_type, changed_fields) VALUES ('EXPORT', 'import', ${fields}::text[])`;
    await expect(insert(['givenName', 'rosa@example.org'])).rejects.toThrow(/audit_event_fields_are_names/);
    await expect(insert(['Martínez'])).rejects.toThrow(/audit_event_fields_are_names/);
    await expect(insert(['(773) 555-0123'])).rejects.toThrow(/audit_event_fields_are_names/);
    expect(await insert(['givenName', 'emails', 'problem', 'people: 2'])).toBe(1);
  });
});
