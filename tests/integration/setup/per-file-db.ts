import { afterAll, inject } from 'vitest';
import { createDatabase, dropDatabase } from '../../../lib/ops/database';

// Each test file gets its own database, copied from the migrated template, before any module
// reads DATABASE_URL (lib/db/prisma.ts connects lazily, on the first query).
const name = `leaven_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
process.env.DATABASE_URL = await createDatabase(inject('adminUrl'), name, inject('templateDb'));

afterAll(async () => {
  const g = globalThis as { leavenPrisma?: { $disconnect: () => Promise<void> } };
  await g.leavenPrisma?.$disconnect();
  g.leavenPrisma = undefined;
  await dropDatabase(inject('adminUrl'), name);
});
