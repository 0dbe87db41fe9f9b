import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, dropDatabase } from '../../lib/ops/database';
import { migrate } from '../../lib/ops/migrate';
import { MIGRATIONS_DIR } from '../../lib/ops/migration-files';

// The migration that makes a tag one name in any case (tag_name_any_case), run on a database
// that has tags from before it: lower-cased ones stay as they are, and two that differ only in
// case (possible only from outside the app) become one, keeping everyone who carried either.

const MIGRATION = '20261208160000_tag_name_any_case';
const dbName = `leaven_tagmig_${Math.random().toString(36).slice(2, 10)}`;
let dir = '';

afterAll(async () => {
  await dropDatabase(inject('adminUrl'), dbName);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the tag_name_any_case migration', () => {
  it('keeps existing tags as they are and folds two spellings of one tag into one', async () => {
    const url = await createDatabase(inject('adminUrl'), dbName);
    dir = await mkdtemp(path.join(os.tmpdir(), 'leaven-tagmig-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await rm(path.join(dir, MIGRATION), { recursive: true });
    await migrate(url, { dir });

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`INSERT INTO person (id, given_name) VALUES ('00000000-0000-4000-8000-000000000001', 'Ana'), ('00000000-0000-4000-8000-000000000002', 'Beto')`);
      await client.query(`INSERT INTO tag (id, name) VALUES
        ('00000000-0000-4000-8000-0000000000a1', 'vecinos'), ('00000000-0000-4000-8000-0000000000a2', 'Vecinos'),
        ('00000000-0000-4000-8000-0000000000a3', 'bus captain')`);
      await client.query(`INSERT INTO person_tag (person_id, tag_id) VALUES
        ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000a1'),
        ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000a2'),
        ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000a2'),
        ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000a3')`);

      await cp(path.join(MIGRATIONS_DIR, MIGRATION), path.join(dir, MIGRATION), { recursive: true });
      expect((await migrate(url, { dir })).applied).toEqual([MIGRATION]);

      expect((await client.query('SELECT name FROM tag ORDER BY name')).rows).toEqual([{ name: 'bus captain' }, { name: 'vecinos' }]);
      const carried = await client.query(`SELECT p.given_name, t.name FROM person_tag pt JOIN person p ON p.id = pt.person_id JOIN tag t ON t.id = pt.tag_id ORDER BY 1, 2`);
      expect(carried.rows).toEqual([
        { given_name: 'Ana', name: 'vecinos' },
        { given_name: 'Beto', name: 'bus captain' },
        { given_name: 'Beto', name: 'vecinos' },
      ]);
      await expect(client.query(`INSERT INTO tag (name) VALUES ('VECINOS')`)).rejects.toThrow(/tag_name_lower_key/);
    } finally {
      await client.end();
    }
  });
});
