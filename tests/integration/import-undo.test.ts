import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updatePerson } from '@/lib/data/people/write';
import { cancelImport, checkImportRows, retryImport, startImportMerge } from '@/lib/data/imports/commands';
import { closeImportPool } from '@/lib/db/pools';
import { getImport } from '@/lib/data/imports/reads';
import { stageUpload } from '@/lib/data/imports/stage';
import { undoImport } from '@/lib/data/imports/undo';
import { drainImportJobs, startImportWorker } from '@/lib/jobs/worker';
import { isAppError } from '@/lib/errors';
import { utf8 } from '../support/csv-files';
import { runImport, snapshotPeople } from '../support/imports';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
const ROOT = path.resolve(import.meta.dirname, '../..');

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  await prisma.person.update({ where: { id: org.people.ana.id }, data: { city: 'Chicago', notes: 'Conocida de la parroquia' } });
  await prisma.personEmail.create({ data: { personId: org.people.ana.id, email: 'ana@example.org', isPrimary: true, status: 'SUBSCRIBED' } });
  await prisma.personPhone.create({ data: { personId: org.people.beto.id, e164: '+17735550200', isPrimary: true } });
  await prisma.tag.create({ data: { name: 'vecina' } });
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

// Matches Ana (email) and Beto (phone), adds three new people, new tags, a circle for everyone.
const FILE = [
  'Nombre,Apellido,Correo,Teléfono,Ciudad,Notas,Etiquetas,can2_subscription_status',
  'Ana María,Núñez,ana@example.org,773-555-0111,Cicero,Vino a la feria,"vecina, feria",unsubscribed',
  'Beto,Ramírez,beto@example.org,7735550200,,,,',
  'Uno,Nuevo,uno@example.org,,,,,',
  'Dos,Nuevo,,773 555 0122,,,voluntaria,',
  'Tres,Nuevo,tres@example.org,,,,,subscribed',
].join('\n');

async function stagedAndReviewed(file = FILE) {
  return runImport(org.actors.admin, file, { stopAt: 'review', circleId: org.circles.circleB.id, tags: ['feria 2026'], source: 'Feria' });
}

describe('undoing an import', () => {
  it('restores the database exactly, including the fields it overwrote on people it matched', async () => {
    const before = await snapshotPeople(prisma);
    const review = await stagedAndReviewed();
    await startImportMerge(org.actors.admin, review.id, 'OVERWRITE');
    await drainImportJobs();
    const done = await getImport(org.actors.admin, review.id);
    expect(done).toMatchObject({ status: 'DONE', createdCount: 3, updatedCount: 2, canUndo: true });
    const ana = await prisma.person.findUniqueOrThrow({ where: { id: org.people.ana.id }, include: { emails: true, phones: true } });
    expect(ana).toMatchObject({ givenName: 'Ana María', city: 'Cicero', notes: 'Vino a la feria', source: 'Feria' });
    expect(ana.emails[0]!.status).toBe('UNSUBSCRIBED');
    expect(await snapshotPeople(prisma)).not.toEqual(before);

    await undoImport(org.actors.admin, review.id);
    expect(await snapshotPeople(prisma)).toEqual(before);
    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'UNDONE', canUndo: false });
    const audit = await prisma.auditEvent.findMany({ where: { entityType: 'person', entityId: org.people.ana.id }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['UPDATE', 'UPDATE']);
    expect(JSON.stringify(audit)).not.toContain('Cicero');
  });

  it('is not offered to anyone but leadership', async () => {
    const done = await runImport(org.actors.admin, 'Nombre\nSolita');
    for (const actor of [org.actors.coordinator, org.actors.member]) {
      await expect(undoImport(actor, done.id)).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
    }
    await undoImport(org.actors.admin, done.id);
  });
});

