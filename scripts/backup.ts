// `npm run backup`: one file holding the whole database and the session key, encrypted with
// LEAVEN_BACKUP_PASSPHRASE or LEAVEN_BACKUP_KEY_FILE. `-- --out FILE` names the file (default: a
// dated file in LEAVEN_BACKUP_DIR, else <data folder>/backups); `-- --unencrypted` writes it in
// the clear, only when asked. See README "Backups".
import path from 'node:path';
import pg from 'pg';
import { BackupError } from '../lib/ops/backup/errors';
import { keySourceFromEnv } from '../lib/ops/backup/keys';
import { recordRun, type TOutcome } from '../lib/ops/backup/runs';
import { backupFileName, backupToFile } from '../lib/ops/backup/to-file';
import { backupDir, readAuthSecret } from '../lib/ops/paths';
import { fail, ROOT, STATE_DIR, withDatabaseUrl } from './lib/runtime';

const argv = process.argv.slice(2);
const outArg = argv.indexOf('--out');
const unencrypted = argv.includes('--unencrypted');

async function main() {
  const key = await keySourceFromEnv();
  if (!key && !unencrypted) {
    throw new BackupError(
      'A backup holds everything the organization knows about its people: set LEAVEN_BACKUP_PASSPHRASE (12+ characters) or LEAVEN_BACKUP_KEY_FILE to encrypt it, or pass --unencrypted to write it in the clear.',
    );
  }
  if (key && unencrypted) throw new BackupError('--unencrypted was asked for, but a passphrase or key file is set: unset it, or drop --unencrypted.');
  const named = outArg >= 0 ? argv[outArg + 1] : undefined;
  if (outArg >= 0 && (!named || named.startsWith('-'))) throw new BackupError('Name the file after --out: npm run backup -- --out /path/to/file.leaven-backup');
  const file = named ? path.resolve(named) : path.join(backupDir(process.env, ROOT), backupFileName(new Date()));
  await withDatabaseUrl(async (url) => {
    const startedAt = new Date();
    const done = await backupToFile(url, file, { key, authSecret: readAuthSecret(process.env, STATE_DIR) }).catch(async (e: unknown) => {
      await record(url, startedAt, { error: e instanceof Error ? e.message : String(e) });
      throw e;
    });
    await record(url, startedAt, { fileName: path.basename(done.file), bytes: done.bytes });
    const rows = done.tables.reduce((n, t) => n + t.rows, 0);
    const people = done.tables.find((t) => t.name === 'person')?.rows ?? 0;
    console.log(`Backup written to ${done.file}`);
    const size = done.bytes < 1e6 ? `${Math.ceil(done.bytes / 1e3)} kB` : `${(done.bytes / 1e6).toFixed(1)} MB`;
    console.log(`  ${size}, ${(done.ms / 1000).toFixed(1)} s: ${done.tables.length} tables, ${rows} rows (${people} people)${key ? `, encrypted with the ${key.kind}` : ', NOT encrypted'}.`);
  });
}

/** Kept for the settings page ("last backup"); a database that cannot take the record does not fail the backup. */
async function record(url: string, startedAt: Date, outcome: TOutcome) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await recordRun(client, 'COMMAND', startedAt, outcome);
  } catch {
    // The backup itself said what went wrong, or it is done.
  } finally {
    await client.end().catch(() => undefined);
  }
}

main().catch(fail);
