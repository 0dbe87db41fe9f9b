import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupToFile } from '@/lib/ops/backup/to-file';
import { restoreBackup } from '@/lib/ops/backup/restore';
import type { TKeySource } from '@/lib/ops/backup/keys';
import { migrate } from '@/lib/ops/migrate';
import { MIGRATIONS_DIR, readMigrations } from '@/lib/ops/migration-files';
import { relationCount, scratchDatabases, scratchFolder } from '../support/scratch-db';
import { schemaShape, tableChecksums } from '../support/table-checksums';

// What a restore refuses, and says so in one line while the database stays as it was: a wrong
// key, a cut or changed file, a database that is not empty, a backup from a newer Leaven. And
// the migrations around a restore: those the backup was taken at, then the newer ones.

const key: TKeySource = { kind: 'passphrase', passphrase: 'a long test passphrase' };
const url = process.env.DATABASE_URL!;
const scratch = scratchDatabases();
const folder = scratchFolder();

describe('a backup that cannot be restored', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(folder(), 'small.leaven-backup');
    await backupToFile(await scratch(true), file, { key, authSecret: null });
  });

  /** Restores into a new empty database; returns the one-line refusal, and how many objects the database then holds. */
  async function refusal(from: string, opener: TKeySource | null): Promise<{ message: string; left: number }> {
    const target = await scratch(false);
    const error = await restoreBackup(from, target, { key: opener }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    return { message: error?.name === 'BackupError' ? error.message : `not a BackupError: ${String(error)}`, left: await relationCount(target) };
  }

  it('says so in one line for a wrong passphrase, and writes nothing', async () => {
    const { message, left } = await refusal(file, { kind: 'passphrase', passphrase: 'not the right passphrase' });
    expect(message).toBe('Wrong passphrase: LEAVEN_BACKUP_PASSPHRASE does not open this backup.');
    expect(left).toBe(0);
  });

  it('says so in one line for a file cut short, and writes nothing', async () => {
    const cut = path.join(folder(), 'cut.leaven-backup');
    const bytes = await readFile(file);
    await writeFile(cut, bytes.subarray(0, bytes.length - 100));
    const { message, left } = await refusal(cut, key);
    expect(message).toMatch(/^This backup file is incomplete: [^\n]+$/);
    expect(left).toBe(0);
  });

  it('says so in one line for a changed byte, and writes nothing', async () => {
    const changed = path.join(folder(), 'changed.leaven-backup');
    const bytes = Buffer.from(await readFile(file));
    bytes[bytes.length - 40]! ^= 1;
    await writeFile(changed, bytes);
    const { message, left } = await refusal(changed, key);
    expect(message).toMatch(/^This backup file is damaged or was changed: [^\n]+$/);
    expect(left).toBe(0);
  });

  it('opens with the key file it was sealed with, and with no other', async () => {
    const keyFile = (name: string, bytes: string): TKeySource => ({ kind: 'key-file', path: name, bytes: Buffer.from(bytes) });
    const sealed = path.join(folder(), 'key-file.leaven-backup');
    await backupToFile(await scratch(true), sealed, { key: keyFile('a', 'k'.repeat(44)), authSecret: null });
    expect((await refusal(sealed, keyFile('b', 'j'.repeat(44)))).message).toBe('This key file does not open this backup: use the one it was made with.');
    expect((await refusal(sealed, key)).message).toBe('This backup was encrypted with a key file: set LEAVEN_BACKUP_KEY_FILE (the key file it was made with) to open it.');
    const target = await scratch(false);
    await restoreBackup(sealed, target, { key: keyFile('a', 'k'.repeat(44)) });
    expect(await relationCount(target)).toBeGreaterThan(0);
  });

  it('asks for the key an encrypted backup needs', async () => {
    expect((await refusal(file, null)).message).toBe('This backup is encrypted: set LEAVEN_BACKUP_PASSPHRASE to open it.');
  });

  it('refuses a database that is not empty, and leaves it as it was', async () => {
    const target = await scratch(true);
    const before = await tableChecksums(target);
    await expect(restoreBackup(file, target, { key })).rejects.toThrow(/^The database "leaven_bk_\w+" is not empty \(\d+ tables and other objects\): restore into a new, empty database\.$/);
    expect(await tableChecksums(target)).toEqual(before);
  });
});

