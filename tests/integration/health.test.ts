import { afterAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { closeImportPool } from '@/lib/db/pools';
import { startImportWorker } from '@/lib/jobs/worker';
import { testClient } from '../support/small-org';

// GET /api/health against a real database: the migrations this code has, and the heartbeat of a
// running worker. Anyone may call it; it answers with these checks and nothing more.

const prisma = testClient();
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

async function answer() {
  const res = await GET();
  return { status: res.status, cache: res.headers.get('cache-control'), body: (await res.json()) as unknown };
}

describe('GET /api/health', () => {
  it('answers 200 with the database, its migrations and whether a worker beats, and nothing else', async () => {
    expect(await answer()).toEqual({ status: 200, cache: 'no-store', body: { status: 'ok', database: 'ok', migrations: 'current', worker: 'stopped' } });
    const worker = startImportWorker({ pollMs: 50 });
    try {
      await expect.poll(async () => (await answer()).body, { timeout: 10_000 }).toMatchObject({ worker: 'running' });
    } finally {
      await worker.stop();
    }
    // A worker that stopped takes its heartbeat with it.
    expect((await answer()).body).toMatchObject({ worker: 'stopped' });
  });

  it('answers 503 when the database lacks a migration this code has', async () => {
    const last = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await prisma.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = ${last[0]!.id}`;
    try {
      expect(await answer()).toMatchObject({ status: 503, body: { status: 'failing', database: 'ok', migrations: 'pending' } });
    } finally {
      await prisma.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = ${last[0]!.id}`;
    }
  });
});
