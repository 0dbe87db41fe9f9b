// Runs `prisma generate` offline. Every Prisma 7 CLI command first tries to download the
// native schema engine; generation does not need it, so when none is installed we point
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file (see shared/ENVIRONMENT.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const engineDir = require.resolve('@prisma/engines/package.json').replace(/package\.json$/, '');
  const shipped = ['schema-engine-debian-openssl-3.0.x', 'schema-engine-linux-static-x64']
    .map((name) => engineDir + name)
    .find((p) => existsSync(p));
  env.PRISMA_SCHEMA_ENGINE_BINARY = shipped ?? process.execPath;
}
const prismaCli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
