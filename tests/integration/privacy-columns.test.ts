import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { prismaModels } from '../support/schema-diff';
import { forbiddenNames } from '../support/privacy';

// DESIGN.md: no field, column or enum value may record immigration status, citizenship, visa,
// country of birth, social security number or alien number.

describe('privacy: what Leaven never keeps', () => {
  it('the migrated database has no such column, table or enum value', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        `SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = 'public'
         UNION ALL SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
         UNION ALL SELECT t.typname || '.' || e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid`,
      );
      expect(rows.length).toBeGreaterThan(50);
      expect(forbiddenNames(rows.map((r) => r.name))).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('schema.prisma has no such field, model or enum value', async () => {
    const { models, enums } = await prismaModels();
    const names = [
      ...models.flatMap((m) => [m.name, ...m.fields.map((f) => `${m.name}.${f.name}`)]),
      ...enums.flatMap((e) => e.values.map((v) => `${e.name}.${v.name}`)),
    ];
    expect(forbiddenNames(names)).toEqual([]);
  });

  it('the check recognises the names it must refuse', () => {
    const bad = ['person.immigration_status', 'Person.citizenship', 'person.visaType', 'person.country_of_birth', 'Person.birthCountry', 'person.ssn', 'person.social_security_number', 'person.a_number', 'person.alien_number', 'Status.UNDOCUMENTED'];
    expect(forbiddenNames(bad)).toEqual(bad);
    expect(forbiddenNames(['person.given_name', 'person.registered_voter', 'person.languages', 'OrganizationKind.ADVOCACY', 'person.postal_code'])).toEqual([]);
  });
});
