import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, dropDatabase } from '../../lib/ops/database';
import { migrate, migrationStatus } from '../../lib/ops/migrate';
import { checksumMatches, checksumOf, MIGRATIONS_DIR } from '../../lib/ops/migration-files';
import { catalogOf } from '../support/schema-catalog';

// The runner as strict as Prisma Migrate: its lock, its checksums, migrations that must run outside
// a transaction, files that would end the runner's transaction early, and a status that changes nothing.

const made: string[] = [];
const tmpDirs: string[] = [];

async function emptyDatabase(): Promise<string> {
  const name = `leaven_run_${Math.random().toString(36).slice(2, 10)}`;
  made.push(name);
  return createDatabase(inject('adminUrl'), name);
}

/** A copy of the real migrations plus `extra` (name → SQL), to apply to an empty database. */
async function migrationsWith(extra: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'leaven-runner-'));
  tmpDirs.push(dir);
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const recorded = (url: string) => query<{ migration_name: string; checksum: string; finished_at: Date | null; logs: string | null }>(
  url,
  'SELECT migration_name, checksum, finished_at, logs FROM _prisma_migrations ORDER BY migration_name',
);

afterAll(async () => {
  for (const name of made) await dropDatabase(inject('adminUrl'), name);
  for (const dir of tmpDirs) await rm(dir, { recursive: true, force: true });
});

