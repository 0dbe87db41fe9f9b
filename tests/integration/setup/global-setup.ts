import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDatabase, dropDatabase } from '../../../lib/ops/database';
import { startEmbeddedPostgres, type TEmbeddedServer } from '../../../lib/ops/embedded-postgres';
import { migrate } from '../../../lib/ops/migrate';

// One PostgreSQL server for the run (the one `npm test` started, DATABASE_URL's, or our own
// embedded one), one migrated template database, and (per-file-db.ts) a fresh copy of it for
// every test file. Runs never see each other's data, nor the demo's.

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting needs an interface
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
  }
}

export default async function setup(project: TestProject) {
  let server: TEmbeddedServer | undefined;
  let tmp: string | undefined;
  let adminUrl = process.env.LEAVEN_TEST_ADMIN_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'leaven-vitest-'));
    server = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), ephemeral: true });
    adminUrl = server.url('postgres');
  }
  const templateDb = `leaven_tpl_${process.pid}_${Date.now().toString(36)}`;
  const templateUrl = await createDatabase(adminUrl, templateDb);
  await migrate(templateUrl);
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);

  return async () => {
    await dropDatabase(adminUrl, templateDb).catch(() => undefined);
    await server?.stop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  };
}
