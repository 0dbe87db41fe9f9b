import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeImportPool } from '@/lib/db/pools';
import { exportProblemRows, getImport, listImports, listProblemRows, previewImport } from '@/lib/data/imports/reads';
import { stageUpload } from '@/lib/data/imports/stage';
import { checkImportRows } from '@/lib/data/imports/commands';
import { drainImportJobs } from '@/lib/jobs/worker';
import { isAppError } from '@/lib/errors';
import { SPANISH_SHEET, utf8, windows1252 } from '../support/csv-files';
import { runImport } from '../support/imports';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  await prisma.precinct.createMany({ data: [3, 4].map((number) => ({ wardId: org.ward.id, number })) });
  await prisma.personEmail.create({ data: { personId: org.people.ana.id, email: 'ana@example.org', isPrimary: true } });
  await prisma.personPhone.create({ data: { personId: org.people.beto.id, e164: '+17735550200', isPrimary: true } });
  await prisma.personEmail.create({ data: { personId: org.people.carla.id, email: 'carla@example.org', isPrimary: true } });
  await prisma.personPhone.create({ data: { personId: org.people.fer.id, e164: '+17735550299', isPrimary: true } });
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

const personByEmail = (email: string) =>
  prisma.person.findFirst({ where: { emails: { some: { email } } }, include: { emails: true, phones: true, tags: { include: { tag: true } }, precinct: true } });