// Each case migrates a fresh database, some twice: slow on a busy machine, so each has two minutes.
describe('the migration runner, as strict as Prisma', { timeout: 120_000 }, () => {
  it("waits for Prisma Migrate's own advisory lock (72707369), so the two never migrate one database at once", async () => {
    const url = await emptyDatabase();
    const prisma = new pg.Client({ connectionString: url });
    await prisma.connect();
    await prisma.query('SELECT pg_advisory_lock(72707369)');
    let finished = false;
    const running = migrate(url).then((r) => ((finished = true), r));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(finished).toBe(false);
    await prisma.query('SELECT pg_advisory_unlock(72707369)');
    await prisma.end();
    expect((await running).applied.length).toBeGreaterThan(0);
  });

  it('runs a migration marked "-- leaven:no-transaction" outside a transaction: CREATE INDEX CONCURRENTLY, an enum value added then used', async () => {
    const url = await emptyDatabase();
    const dir = await migrationsWith({
      '99990101000000_concurrently': [
        '-- leaven:no-transaction',
        "ALTER TYPE \"LadderStage\" ADD VALUE 'ELDER';",
        "CREATE INDEX CONCURRENTLY person_elder_idx ON person (id) WHERE ladder_stage = 'ELDER';",
        "/* a comment; with a semicolon */ CREATE FUNCTION leaven_test_f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;",
      ].join('\n'),
    });
    const { applied } = await migrate(url, { dir });
    expect(applied).toContain('99990101000000_concurrently');
    const indexes = await query<{ indexname: string }>(url, "SELECT indexname FROM pg_indexes WHERE indexname = 'person_elder_idx'");
    expect(indexes).toHaveLength(1);
    const last = (await recorded(url)).at(-1)!;
    expect(last.migration_name).toBe('99990101000000_concurrently');
    expect(last.finished_at).not.toBeNull();
  });

  it('refuses a file holding its own BEGIN/COMMIT with a clear message, before applying anything', async () => {
    const url = await emptyDatabase();
    await migrate(url);
    const before = await catalogOf(url);
    const dir = await migrationsWith({
      '99990101000000_fine': 'CREATE TABLE fine_one (id int);',
      '99990102000000_own_transaction': "CREATE TABLE first_half (id int);\nCOMMIT;\nBEGIN;\nDO $$ BEGIN RAISE NOTICE 'plpgsql BEGIN/END is fine'; END $$;\nCREATE TABLE second_half (id int);\n",
    });
    await expect(migrate(url, { dir })).rejects.toThrow(
      /Migration 99990102000000_own_transaction holds its own transaction statements \(COMMIT, BEGIN\).*remove them.*-- leaven:no-transaction/,
    );
    expect(await catalogOf(url)).toEqual(before);
    expect((await recorded(url)).map((r) => r.migration_name)).not.toContain('99990101000000_fine');
  });

  it('records the checksum of the file as it is, and accepts it again with LF or CRLF line endings, as Prisma does', async () => {
    const crlf = 'CREATE TABLE crlf_one (id int);\r\nCREATE TABLE crlf_two (id int);\r\n';
    const lf = crlf.replace(/\r\n/g, '\n');
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(checksumOf(crlf)).toBe(sha(crlf));
    expect(checksumMatches(lf, sha(crlf))).toBe(true);
    expect(checksumMatches(crlf, sha(lf))).toBe(true);
    expect(checksumMatches(lf, sha(lf.replace('crlf_two', 'crlf_three')))).toBe(false);

    const url = await emptyDatabase();
    const dir = await migrationsWith({ '99990101000000_crlf': crlf });
    await migrate(url, { dir });
    expect((await recorded(url)).at(-1)!.checksum).toBe(sha(crlf));
    // The same file checked out with LF endings is the same migration.
    await writeFile(path.join(dir, '99990101000000_crlf', 'migration.sql'), lf);
    expect((await migrate(url, { dir })).applied).toEqual([]);
  });

  it('`--status` names each migration applied, pending or changed, and changes nothing', async () => {
    const url = await emptyDatabase();
    expect((await migrationStatus(url)).every((m) => m.state === 'pending')).toBe(true);
    expect(await query(url, `SELECT to_regclass('_prisma_migrations') AS t`)).toEqual([{ t: null }]);
    const dir = await migrationsWith({ '99990101000000_one': 'CREATE TABLE one_more (id int);' });
    await migrate(url);
    const status = await migrationStatus(url, { dir });
    expect(status.at(-1)).toEqual({ name: '99990101000000_one', state: 'pending' });
    expect(status.slice(0, -1).every((m) => m.state === 'applied')).toBe(true);
    await migrate(url, { dir });
    await writeFile(path.join(dir, '99990101000000_one', 'migration.sql'), 'CREATE TABLE one_other (id int);');
    expect((await migrationStatus(url, { dir })).at(-1)).toEqual({ name: '99990101000000_one', state: 'changed' });
  });

  it('leaves the schema exactly as it was when a migration fails halfway', async () => {
    const url = await emptyDatabase();
    await migrate(url);
    const before = await catalogOf(url);
    const dir = await migrationsWith({
      '99990101000000_half': [
        'ALTER TABLE person ADD COLUMN shoe_size int CHECK (shoe_size > 0);',
        'CREATE INDEX person_shoe_idx ON person (shoe_size);',
        'ALTER TABLE circle DROP CONSTRAINT circle_name_not_blank;',
        'CREATE FUNCTION leaven_half() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;',
        'CREATE TRIGGER person_half BEFORE UPDATE ON person FOR EACH ROW EXECUTE FUNCTION leaven_half();',
        "ALTER TYPE \"LadderStage\" ADD VALUE 'HALF';",
        'SELECT * FROM no_such_table;',
      ].join('\n'),
    });
    await expect(migrate(url, { dir })).rejects.toThrow(/Migration 99990101000000_half failed and was rolled back: .*no_such_table/);
    expect(await catalogOf(url)).toEqual(before);
    expect((await recorded(url)).map((r) => r.migration_name)).not.toContain('99990101000000_half');
  });

  it('records a no-transaction migration that fails halfway as unfinished, and refuses to go on until it is repaired', async () => {
    const url = await emptyDatabase();
    const dir = await migrationsWith({
      '99990101000000_outside': '-- leaven:no-transaction\nCREATE TABLE outside_one (id int);\nSELECT * FROM no_such_table;\n',
    });
    await expect(migrate(url, { dir })).rejects.toThrow(/Migration 99990101000000_outside failed at statement 2 of 2: .*no_such_table.*first 1 statement/);
    const row = (await recorded(url)).find((r) => r.migration_name === '99990101000000_outside')!;
    expect(row.finished_at).toBeNull();
    expect(row.logs).toMatch(/no_such_table/);
    await expect(migrate(url, { dir })).rejects.toThrow('Migration 99990101000000_outside was started but never finished');
    expect((await migrationStatus(url, { dir })).at(-1)).toEqual({ name: '99990101000000_outside', state: 'unfinished' });
  });
});
