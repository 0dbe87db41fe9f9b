import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recheckImport, retryImport, startImportMerge } from '@/lib/data/imports/commands';
import { getImport } from '@/lib/data/imports/reads';
import { createPerson } from '@/lib/data/people/write';
import { closeImportPool } from '@/lib/db/pools';
import { drainImportJobs } from '@/lib/jobs/worker';
import { createPrismaClient, type PrismaClient } from '@/lib/db/create-client';
import { createDatabase } from '@/lib/ops/database';
import { migrate } from '@/lib/ops/migrate';
import { superviseEmbeddedPostgres, type TSupervisedPostgres } from '@/lib/ops/supervise-postgres';
import { runImport, snapshotPeople } from '../support/imports';
import { buildSmallOrg, type TSmallOrg } from '../support/small-org';

// PostgreSQL killed (SIGKILL, as the kernel's out-of-memory killer does) under a running app: a
// PostgreSQL of this file's own, durable as `npm start` runs it and supervised as `npm start`
// supervises it, so that killing it disturbs no other test. The app's own data layer and pools
// are used throughout, never reconnected by hand.

let supervised: TSupervisedPostgres;
let tmp: string;
let prisma: PrismaClient;
let org: TSmallOrg;
const log: string[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'leaven-faults-'));
  supervised = await superviseEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), log: (l) => log.push(l), backoff: { firstMs: 200 } });
  const url = await createDatabase(supervised.url('postgres'), 'leaven_faults');
  await migrate(url);
  // Before the data layer's first query: its pools connect to this server from now on.
  process.env.DATABASE_URL = url;
  prisma = createPrismaClient(url, 2);
  org = await buildSmallOrg(prisma);
}, 120_000);

afterAll(async () => {
  await closeImportPool();
  const g = globalThis as { leavenPrisma?: { $disconnect: () => Promise<void> } };
  await g.leavenPrisma?.$disconnect();
  g.leavenPrisma = undefined;
  await prisma?.$disconnect();
  await supervised?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Kills the postmaster as the kernel would, and waits until the supervisor has it up again. */
async function killPostgres(): Promise<void> {
  const before = supervised.restarts();
  process.kill(supervised.pid()!, 'SIGKILL');
  await expect.poll(() => supervised.restarts(), { timeout: 60_000, interval: 100 }).toBe(before + 1);
}

/** Until the data layer answers again (its pools drop the dead connections as they notice them). */
const settle = () => expect.poll(() => prisma.person.count().then(() => true, () => false), { timeout: 30_000 }).toBe(true);

describe('PostgreSQL killed under writes', () => {
  it('is started again by its supervisor; the app reconnects by itself and no accepted write is lost', async () => {
    const accepted: string[] = [];
    let refused = 0;
    let attempts = 0;
    let acceptedAfterRestart = 0;
    let restarted = false;
    let stopAt = Date.now() + 60_000;
    const writer = async (w: number) => {
      for (let i = 0; Date.now() < stopAt; i++) {
        attempts++;
        try {
          const { id } = await createPerson(org.actors.admin, { givenName: `Writer ${w}.${i}`, phones: [], emails: [] });
          accepted.push(id);
          if (restarted) acceptedAfterRestart++;
        } catch {
          refused++;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer));
    await expect.poll(() => accepted.length, { timeout: 30_000 }).toBeGreaterThan(20);
    await killPostgres();
    restarted = true;
    await expect.poll(() => acceptedAfterRestart, { timeout: 30_000 }).toBeGreaterThan(20);
    stopAt = 0;
    await writers;

    expect(accepted.length + refused).toBe(attempts);
    expect(refused).toBeGreaterThan(0); // the writes in flight when it died were refused, not lost silently
    const stored = await prisma.person.count({ where: { id: { in: accepted } } });
    expect(stored).toBe(accepted.length);
    expect(log.some((l) => l.includes('PostgreSQL stopped unexpectedly'))).toBe(true);
    console.log(`faults: PostgreSQL killed under 4 writers: ${attempts} writes attempted, ${accepted.length} accepted, ${refused} refused, ${accepted.length - stored} lost`);
  }, 150_000);
});

const FILE = ['Nombre,Apellido,Correo', 'Uno,Crash,uno.crash@example.org', 'Dos,Crash,dos.crash@example.org', 'Tres,Crash,tres.crash@example.org'].join('\n');

describe("an import whose staged rows a crash emptied (they are kept unlogged, for speed)", () => {
  it('says so in review, refuses to merge nothing, and brings the file in whole once checked again', async () => {
    const before = await snapshotPeople(prisma);
    const review = await runImport(org.actors.admin, FILE, { stopAt: 'review' });
    expect(review).toMatchObject({ status: 'REVIEW', newCount: 3, stagingLost: false });
    await killPostgres();
    await settle();

    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'REVIEW', stagingLost: true });
    await startImportMerge(org.actors.admin, review.id, 'FILL');
    await drainImportJobs();
    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'FAILED', error: 'staging', createdCount: 0 });
    expect(await snapshotPeople(prisma)).toEqual(before);

    await retryImport(org.actors.admin, review.id); // "Run the check again"
    await drainImportJobs();
    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'REVIEW', newCount: 3, stagingLost: false });
    await startImportMerge(org.actors.admin, review.id, 'FILL');
    await drainImportJobs();
    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'DONE', createdCount: 3 });
  }, 120_000);

  it('killed in the middle of the merge: nothing of the file is kept, and it is brought in whole afterwards', async () => {
    const review = await runImport(org.actors.admin, FILE.replace(/Crash/g, 'Merge').replace(/crash/g, 'merge'), { stopAt: 'review' });
    const before = await snapshotPeople(prisma);
    await startImportMerge(org.actors.admin, review.id, 'FILL');
    await drainImportJobs({ hooks: { afterStep: async (step) => void (step === 'people' && (await killPostgres())) } }).catch(() => undefined);
    await settle();
    expect(await snapshotPeople(prisma)).toEqual(before);

    // The worker recorded the failure, or died with its connection and left a stale claim that
    // the next run takes up; either way it ends FAILED with nothing kept.
    let imp = await getImport(org.actors.admin, review.id);
    if (imp.status === 'MERGING') {
      await expect.poll(() => drainImportJobs({ staleMs: 0 }).catch(() => 0), { timeout: 30_000 }).toBe(1);
      imp = await getImport(org.actors.admin, review.id);
    }
    expect(imp.status).toBe('FAILED');
    expect(await snapshotPeople(prisma)).toEqual(before);
    // "Try again": back to a review that says its rows were lost, or straight to the check.
    await retryImport(org.actors.admin, review.id);
    imp = await getImport(org.actors.admin, review.id);
    if (imp.status === 'REVIEW') {
      expect(imp.stagingLost).toBe(true);
      await recheckImport(org.actors.admin, review.id);
    }
    await drainImportJobs();
    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'REVIEW', newCount: 3, stagingLost: false });
    await startImportMerge(org.actors.admin, review.id, 'FILL');
    await drainImportJobs();
    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'DONE', createdCount: 3 });
    expect(await prisma.person.count({ where: { familyName: 'Merge' } })).toBe(3);
  }, 120_000);
});
