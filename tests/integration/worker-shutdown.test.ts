import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startImportMerge } from '@/lib/data/imports/commands';
import { getImport } from '@/lib/data/imports/reads';
import { closeImportPool } from '@/lib/db/pools';
import { drainImportJobs } from '@/lib/jobs/worker';
import { runImport, snapshotPeople } from '../support/imports';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// A server told to stop (SIGTERM: a deploy, `systemctl stop`) does not leave its job to go stale:
// the worker ends the phase at its next step, which rolls it back, hands the job back, and the
// process exits. The next worker runs it at once, not a minute later.

const prisma = testClient();
let org: TSmallOrg;
const ROOT = path.resolve(import.meta.dirname, '../..');

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

describe('a worker sent SIGTERM in the middle of a merge', () => {
  it('rolls the merge back, hands the job back, exits, and the next worker runs it at once', async () => {
    const before = await snapshotPeople(prisma);
    const review = await runImport(org.actors.admin, 'Nombre,Correo\nUna,una@example.org\nOtra,otra@example.org\n', { stopAt: 'review' });
    await startImportMerge(org.actors.admin, review.id, 'FILL');

    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/support/worker-child.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('PAUSED')) resolve();
      });
      void exited.then((code) => reject(new Error(`the worker exited (${code}) before pausing: ${out}`)));
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(143);

    // Handed back: waiting to run, as if never claimed, and nothing of the merge kept.
    expect(await prisma.import.findUniqueOrThrow({ where: { id: review.id }, select: { status: true, heartbeatAt: true, attempts: true } })).toEqual({
      status: 'MERGING',
      heartbeatAt: null,
      attempts: 0,
    });
    expect(await snapshotPeople(prisma)).toEqual(before);
    // Its heartbeat row is gone too.
    expect(await prisma.workerHeartbeat.count()).toBe(0);

    // With the default staleness of a minute, the next worker takes it now.
    expect(await drainImportJobs()).toBe(1);
    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'DONE', createdCount: 2 });
  }, 60_000);
});