describe('migrations around a restore', () => {
  let olderDir: string;
  let newest: string;
  beforeAll(async () => {
    olderDir = path.join(folder(), 'older-migrations');
    const names = (await readMigrations()).map((m) => m.name);
    newest = names.at(-1)!;
    for (const name of names.slice(0, -1)) {
      await mkdir(path.join(olderDir, name), { recursive: true });
      await copyFile(path.join(MIGRATIONS_DIR, name, 'migration.sql'), path.join(olderDir, name, 'migration.sql'));
    }
  });

  it('applies the migrations the backup was taken at, loads, then applies the newer ones', async () => {
    const source = await scratch(false);
    await migrate(source, { dir: olderDir });
    const file = path.join(folder(), 'older.leaven-backup');
    await backupToFile(source, file, { key: null, authSecret: null });
    const target = await scratch(false);
    const restored = await restoreBackup(file, target, { key: null });
    expect(restored.newerMigrations).toEqual([newest]);
    expect(await schemaShape(target)).toEqual(await schemaShape(url));
  });

  it('refuses a backup from a newer Leaven, naming the migration it lacks', async () => {
    const file = path.join(folder(), 'newer.leaven-backup');
    await backupToFile(await scratch(true), file, { key: null, authSecret: null });
    const target = await scratch(false);
    await expect(restoreBackup(file, target, { key: null, migrationsDir: olderDir })).rejects.toThrow(
      `This backup was taken by a newer Leaven (it has migration ${newest}): update this copy of Leaven (git pull), then restore.`,
    );
    expect(await relationCount(target)).toBe(0);
  });
});

describe('npm run backup and npm run restore', () => {
  /** Runs a script as `npm run` does; returns its exit code and what it printed as errors, without colours. */
  function run(script: string, args: string[], env: Record<string, string>) {
    // Its own data folder, so that nothing is written into the checkout's .leaven/.
    const vars: NodeJS.ProcessEnv = { ...process.env, LEAVEN_DATA_DIR: path.join(folder(), 'data'), ...env };
    for (const name of ['LEAVEN_BACKUP_PASSPHRASE', 'LEAVEN_BACKUP_KEY_FILE']) if (!(name in env)) delete vars[name];
    const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { env: vars, encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, errors: result.stderr.replace(/\x1b\[\d+m/g, '').trim() };
  }

  it('refuses to write a backup in the clear unless asked, and writes nothing', async () => {
    const out = path.join(folder(), 'commands');
    const refused = run('backup', [], { DATABASE_URL: url, LEAVEN_BACKUP_DIR: out });
    expect(refused.status).toBe(1);
    expect(refused.errors).toMatch(/^Leaven could not continue: A backup holds everything the organization knows about its people: set LEAVEN_BACKUP_PASSPHRASE [^\n]+ or pass --unencrypted to write it in the clear\.$/);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);

    const asked = run('backup', ['--unencrypted'], { DATABASE_URL: url, LEAVEN_BACKUP_DIR: out });
    expect(asked).toEqual({ status: 0, errors: '' });
    expect(await readdir(out)).toEqual([expect.stringMatching(/^leaven-[\dT-]+Z\.leaven-backup$/)]);
    const named = path.join(folder(), 'named.leaven-backup');
    expect(run('backup', ['--unencrypted', '--out', named], { DATABASE_URL: url })).toEqual({ status: 0, errors: '' });
    expect((await readFile(named)).subarray(0, 14).toString()).toBe('LEAVEN-BACKUP ');
  }, 120_000);

  it('stops a restore with a wrong passphrase in one line, before touching the database', async () => {
    const file = path.join(folder(), 'for-the-command.leaven-backup');
    await backupToFile(await scratch(true), file, { key, authSecret: 'the session key kept in the backup' });
    const target = await scratch(false);
    const result = run('restore', [file], { DATABASE_URL: target, LEAVEN_BACKUP_PASSPHRASE: 'a wrong test passphrase' });
    expect(result).toEqual({ status: 1, errors: 'Leaven could not continue: Wrong passphrase: LEAVEN_BACKUP_PASSPHRASE does not open this backup.' });
    expect(await relationCount(target)).toBe(0);

    const right = run('restore', [file], { DATABASE_URL: target, LEAVEN_BACKUP_PASSPHRASE: key.kind === 'passphrase' ? key.passphrase : '' });
    expect(right).toEqual({ status: 0, errors: '' });
    expect(await relationCount(target)).toBeGreaterThan(0);
    // The session key goes where `npm start` reads it when AUTH_SECRET is not set.
    expect(await readFile(path.join(folder(), 'data', 'auth-secret'), 'utf8')).toBe('the session key kept in the backup');
  }, 120_000);
});
