import { PrismaPg } from '@prisma/adapter-pg';
import { resilientPool } from '@/lib/db/pg-pool';
import { PrismaClient } from '@/lib/generated/prisma/client';

// Builds a Prisma client over node-postgres. The app uses the one in lib/db/prisma.ts; scripts and
// tests that run outside Next.js build their own with this.
export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  // Our own pool (ended with the client), so that a database restart does not end the process.
  return new PrismaClient({ adapter: new PrismaPg(resilientPool(connectionString, max), { disposeExternalPool: true }) });
}

export type { PrismaClient };
