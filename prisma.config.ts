import { defineConfig } from 'prisma/config';

// The datasource URL is only needed by Prisma's own CLI on a connected machine
// (`prisma migrate deploy`); Leaven applies migrations with scripts/db-migrate.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx scripts/db-seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