describe('an import completes or leaves no trace', () => {
  it('an error inside the merge rolls everything back; starting it again completes it', async () => {
    const before = await snapshotPeople(prisma);
    const review = await stagedAndReviewed();
    await startImportMerge(org.actors.admin, review.id, 'OVERWRITE');
    await drainImportJobs({
      hooks: {
        afterStep(step) {
          if (step === 'updated') throw new Error('the disk is full');
        },
      },
    });
    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'FAILED', error: 'merge' });
    expect(await snapshotPeople(prisma)).toEqual(before);
    expect(await prisma.importPerson.count({ where: { importId: review.id } })).toBe(0);

    await retryImport(org.actors.admin, review.id);
    await startImportMerge(org.actors.admin, review.id, 'OVERWRITE');
    await drainImportJobs();
    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'DONE', createdCount: 3, updatedCount: 2 });
    await undoImport(org.actors.admin, review.id);
    expect(await snapshotPeople(prisma)).toEqual(before);
  });

  it('a worker killed in the middle of the merge leaves nothing; another worker later completes the import', async () => {
    const before = await snapshotPeople(prisma);
    const review = await stagedAndReviewed();
    await startImportMerge(org.actors.admin, review.id, 'FILL');

    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/support/import-worker-child.ts', 'contacts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('PAUSED')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`the worker exited (${code}) before pausing: ${out}`)));
    });
    // The new people exist inside the worker's open transaction; kill it there.
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const stuck = await getImport(org.actors.admin, review.id);
    expect(stuck.status).toBe('MERGING');
    expect(await snapshotPeople(prisma)).toEqual(before);

    // The next worker finds the phase's heartbeat stale and runs it again, to the end. Until the
    // server has noticed the dead connection, its open transaction still locks the import's row
    // (a foreign-key check took a share lock on it), and a worker skips a locked job: try again.
    await expect.poll(() => drainImportJobs({ staleMs: 0 }), { timeout: 15_000 }).toBe(1);
    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'DONE', createdCount: 3, updatedCount: 2 });
    await undoImport(org.actors.admin, review.id);
    expect(await snapshotPeople(prisma)).toEqual(before);
  }, 60_000);

  it('a cancel during the merge rolls it back and keeps nothing of the file', async () => {
    const before = await snapshotPeople(prisma);
    const review = await stagedAndReviewed();
    await startImportMerge(org.actors.admin, review.id, 'FILL');
    await drainImportJobs({
      hooks: {
        async afterStep(step) {
          if (step === 'people') await cancelImport(org.actors.admin, review.id);
        },
      },
    });
    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'CANCELLED' });
    expect(await snapshotPeople(prisma)).toEqual(before);
    expect(await prisma.importRow.count({ where: { importId: review.id } })).toBe(0);
    expect(await prisma.importStaged.count({ where: { importId: review.id } })).toBe(0);
  });

  it('a cancel before a worker picks it up stops it at once', async () => {
    const { id } = await stageUpload(org.actors.admin, { fileName: 'x.csv', bytes: utf8('Nombre\nNadie') });
    const imp = await getImport(org.actors.admin, id);
    await checkImportRows(org.actors.admin, id, { mapping: imp.mapping, circleId: null, tags: [], source: null });
    await cancelImport(org.actors.admin, id);
    expect(await drainImportJobs()).toBe(0);
    expect(await getImport(org.actors.admin, id)).toMatchObject({ status: 'CANCELLED' });
  });
});

describe('the background worker', () => {
  it('picks up a queued import by itself, as the app server runs it', async () => {
    const worker = startImportWorker({ pollMs: 50 });
    try {
      const { id } = await stageUpload(org.actors.admin, { fileName: 'x.csv', bytes: utf8('Nombre,Correo\nSola,sola@example.org') });
      const imp = await getImport(org.actors.admin, id);
      await checkImportRows(org.actors.admin, id, { mapping: imp.mapping, circleId: null, tags: [], source: null });
      await expect.poll(async () => (await getImport(org.actors.admin, id)).status, { timeout: 10_000 }).toBe('REVIEW');
      await startImportMerge(org.actors.admin, id, 'FILL');
      await expect.poll(async () => (await getImport(org.actors.admin, id)).status, { timeout: 10_000 }).toBe('DONE');
      expect(await prisma.person.count({ where: { emails: { some: { email: 'sola@example.org' } } } })).toBe(1);
    } finally {
      await worker.stop();
    }
  });
});

// Last: it leaves the import's changes in place.
describe('undoing an import someone has built on', () => {
  it('is refused once someone has changed one of its people, and changes nothing', async () => {
    const review = await stagedAndReviewed();
    await startImportMerge(org.actors.admin, review.id, 'FILL');
    await drainImportJobs();
    const uno = await prisma.person.findFirstOrThrow({ where: { givenName: 'Uno' } });
    await updatePerson(org.actors.admin, { id: uno.id, version: uno.version, patch: { pronouns: 'ella' } });
    const after = await snapshotPeople(prisma);
    await expect(undoImport(org.actors.admin, review.id)).rejects.toSatisfy((e) => isAppError(e, 'INVALID') && e.message === 'undoTouched' && e.details?.count === 1);
    expect(await snapshotPeople(prisma)).toEqual(after);
    // A person the import created, untouched themself but now in someone's relationships, counts too.
    const dos = await prisma.person.findFirstOrThrow({ where: { givenName: 'Dos' } });
    await prisma.relationship.create({ data: { personAId: org.people.ana.id, personBId: dos.id, kind: 'FRIEND' } });
    await expect(undoImport(org.actors.admin, review.id)).rejects.toSatisfy((e) => isAppError(e, 'INVALID') && e.message === 'undoTouched' && e.details?.count === 2);
    expect(await prisma.person.count({ where: { id: dos.id } })).toBe(1);
  });
});
