import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeImportPool } from '@/lib/db/pools';
import { startImportMerge } from '@/lib/data/imports/commands';
import { listHouseholds } from '@/lib/data/imports/households';
import { undoImport } from '@/lib/data/imports/undo';
import { drainImportJobs } from '@/lib/jobs/worker';
import { runImport } from '../support/imports';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Immigrant households share a phone or an email. A shared one with a clearly different name is
// a different person, imported apart and linked as family, in the file and against Leaven; the
// review names each pair and lets leadership merge it instead (issue 12, item 2).

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  await prisma.personEmail.create({ data: { personId: org.people.ana.id, email: 'ana@example.org', isPrimary: true } });
  await prisma.personPhone.create({ data: { personId: org.people.beto.id, e164: '+17735550200', isPrimary: true } });
  await prisma.personEmail.create({ data: { personId: org.people.carla.id, email: 'carla@example.org', isPrimary: true } });
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

const family = (a: string, b: string) =>
  prisma.relationship.findFirst({ where: { kind: 'FAMILY', personAId: a < b ? a : b, personBId: a < b ? b : a } });
const byGiven = (givenName: string) => prisma.person.findMany({ where: { givenName }, include: { phones: true, emails: true } });

describe('a household in the file', () => {
  const FILE = 'Nombre,Apellido,Teléfono,Correo\nMartín,Gómez,773 555 0401,martin@example.org\nAraceli,Gómez,773 555 0401,\nMartin,Gómez,,martin@example.org';

  it('imports two people who share a phone, linked as family, and lists them by name in the review', async () => {
    const review = await runImport(org.actors.admin, FILE, { stopAt: 'review' });
    // Martín twice (by email) is one person; Araceli, on his phone, is another.
    expect(review).toMatchObject({ newCount: 2, duplicateCount: 1 });
    const { total, pairs } = await listHouseholds(org.actors.admin, review.id);
    expect(total).toBe(1);
    expect(pairs).toEqual([expect.objectContaining({ line: 3, name: 'Araceli Gómez', other: { line: 2, name: 'Martín Gómez' }, via: 'phone', merge: false, linked: false })]);

    await startImportMerge(org.actors.admin, review.id, 'FILL');
    await drainImportJobs();
    const [martin] = await byGiven('Martín');
    const [araceli] = await byGiven('Araceli');
    expect(martin!.phones.map((p) => p.e164)).toEqual(['+17735550401']);
    expect(araceli!.phones.map((p) => p.e164)).toEqual(['+17735550401']);
    const link = await family(martin!.id, araceli!.id);
    expect(link).not.toBeNull();
    // Audited like any new relationship, by name of field only.
    expect(await prisma.auditEvent.findFirst({ where: { entityType: 'relationship', entityId: link!.id, action: 'CREATE' } })).toMatchObject({ changedFields: ['kind'] });
    expect((await listHouseholds(org.actors.admin, review.id)).pairs[0]).toMatchObject({ linked: true });
  });

  it('merges a pair into one person when leadership says they are the same', async () => {
    const file = 'Nombre,Teléfono\nYolanda,773 555 0402\nYoli Sánchez,773 555 0402';
    const review = await runImport(org.actors.admin, file, { stopAt: 'review' });
    const { pairs } = await listHouseholds(org.actors.admin, review.id);
    expect(pairs.map((p) => [p.name, p.other?.name])).toEqual([['Yoli Sánchez', 'Yolanda']]);
    await startImportMerge(org.actors.admin, review.id, 'FILL', { join: [pairs[0]!.id] });
    await drainImportJobs();
    expect(await prisma.import.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ createdCount: 1, duplicateCount: 1 });
    const [yolanda] = await byGiven('Yolanda');
    expect(yolanda!.phones.map((p) => p.e164)).toEqual(['+17735550402']);
    expect(await byGiven('Yoli Sánchez')).toEqual([]);
  });
});

