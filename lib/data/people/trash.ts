import type pg from 'pg';
import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { inTransaction, withClient } from '@/lib/db/pools';
import { notFoundError } from '@/lib/errors';
import { TRASH_RETENTION } from '@/lib/validation/settings';

// Purging the trash for good (DESIGN.md: "a purge removes the person's interactions,
// relationships and commitments too"). A person deleted longer ago than the organization's
// retention (app_setting.trash_retention_days) goes, with everything that points at them:
// interactions only they were in, their place in shared ones, ties, commitments, circles, allies,
// contacts, tags, ladder history, and the copies an import kept to undo itself. Set-based SQL in
// one transaction, and one audit event of counts (never a value).

// Every purge takes this advisory lock, so one app server purges at a time.
export const PURGE_LOCK = 7_245_771_020;
// People per transaction: a trash emptied in bulk is purged in a few steps, not one huge one.
const BATCH = 5_000;

export type TPurgeCounts = Record<string, number>;

/** Removes the people in `ids` (already locked) and every row that points at them. Returns what went, by kind. */
async function purgeLocked(client: pg.PoolClient, ids: string[]): Promise<TPurgeCounts> {
  const counts: TPurgeCounts = {};
  const run = async (key: string | null, sql: string) => {
    const { rowCount } = await client.query(sql, [ids]);
    if (key && rowCount) counts[key] = (counts[key] ?? 0) + rowCount;
  };
  // An interaction that involved only purged people goes (its notes are about them); one that
  // also involved others stays for them, without the purged.
  await run(
    'interactions',
    `DELETE FROM interaction i
      WHERE i.id IN (SELECT interaction_id FROM interaction_person WHERE person_id = ANY($1::uuid[]))
        AND NOT EXISTS (SELECT 1 FROM interaction_person o WHERE o.interaction_id = i.id AND o.person_id <> ALL($1::uuid[]))`,
  );
  await run('sharedInteractions', 'DELETE FROM interaction_person WHERE person_id = ANY($1::uuid[])');
  await run('relationships', 'DELETE FROM relationship WHERE person_a_id = ANY($1::uuid[]) OR person_b_id = ANY($1::uuid[])');
  await run('commitments', 'DELETE FROM commitment WHERE person_id = ANY($1::uuid[])');
  await run(null, 'UPDATE commitment SET asked_by_id = NULL WHERE asked_by_id = ANY($1::uuid[])');
  await run('circleMemberships', 'DELETE FROM circle_membership WHERE person_id = ANY($1::uuid[])');
  await run('affiliations', 'DELETE FROM affiliation WHERE person_id = ANY($1::uuid[])');
  await run('emails', 'DELETE FROM person_email WHERE person_id = ANY($1::uuid[])');
  await run('phones', 'DELETE FROM person_phone WHERE person_id = ANY($1::uuid[])');
  await run('tags', 'DELETE FROM person_tag WHERE person_id = ANY($1::uuid[])');
  await run('ladderChanges', 'DELETE FROM ladder_change WHERE person_id = ANY($1::uuid[])');
  // Columns that hold a person's id without a foreign key: nothing may keep pointing at them.
  await run(null, 'UPDATE ladder_change SET credited_id = NULL WHERE credited_id = ANY($1::uuid[])');
  await run('importRecords', 'DELETE FROM import_person WHERE person_id = ANY($1::uuid[])');
  await run(
    null,
    `UPDATE import_staged SET matched = ARRAY(SELECT m FROM unnest(matched) AS m WHERE m <> ALL($1::uuid[]))
      WHERE matched && $1::uuid[]`,
  );
  await run(
    null,
    `UPDATE import SET created_person_ids = ARRAY(SELECT c FROM unnest(created_person_ids) AS c WHERE c <> ALL($1::uuid[]))
      WHERE created_person_ids && $1::uuid[]`,
  );
  await run(null, 'UPDATE person SET recruited_by_id = NULL WHERE recruited_by_id = ANY($1::uuid[])');
  await run(null, 'UPDATE precinct SET captain_id = NULL WHERE captain_id = ANY($1::uuid[])');
  await run(null, 'UPDATE app_user SET person_id = NULL WHERE person_id = ANY($1::uuid[])');
  // Last, the people. A table added later with a foreign key to person cascades or fails here,
  // never leaves a dangling id (tests/integration/trash-purge.test.ts checks every one).
  await run('people', 'DELETE FROM person WHERE id = ANY($1::uuid[])');
  // Cached figures may count or name them; they are recomputed on the next view.
  await client.query('DELETE FROM stat_snapshot');
  return counts;
}

const auditFields = (counts: TPurgeCounts) => Object.entries(counts).map(([k, n]) => `${k}: ${n}`);

/**
 * Purges everyone whose time in the trash is up. Run by the periodic tasks of any app server
 * (lib/jobs/periodic.ts), with no actor: the organization's retention setting is the authority.
 * Returns what went; nothing (and no audit event) when another server is purging or nobody is due.
 */
export async function unsafePurgeExpiredTrash(): Promise<TPurgeCounts> {
  const total: TPurgeCounts = {};
  for (;;) {
    const counts = await withClient((client) =>
      inTransaction(client, async () => {
        const { rows: lock } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [PURGE_LOCK]);
        if (!lock[0]?.ok) return {};
        // FOR UPDATE waits for a restore in progress, then skips the person if it restored them.
        const { rows } = await client.query<{ id: string }>(
          `SELECT id FROM person
            WHERE deleted_at IS NOT NULL
              -- Hours, not days: a day of a timestamptz interval follows the session's time zone (DST);
              -- 24-hour days match purgeDateOf, the date the trash page shows.
              AND deleted_at < now() - make_interval(hours => 24 * COALESCE((SELECT trash_retention_days FROM app_setting WHERE id = 1), $1))
            ORDER BY deleted_at, id LIMIT $2 FOR UPDATE`,
          [TRASH_RETENTION.default, BATCH],
        );
        if (!rows.length) return {};
        const counts = await purgeLocked(client, rows.map((r) => r.id));
        await client.query(
          `INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, changed_fields) VALUES (NULL, 'PURGE', 'trash', NULL, $1)`,
          [auditFields(counts)],
        );
        return counts;
      }),
    );
    for (const [k, n] of Object.entries(counts)) total[k] = (total[k] ?? 0) + n;
    if ((counts.people ?? 0) < BATCH) return total;
  }
}

/** "Delete now": purges one person from the trash at once, without waiting for the retention. Leadership only. */
export async function purgePersonNow(actor: TActor, id: string): Promise<TPurgeCounts> {
  requireCan(actor, 'people.trash');
  return withClient((client) =>
    inTransaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [PURGE_LOCK]);
      // Only a person in the trash: a live one must be deleted (and so be restorable) first.
      const { rows } = await client.query<{ id: string }>('SELECT id FROM person WHERE id = $1 AND deleted_at IS NOT NULL FOR UPDATE', [id]);
      if (!rows.length) throw notFoundError();
      const counts = await purgeLocked(client, [id]);
      await client.query(
        `INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, changed_fields) VALUES ($1, 'PURGE', 'person', $2, $3)`,
        [actor.userId, id, auditFields(counts)],
      );
      return counts;
    }),
  );
}
