import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, dropDatabase } from '../../lib/ops/database';
import { prismaModels, schemaDiff } from '../support/schema-diff';
import { schemaSqlDiff } from '../support/schema-sql-diff';

const url = () => process.env.DATABASE_URL!;
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: url() });
  await client.connect();
});
afterAll(() => client.end());

describe('schema.prisma and the migrated database', () => {
  it('agree on every table, column, type, nullability, default, key and foreign key', async () => {
    expect(await schemaDiff(url())).toEqual([]);
  });

  it('agree on every enum and its values, in order', async () => {
    const { enums } = await prismaModels();
    const { rows } = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const inDb = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    const inSchema = Object.fromEntries(enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(inDb).toEqual(inSchema);
  });

  it('agree on every plain index with schema.prisma, and on the search indexes, checks, functions and triggers the migrations declare', async () => {
    expect(await schemaSqlDiff(url())).toEqual([]);
  });

  // The comparison must be able to fail: drift the database on purpose and see each drift named.
  it('names each drift when the database departs from the schema', async () => {
    await client.query('BEGIN');
    try {
      await client.query('ALTER TABLE person ALTER COLUMN notes SET NOT NULL');
      await client.query('ALTER TABLE person ADD COLUMN shoe_size integer');
      await client.query('ALTER TABLE circle_membership DROP CONSTRAINT circle_membership_circle_id_fkey');
      await client.query('DROP INDEX app_user_email_key');
      await client.query('ALTER TABLE interaction ALTER COLUMN summary TYPE varchar(200)');
      // schemaDiff uses its own connection, so commit the drift to a throwaway copy instead.
      await client.query('COMMIT');
      const problems = await schemaDiff(url());
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringContaining('Person.notes (person.notes): NOT NULL in the database'),
          expect.stringContaining('person.shoe_size is in the database'),
          expect.stringContaining('circle_membership: foreign key circle_id -> circle(id) on delete Cascade is in the schema but not the database'),
          expect.stringContaining('app_user: unique (email) is in the schema but not the database'),
          expect.stringContaining('Interaction.summary (interaction.summary): type varchar'),
        ]),
      );
      expect(problems).toHaveLength(5);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
    }
  });

  it('names each drift of an index, check, function or trigger', async () => {
    // A database of its own: the test above leaves its drift behind.
    const name = `leaven_drift_${Math.random().toString(36).slice(2, 10)}`;
    const driftUrl = await createDatabase(inject('adminUrl'), name, inject('templateDb'));
    const drifted = new pg.Client({ connectionString: driftUrl });
    await drifted.connect();
    const drift = [
      'DROP INDEX person_search_vector_idx',
      'DROP INDEX audit_event_at_idx',
      'CREATE INDEX person_notes_idx ON person (notes)',
      'ALTER TABLE relationship DROP CONSTRAINT relationship_strength_range',
      'ALTER TABLE ward ADD CONSTRAINT ward_small CHECK (number < 100)',
      'CREATE FUNCTION leaven_extra() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
      'CREATE TRIGGER person_touch BEFORE UPDATE ON person FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()',
    ];
    try {
      for (const sql of drift) await drifted.query(sql);
    } finally {
      await drifted.end();
    }
    const problems = await schemaSqlDiff(driftUrl);
    await dropDatabase(inject('adminUrl'), name);
    expect(problems).toEqual([
      'check declared but not in the database: relationship relationship_strength_range: CHECK (((strength >= 1) AND (strength <= 3)))',
      'check in the database but not declared: ward ward_small: CHECK ((number < 100))',
      'function in the database but not declared: leaven_extra() returns integer',
      'index declared but not in the database: CREATE INDEX person_search_vector_idx ON public.person USING gin (leaven_person_search_vector(given_name, family_name, preferred_name)) WHERE (deleted_at IS NULL)',
      'index declared but not in the database: audit_event_at_idx on audit_event(at)',
      'index in the database but not declared: person_notes_idx on person(notes)',
      'trigger in the database but not declared: CREATE TRIGGER person_touch BEFORE UPDATE ON public.person FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()',
    ]);
  });
});
