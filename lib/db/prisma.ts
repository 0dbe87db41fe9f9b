import 'server-only';
import { createPrismaClient, type PrismaClient } from '@/lib/db/create-client';
import { env } from '@/lib/env';

// The one Prisma client of the app. Only lib/data/* may import it (ESLint enforces this).
const globalForPrisma = globalThis as unknown as { leavenPrisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.leavenPrisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.leavenPrisma;
}

// A lazy proxy, so that importing this module (for example during `next build`) does not
// require DATABASE_URL; the first query does.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const real = client();
    const value = Reflect.get(real, prop, real) as unknown;
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});