describe('a Spanish sign-in sheet saved by Excel in Windows-1252', () => {
  it('imports with its accents intact, refuses the immigration-status column, and lists the bad row with its reasons', async () => {
    const done = await runImport(org.actors.admin, windows1252(SPANISH_SHEET), { fileName: 'hoja de firmas.csv', source: 'Feria de salud' });
    expect(done).toMatchObject({ status: 'DONE', encoding: 'windows-1252', delimiter: ';', skippedColumns: ['Estatus migratorio'], createdCount: 2, badCount: 1 });
    expect(done.headers).not.toContain('Estatus migratorio');

    const jose = await personByEmail('jose.nunez@example.org');
    expect(jose).toMatchObject({ givenName: 'José', familyName: 'Núñez Peña', street: '2710 S. Avenida Ñandú, Apt 3', source: 'Feria de salud', addedByUserId: org.users.admin.id });
    expect(jose!.phones.map((p) => p.e164)).toEqual(['+17735550101']);
    expect(jose!.precinct?.number).toBe(3);
    expect(jose!.tags.map((t) => t.tag.name).sort()).toEqual(['hogar', 'vecinos']);
    // Each new person's creation is audited with the names of the fields the file gave them.
    const created = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: 'person', entityId: jose!.id, action: 'CREATE' } });
    expect(created.changedFields.sort()).toEqual(['emails', 'familyName', 'givenName', 'phones', 'precinctId', 'source', 'street', 'tags']);
    const maria = await prisma.person.findFirstOrThrow({ where: { familyName: 'Güemes' }, include: { precinct: true, tags: { include: { tag: true } } } });
    expect(maria.givenName).toBe('María Inés');
    expect(maria.precinct?.number).toBe(4);
    expect(maria.tags.map((t) => t.tag.name)).toEqual(['Comité de Salud']);

    // The refused column's cells were never written anywhere, not even to the staging tables.
    const leaked = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM import_row WHERE 'no dar' = ANY (cells)`;
    expect(Number(leaked[0]!.n)).toBe(0);

    const bad = await listProblemRows(org.actors.admin, done.id);
    expect(bad).toEqual([
      expect.objectContaining({ line: 4, outcome: 'BAD', problems: ['phone.invalid:2', 'email.invalid:3', 'precinct.unknown:5'], cells: expect.arrayContaining(['Begoña', 'Ibáñez']) }),
    ]);
    expect(await prisma.person.count({ where: { givenName: 'Begoña' } })).toBe(0);
  });

  it('shows the first rows as they will be saved before anything is checked', async () => {
    const { id } = await stageUpload(org.actors.admin, { fileName: 'hoja.csv', bytes: windows1252(SPANISH_SHEET) });
    const imp = await getImport(org.actors.admin, id);
    expect(imp.status).toBe('MAPPING');
    const { rows } = await previewImport(org.actors.admin, id, imp.mapping);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(rows[0]!.row).toMatchObject({ givenName: 'José', phones: ['+17735550101'], problems: [] });
    expect(rows[2]!.row.problems).toHaveLength(3);
  });
});

describe('matching rows to the people already in Leaven', () => {
  const FILE = [
    'first_name,last_name,email,phone,tags',
    'Ana,,ana@example.org,,vecina', // matches Ana by email: an update
    'Roberto,Ramírez Soto,,(773) 555-0200,', // matches Beto by phone
    'Nueva,Persona,nueva@example.org,773-555-0301,', // new
    'Nuevita,,NUEVA@example.org,,', // the same new person again, by email: one person
    // Matches Carla and Fer, with no first name to tell whose relative it is: a conflict, not guessed.
    ',Conflicto,carla@example.org,773 555 0299,',
    ',,sinnombre@example.org,,', // nobody, and no name: cannot be created
  ].join('\n');

  it('counts new, matched, duplicate, conflicting and bad rows before saving', async () => {
    const review = await runImport(org.actors.admin, FILE, { stopAt: 'review' });
    expect(review).toMatchObject({ status: 'REVIEW', newCount: 1, matchedCount: 2, duplicateCount: 1, conflictCount: 1, badCount: 1 });
    const problems = await listProblemRows(org.actors.admin, review.id);
    expect(problems.map((p) => [p.line, p.outcome, p.problems])).toEqual([
      [6, 'CONFLICT', []],
      [7, 'BAD', ['name.missing']],
    ]);
    expect(problems[0]!.matched.map((m) => m.name).sort()).toEqual(['Carla Peña', 'Fer Lucero']);
    expect(await prisma.person.count({ where: { givenName: 'Nueva' } })).toBe(0);
  });

  it('"fill only empty fields" keeps what Leaven has, adds what it lacks, and creates the new person once', async () => {
    const done = await runImport(org.actors.admin, FILE, { mode: 'FILL', tags: ['feria 2026'] });
    expect(done).toMatchObject({ status: 'DONE', createdCount: 1, updatedCount: 2, conflictCount: 1, badCount: 1 });
    const beto = await prisma.person.findUniqueOrThrow({ where: { id: org.people.beto.id } });
    expect(beto).toMatchObject({ givenName: 'Beto', familyName: 'Ramírez', version: 2 });
    const nueva = await prisma.person.findMany({ where: { emails: { some: { email: 'nueva@example.org' } } }, include: { phones: true, emails: true } });
    expect(nueva).toHaveLength(1);
    expect(nueva[0]).toMatchObject({ givenName: 'Nueva', familyName: 'Persona' });
    expect(nueva[0]!.emails).toEqual([expect.objectContaining({ email: 'nueva@example.org', isPrimary: true })]);
    const ana = await personByEmail('ana@example.org');
    expect(ana!.tags.map((t) => t.tag.name).sort()).toEqual(['feria 2026', 'vecina']);
    expect(await prisma.person.count({ where: { familyName: 'Conflicto' } })).toBe(0);
    // Audited in the same transaction, with field names only.
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: org.people.ana.id, action: 'UPDATE' }, orderBy: { at: 'desc' } });
    expect(audit.changedFields).toEqual(['tags']);
    expect(JSON.stringify(audit)).not.toContain('vecina');
  });

  it('a row that shares an email with one row of the file and a phone with another makes the three one person', async () => {
    const review = await runImport(org.actors.admin, 'Nombre,Correo,Teléfono\nA,ana@example.org,\nB,,7735550200\nC,ana@example.org,7735550200', { stopAt: 'review' });
    // One person in the file, who is Ana by email and Beto by phone: all three rows are a conflict.
    expect(review).toMatchObject({ conflictCount: 3, matchedCount: 0, newCount: 0 });
  });

  it('a late row that joins two groups of new rows makes them one new person', async () => {
    // Row 3 is written before row 4 shows it is the same person as row 2.
    const done = await runImport(org.actors.admin, 'Nombre,Correo,Teléfono\nXimena,xime@example.org,\nXime,,7735550777\nX.,xime@example.org,7735550777');
    expect(done).toMatchObject({ status: 'DONE', createdCount: 1, duplicateCount: 2 });
    const xime = await personByEmail('xime@example.org');
    expect(xime).toMatchObject({ givenName: 'Ximena' });
    expect(xime!.phones.map((p) => p.e164)).toEqual(['+17735550777']);
    const created = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: 'person', entityId: xime!.id, action: 'CREATE' } });
    expect(created.changedFields.sort()).toEqual(['emails', 'givenName', 'phones']);
  });

  it('"overwrite" replaces the fields the file has', async () => {
    await runImport(org.actors.admin, 'Nombre,Apellido,Teléfono\nRoberto,Ramírez Soto,7735550200', { mode: 'OVERWRITE' });
    expect(await prisma.person.findUniqueOrThrow({ where: { id: org.people.beto.id } })).toMatchObject({ givenName: 'Roberto', familyName: 'Ramírez Soto' });
  });
});

describe('rows staged while the file uploads', () => {
  const stagedRows = (id: string) => prisma.importStaged.findMany({ where: { importId: id }, orderBy: { line: 'asc' } });

  it('are staged with the guessed mapping, and the check keeps them when the user keeps it', async () => {
    const { id } = await stageUpload(org.actors.admin, { fileName: 'kept.csv', bytes: utf8('Nombre,Correo\nKeila,keila@example.org\nKei,keila@example.org') });
    const uploaded = await prisma.import.findUniqueOrThrow({ where: { id } });
    expect(uploaded.stagedKey).toMatch(/^[0-9a-f]{64}$/);
    const before = await stagedRows(id);
    expect(before.map((r) => [r.line, r.cluster, r.givenName, r.emails])).toEqual([
      [2, 2, 'Keila', ['keila@example.org']],
      [3, 2, 'Kei', ['keila@example.org']],
    ]);
    expect(before[0]!.newPersonId).toBe(before[1]!.newPersonId);
    const imp = await getImport(org.actors.admin, id);
    await checkImportRows(org.actors.admin, id, { mapping: imp.mapping, circleId: null, tags: [], source: null });
    await drainImportJobs();
    // Not staged again: the same rows, with the same group and the same new person's id.
    const after = await stagedRows(id);
    expect(after.map((r) => [r.line, r.cluster, r.newPersonId, r.outcome])).toEqual(before.map((r) => [r.line, r.cluster, r.newPersonId, 'NEW']));
    expect(await getImport(org.actors.admin, id)).toMatchObject({ status: 'REVIEW', newCount: 1, duplicateCount: 1 });
  });

  it('a late row that joins two groups makes them one when the check stages the rows again', async () => {
    // Mapped as uploaded, "Columna X" is left out; mapped by the user, it is a second phone.
    const file = 'Nombre,Correo,Columna X\nRita,rita@example.org,\nRi,,7735550888\nR.,rita@example.org,7735550888';
    const { id } = await stageUpload(org.actors.admin, { fileName: 'joined.csv', bytes: utf8(file) });
    await checkImportRows(org.actors.admin, id, { mapping: ['givenName', 'email', 'phone'], circleId: null, tags: [], source: null });
    await drainImportJobs();
    const rows = await stagedRows(id);
    expect(rows.map((r) => r.cluster)).toEqual([2, 2, 2]);
    expect(new Set(rows.map((r) => r.newPersonId)).size).toBe(1);
    expect(await getImport(org.actors.admin, id)).toMatchObject({ newCount: 1, duplicateCount: 2 });
  });

  it('are staged again by the check when the user changed the mapping', async () => {
    // "Columna X" is not guessed; the user maps it to the nickname, and drops the email column.
    const file = 'Nombre,Columna X,Correo\nRamona,Monchi,ramona@example.org';
    const { id } = await stageUpload(org.actors.admin, { fileName: 'remapped.csv', bytes: utf8(file) });
    const imp = await getImport(org.actors.admin, id);
    expect(imp.mapping).toEqual(['givenName', null, 'email']);
    const { stagedKey } = await prisma.import.findUniqueOrThrow({ where: { id } });
    await checkImportRows(org.actors.admin, id, { mapping: ['givenName', 'preferredName', null], circleId: null, tags: [], source: null });
    await drainImportJobs();
    const [row] = await stagedRows(id);
    expect(row).toMatchObject({ givenName: 'Ramona', preferredName: 'Monchi', emails: [] });
    expect((await prisma.import.findUniqueOrThrow({ where: { id } })).stagedKey).not.toBe(stagedKey);
  });

  it('are staged again by the check when a precinct was added after the upload', async () => {
    const file = 'Nombre,Correo,Precinto\nPrisca,prisca@example.org,9';
    const { id } = await stageUpload(org.actors.admin, { fileName: 'precinct.csv', bytes: utf8(file) });
    expect((await stagedRows(id))[0]!.problems).toEqual(['precinct.unknown:2']);
    const nine = await prisma.precinct.create({ data: { wardId: org.ward.id, number: 9 } });
    const imp = await getImport(org.actors.admin, id);
    await checkImportRows(org.actors.admin, id, { mapping: imp.mapping, circleId: null, tags: [], source: null });
    await drainImportJobs();
    const [row] = await stagedRows(id);
    expect(row).toMatchObject({ problems: [], precinctId: nine.id, outcome: 'NEW' });
  });
});

describe('exports of the tools organizations come from', () => {
  it('brings an Action Network export in with its opt-outs and tags', async () => {
    const file = [
      'uuid,first_name,last_name,email,zip_code,can2_phone,can2_sms_status,can2_subscription_status,can2_user_tags',
      'a1,Lupe,Tovar,lupe@example.org,60608,7735550401,unsubscribed,subscribed,"Bus captain, LSC"',
      'a2,Rafa,Ochoa,rafa@example.org,60608,,,unsubscribed,',
    ].join('\n');
    const done = await runImport(org.actors.admin, file);
    expect(done.tool).toBe('actionNetwork');
    const lupe = await personByEmail('lupe@example.org');
    expect(lupe).toMatchObject({ postalCode: '60608', contactConsent: true });
    expect(lupe!.phones).toEqual([expect.objectContaining({ e164: '+17735550401', smsConsent: 'NO', doNotCall: false })]);
    expect(lupe!.tags.map((t) => t.tag.name).sort()).toEqual(['Bus captain', 'LSC']);
    const rafa = await personByEmail('rafa@example.org');
    expect(rafa).toMatchObject({ contactConsent: false });
    expect(rafa!.emails[0]!.status).toBe('UNSUBSCRIBED');
  });

  it('brings a NationBuilder export in with do-not-call, do-not-contact and its tag list, and applies an opt-out to someone already here', async () => {
    const file = [
      'nationbuilder_id,first_name,last_name,email,email_opt_in,mobile_number,primary_address1,primary_city,primary_zip,precinct_code,tag_list,do_not_call,do_not_contact',
      '101,Tere,Salas,tere@example.org,TRUE,773-555-0501,1800 S Blue Island,Chicago,60608,25-1,"tenant, lsc",TRUE,FALSE',
      '102,Ana,Núñez,ana@example.org,FALSE,,,,,,,,TRUE',
    ].join('\n');
    const done = await runImport(org.actors.admin, file);
    expect(done).toMatchObject({ tool: 'nationBuilder', createdCount: 1, updatedCount: 1 });
    const tere = await personByEmail('tere@example.org');
    expect(tere).toMatchObject({ street: '1800 S Blue Island', city: 'Chicago', precinctId: org.precincts.p1.id, doNotContact: false, contactConsent: true });
    expect(tere!.phones[0]).toMatchObject({ e164: '+17735550501', doNotCall: true });
    const ana = await personByEmail('ana@example.org');
    // Opt-outs apply even in "fill only empty fields".
    expect(ana).toMatchObject({ doNotContact: true });
    expect(ana!.emails[0]!.status).toBe('UNSUBSCRIBED');
  });
});

describe('staging', () => {
  it('keeps every cell exactly: quotes, backslashes, tabs, line breaks, braces and commas', async () => {
    const tricky = ['Ana "La Güera"', 'C:\\temp\\x', 'a\tb', 'line one\nline two', '{not, an, array}', 'NULL', '\\N'];
    const file = `notes,city,zip,street,tags,given,family\n${tricky.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')}\n`;
    const { id } = await stageUpload(org.actors.admin, { fileName: 'tricky.csv', bytes: utf8(file) });
    const [row] = await prisma.importRow.findMany({ where: { importId: id } });
    expect(row!.cells).toEqual(tricky);
  });
});

describe('what the upload refuses', () => {
  const refused = async (bytes: Uint8Array) => {
    try {
      await stageUpload(org.actors.admin, { fileName: 'x.csv', bytes });
      return null;
    } catch (e) {
      return isAppError(e, 'INVALID') ? e.message : String(e);
    }
  };
  it('an empty file, a header with no rows, and a file of only refused columns leave no import behind', async () => {
    const before = await prisma.import.count();
    expect(await refused(utf8(''))).toBe('importEmpty');
    expect(await refused(utf8('Nombre,Correo\n,,\n'))).toBe('importNoRows');
    expect(await refused(utf8('SSN,Citizenship\n1,2'))).toBe('importNoColumns');
    expect(await prisma.import.count()).toBe(before);
  });
});

describe('who may import', () => {
  it('only leadership: to anyone else an import does not exist', async () => {
    const done = await runImport(org.actors.admin, 'Nombre\nAlguien');
    for (const actor of [org.actors.coordinator, org.actors.member]) {
      await expect(stageUpload(actor, { fileName: 'x.csv', bytes: utf8('Nombre\nX') })).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
      await expect(getImport(actor, done.id)).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
      await expect(listImports(actor)).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
      await expect(exportProblemRows(actor, done.id)).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
    }
  });
});
