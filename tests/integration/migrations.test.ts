import { createHash } from 'node:crypto';
import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, dropDatabase } from '../../lib/ops/database';
import { migrate } from '../../lib/ops/migrate';
import { checksumMatches, MIGRATIONS_DIR, readMigrations } from '../../lib/ops/migration-files';

const made: string[] = [];
const tmpDirs: string[] = [];

async function emptyDatabase(): Promise<string> {
  const name = `leaven_mig_${Math.random().toString(36).slice(2, 10)}`;
  made.push(name);
  return createDatabase(inject('adminUrl'), name);
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'leaven-migrations-'));
  tmpDirs.push(dir);
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const name of made) await dropDatabase(inject('adminUrl'), name);
  for (const dir of tmpDirs) await rm(dir, { recursive: true, force: true });
});

describe('the migration runner', () => {
  it("records each migration in _prisma_migrations as Prisma does, with the file's SHA-256", async () => {
    const url = await emptyDatabase();
    const { applied } = await migrate(url);
    const files = await readMigrations();
    expect(applied).toEqual(files.map((f) => f.name));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.checksum).toBe(files[i]!.checksum);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect((await migrate(url)).applied).toEqual([]);
  });

  it('treats CRLF and LF line endings alike, as Prisma does', async () => {
    const files = await readMigrations();
    const [first] = files;
    expect(checksumMatches('SELECT 1;\r\nSELECT 2;\r\n', createHash('sha256').update('SELECT 1;\nSELECT 2;\n').digest('hex'))).toBe(true);
    expect(checksumMatches('SELECT 1;', createHash('sha256').update('SELECT 2;').digest('hex'))).toBe(false);
    expect(checksumMatches(first!.sql.replace(/\n/g, '\r\n'), first!.checksum)).toBe(true);
  });

  it('refuses to start when an applied migration file was changed, naming it', async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, { dir });
    const [first] = await readMigrations(dir);
    await writeFile(path.join(dir, first!.name, 'migration.sql'), `${first!.sql}\n-- an edit after the fact\n`);
    await expect(migrate(url, { dir })).rejects.toThrow(`Migration ${first!.name} was changed after it was applied`);
  });

  it('rolls a failing migration back whole and names it', async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, '99990101000000_broken'));
    await writeFile(path.join(dir, '99990101000000_broken', 'migration.sql'), 'CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n');
    await expect(migrate(url, { dir })).rejects.toThrow(/Migration 99990101000000_broken failed and was rolled back: .*no_such_table/);
    const tables = await query<{ n: string }>(url, "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(Number(tables[0]!.n)).toBe(0);
    const recorded = await query<{ migration_name: string }>(url, 'SELECT migration_name FROM _prisma_migrations');
    expect(recorded.map((r) => r.migration_name)).not.toContain('99990101000000_broken');
  });

  it('lets two starts race safely: the advisory lock makes one wait, and each migration applies once', async () => {
    const url = await emptyDatabase();
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    const files = await readMigrations();
    expect([...a.applied, ...b.applied].sort()).toEqual(files.map((f) => f.name).sort());
    const rows = await query<{ n: string }>(url, 'SELECT count(*) AS n FROM _prisma_migrations');
    expect(Number(rows[0]!.n)).toBe(files.length);
  });
});

describe('time-ordered ids', () => {
  // leaven_uuid_v7() is PostgreSQL 18's uuidv7() where it exists, else leaven_uuid_v7_portable().
  it.each(['leaven_uuid_v7', 'leaven_uuid_v7_portable'])('%s() gives version-7 uuids that begin with the time they were made, so later ones sort after', async (fn) => {
    const url = await emptyDatabase();
    await migrate(url);
    const before = Date.now();
    const [a] = await query<{ id: string }>(url, `SELECT ${fn}()::text AS id`);
    await new Promise((r) => setTimeout(r, 5));
    const [b] = await query<{ id: string }>(url, `SELECT ${fn}()::text AS id`);
    for (const { id } of [a!, b!]) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const millis = parseInt(a!.id.replace(/-/g, '').slice(0, 12), 16);
    expect(Math.abs(millis - before)).toBeLessThan(5_000);
    expect(b!.id > a!.id).toBe(true);
  });

  it('are what a new person gets', async () => {
    const url = await emptyDatabase();
    await migrate(url);
    const [p] = await query<{ id: string }>(url, `INSERT INTO person (given_name) VALUES ('Nueva') RETURNING id::text`);
    expect(p!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });
});

describe('an import waiting in review across the upgrade that draws new people\'s ids at the check', () => {
  it('gets one id per group of its staged rows, so its merge can still create them', async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    const later = (await readMigrations(dir)).filter((m) => m.name >= '20261206120000');
    for (const m of later) await rm(path.join(dir, m.name), { recursive: true });
    await migrate(url, { dir });
    await query(url, `INSERT INTO import (id, file_name, encoding, delimiter, status) VALUES ('00000000-0000-4000-8000-000000000001', 'old.csv', 'utf-8', ',', 'REVIEW')`);
    await query(url, `INSERT INTO import_staged (import_id, line, cluster, outcome) VALUES
      ('00000000-0000-4000-8000-000000000001', 2, 2, 'NEW'), ('00000000-0000-4000-8000-000000000001', 3, 2, 'NEW'),
      ('00000000-0000-4000-8000-000000000001', 4, 4, 'NEW')`);
    await migrate(url);
    const rows = await query<{ line: number; id: string | null }>(url, 'SELECT line, new_person_id::text AS id FROM import_staged ORDER BY line');
    expect(rows.every((r) => r.id !== null)).toBe(true);
    expect(rows[0]!.id).toBe(rows[1]!.id);
    expect(rows[2]!.id).not.toBe(rows[0]!.id);
  });
});

describe('audit entries written before field names were enforced', { timeout: 120_000 }, () => {
  it('keep their field names and lose the values an old "rows to fix" download (or anything else) recorded as fields', async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    for (const m of (await readMigrations(dir)).filter((m) => m.name >= '20261208140000')) await rm(path.join(dir, m.name), { recursive: true });
    await migrate(url, { dir });
    await query(url, `INSERT INTO audit_event (action, entity_type, changed_fields) VALUES
      ('EXPORT', 'import', '{Rosa,Martínez,rosa.martinez@example.org,"(773) 555-0123",problem}'),
      ('UPDATE', 'person', '{givenName,emails}'), ('VIEW', 'person', '{ana@example.org,roster}')`);
    await migrate(url);
    const rows = await query<{ changed_fields: string[] }>(url, 'SELECT changed_fields FROM audit_event ORDER BY action');
    expect(rows.map((r) => r.changed_fields)).toEqual([['problem'], ['givenName', 'emails'], ['roster']]);
  });
});
