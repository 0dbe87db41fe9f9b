import type pg from 'pg';
import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { inTransaction, withClient } from '@/lib/db/pools';
import { IMPORT_LINKS, unlinkHouseholds } from '@/lib/data/imports/households';
import { AppError, notFoundError } from '@/lib/errors';
import { UNDO_WINDOW_MS } from '@/lib/import/limits';

// Undoing an import as a whole, within a day, if nobody has touched its people since: the people
// it created are deleted, and the people it updated get back their row, emails, phones and tags
// exactly as they were (same ids, same version), from the snapshot the merge kept.

const MERGE_LOCK = 7_245_771_006;

/** Every column of a table but its id, from the catalog, so columns added later are restored too. */
async function columnsOf(client: pg.PoolClient, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    // Generated columns (person.sort_name) are computed by PostgreSQL and cannot be written back.
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => `"${r.name.replace(/"/g, '""')}"`);
}

// The people an import created: listed on the import itself (one array, rather than a row each),
// or, for an import saved before that list existed, in its undo rows.
const CREATED = `
  SELECT unnest(created_person_ids) AS person_id FROM import WHERE id = $1
  UNION SELECT person_id FROM import_person WHERE import_id = $1 AND created`;

// Links that anyone but the import may have made to a person it created since (the family links
// of its households are its own).
const TOUCHED_SINCE = `
  EXISTS (SELECT 1 FROM interaction_person x WHERE x.person_id = c.person_id)
  OR EXISTS (SELECT 1 FROM relationship x WHERE c.person_id IN (x.person_a_id, x.person_b_id) AND x.id NOT IN (${IMPORT_LINKS}))
  OR EXISTS (SELECT 1 FROM affiliation x WHERE x.person_id = c.person_id)
  OR EXISTS (SELECT 1 FROM circle_membership x WHERE x.person_id = c.person_id AND x.circle_id IS DISTINCT FROM i.circle_id)
  OR EXISTS (SELECT 1 FROM person x WHERE x.recruited_by_id = c.person_id)
  OR EXISTS (SELECT 1 FROM app_user x WHERE x.person_id = c.person_id)
  OR EXISTS (SELECT 1 FROM precinct x WHERE x.captain_id = c.person_id)
  OR EXISTS (SELECT 1 FROM ladder_change x WHERE x.person_id = c.person_id)`;

export async function undoImport(actor: TActor, id: string): Promise<void> {
  requireCan(actor, 'imports.run');
  await withClient((client) =>
    inTransaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MERGE_LOCK]);
      const { rows } = await client.query<{ status: string; finished_at: Date | null; circle_id: string | null }>(
        'SELECT status, finished_at, circle_id FROM import WHERE id = $1 FOR UPDATE',
        [id],
      );
      const imp = rows[0];
      if (!imp) throw notFoundError();
      if (imp.status !== 'DONE') throw new AppError('INVALID', 'undoNotDone');
      if (!imp.finished_at || Date.now() - imp.finished_at.getTime() > UNDO_WINDOW_MS) throw new AppError('INVALID', 'undoExpired');

      await client.query(
        `SELECT id FROM person WHERE id IN (SELECT person_id FROM import_person WHERE import_id = $1 UNION ${CREATED}) ORDER BY id FOR UPDATE`,
        [id],
      );
      // Anyone since changed (their version moved on), deleted, or linked to by someone else.
      const touched = await client.query<{ n: string }>(
        `SELECT (SELECT count(*) FROM import_person ip LEFT JOIN person p ON p.id = ip.person_id
                  WHERE ip.import_id = $1 AND NOT ip.created AND (p.id IS NULL OR p.version <> ip.version_after))
              + (SELECT count(*) FROM (${CREATED}) c CROSS JOIN import i LEFT JOIN person p ON p.id = c.person_id
                  WHERE i.id = $1 AND (p.id IS NULL OR p.version <> 1 OR ${TOUCHED_SINCE})) AS n`,
        [id],
      );
      const n = Number(touched.rows[0]!.n);
      if (n > 0) throw new AppError('INVALID', 'undoTouched', { count: n });

      await unlinkHouseholds(client, id, actor.userId);
      await restoreUpdated(client, id, actor.userId);
      await client.query(
        `DELETE FROM circle_membership m USING import_person ip, import i
          WHERE ip.import_id = $1 AND i.id = ip.import_id AND ip.added_membership AND NOT ip.created AND m.person_id = ip.person_id AND m.circle_id = i.circle_id`,
        [id],
      );
      await client.query(
        `INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, changed_fields)
         SELECT $2, 'DELETE', 'person', person_id::text, '{}' FROM (${CREATED}) c`,
        [id, actor.userId],
      );
      // Deleting a person takes their emails, phones, tags and the import's circle membership with them.
      await client.query(`DELETE FROM person WHERE id IN (${CREATED})`, [id]);
      await client.query(
        `DELETE FROM tag t USING import i WHERE i.id = $1 AND t.id = ANY (i.created_tag_ids) AND NOT EXISTS (SELECT 1 FROM person_tag pt WHERE pt.tag_id = t.id)`,
        [id],
      );
      await client.query('DELETE FROM import_person WHERE import_id = $1', [id]);
      await client.query(`UPDATE import SET status = 'UNDONE', undone_at = now(), created_person_ids = '{}' WHERE id = $1`, [id]);
      await client.query(
        `INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, changed_fields) VALUES ($1, 'DELETE', 'import', $2, '{status}')`,
        [actor.userId, id],
      );
    }),
  );
}

async function restoreUpdated(client: pg.PoolClient, id: string, actorUserId: string) {
  const matched = `SELECT person_id FROM import_person WHERE import_id = $1 AND NOT created`;
  // The audit names the fields put back (column names, never values).
  await client.query(
    `INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, changed_fields)
     SELECT $2, 'UPDATE', 'person', p.id::text,
            ARRAY(SELECT c.key FROM jsonb_each(to_jsonb(p)) c JOIN jsonb_each(ip.previous) b USING (key)
                   WHERE c.value IS DISTINCT FROM b.value AND c.key NOT IN ('version', 'updated_at') ORDER BY c.key)
       FROM import_person ip JOIN person p ON p.id = ip.person_id WHERE ip.import_id = $1 AND NOT ip.created`,
    [id, actorUserId],
  );
  for (const [table, column] of [
    ['person_email', 'previous_emails'],
    ['person_phone', 'previous_phones'],
    ['person_tag', 'previous_tags'],
  ] as const) {
    const cols = await columnsOf(client, table);
    // Table and column names come from the constant list above and the catalog, never from input.
    await client.query(`DELETE FROM ${table} WHERE person_id IN (${matched})`, [id]);
    await client.query(
      `INSERT INTO ${table} (${cols.join(', ')})
       SELECT ${cols.map((c) => `r.${c}`).join(', ')}
         FROM import_person ip CROSS JOIN LATERAL jsonb_populate_recordset(NULL::${table}, ip.${column}) r
        WHERE ip.import_id = $1 AND NOT ip.created`,
      [id],
    );
  }
  const cols = (await columnsOf(client, 'person')).filter((c) => c !== '"id"');
  await client.query(
    `UPDATE person p SET (${cols.join(', ')}) = (${cols.map((c) => `r.${c}`).join(', ')})
       FROM import_person ip CROSS JOIN LATERAL jsonb_populate_record(NULL::person, ip.previous) r
      WHERE ip.import_id = $1 AND NOT ip.created AND p.id = ip.person_id`,
    [id],
  );
}
