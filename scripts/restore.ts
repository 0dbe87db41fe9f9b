// `npm run restore FILE`: loads a backup into an empty database (DATABASE_URL, else the embedded
// one in the data folder), then applies any newer migrations. The file is read through first:
// a wrong passphrase or a damaged file stops it before anything is started or written.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { BackupError } from '../lib/ops/backup/errors';
import { keySourceFromEnv } from '../lib/ops/backup/keys';
import { NotEmptyError, restoreBackup, verifyBackup } from '../lib/ops/backup/restore';
import { authSecretFile } from '../lib/ops/paths';
import { EMBEDDED_DATA_DIR, fail, STATE_DIR, withDatabaseUrl } from './lib/runtime';

async function main() {
  const file = process.argv[2];
  if (!file || file.startsWith('-')) throw new BackupError('Name the backup to restore: npm run restore -- /path/to/leaven-….leaven-backup');
  const key = await keySourceFromEnv();
  const started = Date.now();
  const manifest = await verifyBackup(file, key);
  await withDatabaseUrl(async (url, db) => {
    const result = await restoreBackup(file, url, { key, verified: manifest, log: (line) => console.log(line) }).catch((e: unknown) => {
      if (e instanceof NotEmptyError && db.embedded) {
        throw new BackupError(`The embedded database in ${EMBEDDED_DATA_DIR} is not empty: stop Leaven, move that folder aside (or set LEAVEN_DATA_DIR to a new folder), then restore again.`);
      }
      throw e;
    });
    const people = result.tables.find((t) => t.name === 'person')?.rows ?? 0;
    console.log(`Restored in ${((Date.now() - started) / 1000).toFixed(1)} s: ${people} people.`);
    if (result.newerMigrations.length) console.log(`Then applied ${result.newerMigrations.length} newer migration(s).`);
  });
  keepSessionKey(manifest.authSecret);
}

/** Puts the backup's session key where `npm start` reads it, so everyone stays signed in. */
function keepSessionKey(secret: string | null) {
  if (!secret) return;
  if (process.env.AUTH_SECRET) {
    if (process.env.AUTH_SECRET !== secret) console.log('Note: AUTH_SECRET differs from the session key in the backup; everyone will sign in again. The backup\'s key was not written anywhere.');
    return;
  }
  const target = authSecretFile(STATE_DIR);
  if (existsSync(target) && readFileSync(target, 'utf8').trim() === secret) return;
  if (existsSync(target)) renameSync(target, `${target}.before-restore`);
  mkdirSync(STATE_DIR, { recursive: true, mode: 0o700 });
  writeFileSync(target, secret, { mode: 0o600 });
  console.log(`The backup's session key is in ${target}.`);
}

main().catch(fail);