describe('a relative of someone already in Leaven', () => {
  it('is a new person linked to them as family; the person in Leaven keeps their record', async () => {
    const before = await prisma.person.findUniqueOrThrow({ where: { id: org.people.ana.id } });
    const done = await runImport(org.actors.admin, 'Nombre,Apellido,Correo,Etiquetas\nRosaura,Núñez,ana@example.org,feria');
    expect(done).toMatchObject({ status: 'DONE', createdCount: 1, updatedCount: 0, matchedCount: 0 });
    const [rosaura] = await byGiven('Rosaura');
    expect(rosaura!.emails.map((e) => e.email)).toEqual(['ana@example.org']);
    expect(await family(rosaura!.id, org.people.ana.id)).not.toBeNull();
    expect(await prisma.person.findUniqueOrThrow({ where: { id: org.people.ana.id } })).toEqual(before);
    const { pairs } = await listHouseholds(org.actors.admin, done.id);
    expect(pairs).toEqual([expect.objectContaining({ name: 'Rosaura Núñez', other: { personId: org.people.ana.id, name: 'Ana Núñez' }, via: 'email', linked: true })]);
  });

  it('is matched, not linked, when leadership says they are the same person', async () => {
    const review = await runImport(org.actors.admin, 'Nombre,Correo,Etiquetas\nAnita Sol,ana@example.org,vecina', { stopAt: 'review' });
    expect(review).toMatchObject({ newCount: 0, matchedCount: 1 });
    // "Anita" is Ana, matched; Rosaura, who shares Ana's email since the test above, is her household.
    expect((await listHouseholds(org.actors.admin, review.id)).pairs.map((p) => p.other?.name)).toEqual(['Rosaura Núñez']);
    // A clearly different name is a pair, until it is merged.
    const other = await runImport(org.actors.admin, 'Nombre,Correo,Etiquetas\nCarolina,carla@example.org,vecina', { stopAt: 'review' });
    expect(other).toMatchObject({ newCount: 1, matchedCount: 0 });
    const { pairs } = await listHouseholds(org.actors.admin, other.id);
    await startImportMerge(org.actors.admin, other.id, 'FILL', { join: [pairs[0]!.id] });
    await drainImportJobs();
    expect(await prisma.import.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ createdCount: 0, updatedCount: 1 });
    expect(await byGiven('Carolina')).toEqual([]);
    const carla = await prisma.person.findUniqueOrThrow({ where: { id: org.people.carla.id }, include: { tags: { include: { tag: true } } } });
    expect(carla.tags.map((t) => t.tag.name)).toEqual(['vecina']);
  });
});

describe('undoing an import with households', () => {
  it('removes the family links it made, even between two people who were already in Leaven', async () => {
    // Beto by his phone, and on Carla's email: Beto and Carla are linked as family.
    const done = await runImport(org.actors.admin, 'Nombre,Teléfono,Correo\nBeto,773 555 0200,carla@example.org');
    expect(done).toMatchObject({ status: 'DONE', createdCount: 0, updatedCount: 1 });
    const link = await family(org.people.beto.id, org.people.carla.id);
    expect(link).not.toBeNull();
    await undoImport(org.actors.admin, done.id);
    expect(await family(org.people.beto.id, org.people.carla.id)).toBeNull();
    expect(await prisma.auditEvent.findFirst({ where: { entityType: 'relationship', entityId: link!.id, action: 'DELETE' } })).not.toBeNull();
  });

  it('undoes new people linked as family: their own links do not count as someone touching them', async () => {
    const done = await runImport(org.actors.admin, 'Nombre,Teléfono\nOtilia,773 555 0403\nEsteban,773 555 0403');
    expect(done).toMatchObject({ createdCount: 2 });
    await undoImport(org.actors.admin, done.id);
    expect(await byGiven('Otilia')).toEqual([]);
    expect(await byGiven('Esteban')).toEqual([]);
  });
});
