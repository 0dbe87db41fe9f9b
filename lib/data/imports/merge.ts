import type pg from 'pg';
import { orgClockOn } from '@/lib/data/admin/clock';
import { classify, countOutcomes } from '@/lib/data/imports/classify';
import { placeByAddress } from '@/lib/data/imports/place-by-address';
import type { TJobContext } from '@/lib/data/imports/job';
import { joinChosenPairs, linkHouseholds } from '@/lib/data/imports/households';
import { mergeContacts } from '@/lib/data/imports/merge-contacts';
import { APPLY_UPDATES, AUDIT_CREATED, COMPUTE_UPDATES, INSERT_PEOPLE } from '@/lib/data/imports/merge-sql';
import { buildTargets } from '@/lib/data/imports/merge-targets';
import { inTransaction, named, withClient } from '@/lib/db/pools';
import { ImportStagingLost, stagingLost } from '@/lib/data/imports/staging-lost';

// Phase three: the whole file goes into Leaven in ONE transaction, set-based (INSERT ... SELECT,
// UPDATE ... FROM), from the staged rows. A crash, a cancel or an error anywhere rolls all of it
// back: an import is either complete or leaves no trace. The undo data (each matched person's
// row, emails, phones and tags as they were) is written in the same transaction.

// Merges run one at a time across every app server: two files that both hold a new person
// must not both create them.
const MERGE_LOCK = 7_245_771_006;
const STEPS = ['classified', 'targets', 'snapshot', 'people', 'contacts', 'circle', 'family', 'updated', 'audit'] as const;

type TImportRow = { created_by_id: string | null; mode: 'FILL' | 'OVERWRITE'; circle_id: string | null; source: string | null };

export async function mergeImport(ctx: TJobContext): Promise<void> {
  const { id } = ctx.job;
  await withClient(async (client) => {
    const { rows } = await client.query<TImportRow>('SELECT created_by_id, mode, circle_id, source FROM import WHERE id = $1', [id]);
    const imp = rows[0];
    if (!imp) return;
    let done = 0;
    const step = async (name: (typeof STEPS)[number]) => {
      await ctx.step(name);
      await ctx.progress(++done, STEPS.length);
      await ctx.throwIfCancelled();
    };
    const q = (sql: string, params: Record<string, unknown> = {}) => {
      const { text, values } = named(sql, params);
      return client.query(text, values);
    };
    const p = { import: id, overwrite: imp.mode === 'OVERWRITE', source: imp.source, actor: imp.created_by_id };

    await inTransaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MERGE_LOCK]);
      // Security of the data: never "0 people added" because a crash emptied the staged rows.
      if (await stagingLost(client, id)) throw new ImportStagingLost();
      // The grouping of a whole file sorts and hashes in memory rather than on disk.
      await client.query(`SET LOCAL work_mem = '64MB'`);
      await ctx.progress(0, STEPS.length);
      // Households the user said are one person are one group before anything is matched.
      await joinChosenPairs(client, id);
      await classify(client, id);
      await placeByAddress(client, id);
      await step('classified');
      await buildTargets(client, id);
      await step('targets');
      await snapshotMatched(client, id);
      await step('snapshot');
      await q(INSERT_PEOPLE, { source: p.source, actor: p.actor });
      await step('people');
      const createdTagIds = await mergeContacts(client, p.overwrite);
      await step('contacts');
      if (imp.circle_id) {
        // They joined on the organization's today, not the database server's.
        const { today } = await orgClockOn(client);
        await q(
          `WITH ins AS (
             INSERT INTO circle_membership (circle_id, person_id, since) SELECT @circle, person_id, @today::date FROM t_person
             ON CONFLICT (circle_id, person_id) DO NOTHING RETURNING person_id)
           UPDATE import_person ip SET added_membership = true FROM ins WHERE ip.import_id = @import AND ip.person_id = ins.person_id`,
          { circle: imp.circle_id, import: id, today },
        );
      }
      await step('circle');
      await linkHouseholds(client, id, p.actor);
      await step('family');
      const updated = await updateMatched(client, id, p);
      await step('updated');
      await q(AUDIT_CREATED, { actor: p.actor, source: p.source });
      await q(
        `INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, changed_fields)
         SELECT @actor, 'UPDATE', 'person', u.id::text, u.fields FROM t_update u JOIN t_updated d ON d.id = u.id`,
        { actor: p.actor },
      );
      await q(`INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, changed_fields) VALUES (@actor, 'UPDATE', 'import', @import, '{status}')`, {
        actor: p.actor,
        import: id,
      });
      await step('audit');
      await finish(client, ctx, { updated, createdTagIds });
      // No progress write from here on: the import's row is locked by this transaction until it commits.
      await ctx.step('done');
    });
    await cleanUpStaging(client, id).catch(() => undefined);
  });
}

/** Locks the matched people, then keeps each one's row, emails, phones and tags as they are now. */
async function snapshotMatched(client: pg.PoolClient, importId: string) {
  await client.query(`SELECT id FROM person WHERE id IN (SELECT person_id FROM t_person WHERE NOT is_new) ORDER BY id FOR UPDATE`);
  await client.query(
    `INSERT INTO import_person (import_id, person_id, created, version_after, previous, previous_emails, previous_phones, previous_tags)
     SELECT $1, p.id, false, p.version, to_jsonb(p),
            COALESCE((SELECT jsonb_agg(to_jsonb(e) ORDER BY e.id) FROM person_email e WHERE e.person_id = p.id), '[]'),
            COALESCE((SELECT jsonb_agg(to_jsonb(ph) ORDER BY ph.id) FROM person_phone ph WHERE ph.person_id = p.id), '[]'),
            COALESCE((SELECT jsonb_agg(to_jsonb(pt) ORDER BY pt.tag_id) FROM person_tag pt WHERE pt.person_id = p.id), '[]')
       FROM person p JOIN t_person t ON t.person_id = p.id AND NOT t.is_new`,
    [importId],
  );
}

async function updateMatched(client: pg.PoolClient, importId: string, p: { overwrite: boolean; source: string | null }): Promise<number> {
  const compute = named(COMPUTE_UPDATES, { overwrite: p.overwrite, source: p.source });
  await client.query(compute.text, compute.values);
  await client.query('CREATE TEMP TABLE t_updated (id uuid PRIMARY KEY) ON COMMIT DROP');
  const apply = named(APPLY_UPDATES, {});
  await client.query(apply.text, apply.values);
  // The version each person now has: an undo refuses if anyone changed them after this.
  await client.query(
    `UPDATE import_person ip SET version_after = p.version FROM person p WHERE ip.import_id = $1 AND NOT ip.created AND p.id = ip.person_id`,
    [importId],
  );
  // Matched people the file changed nothing about have nothing to undo.
  await client.query(
    `DELETE FROM import_person WHERE import_id = $1 AND NOT created AND NOT added_membership AND person_id NOT IN (SELECT id FROM t_updated)`,
    [importId],
  );
  const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM t_updated');
  return Number(rows[0]!.n);
}

async function finish(client: pg.PoolClient, ctx: TJobContext, r: { updated: number; createdTagIds: string[] }) {
  const c = await countOutcomes(client, ctx.job.id);
  const { rowCount } = await client.query(
    `UPDATE import SET status = 'DONE', finished_at = now(), heartbeat_at = NULL, error = NULL, progress_done = progress_total,
            new_count = $4, matched_count = $5, duplicate_count = $6, conflict_count = $7, bad_count = $8,
            created_count = $4, updated_count = $9, created_tag_ids = $10,
            created_person_ids = ARRAY(SELECT person_id FROM t_person WHERE is_new ORDER BY person_id)
      WHERE id = $1 AND status = $2::"ImportStatus" AND attempts = $3 AND NOT cancel_requested`,
    [ctx.job.id, ctx.job.phase, ctx.job.attempt, c.newPeople, c.matchedPeople, c.duplicates, c.conflicts, c.bad, r.updated, r.createdTagIds],
  );
  // Cancelled, or claimed again by another worker meanwhile: everything above is rolled back.
  if (rowCount !== 1) throw new Error('The import changed hands or was cancelled while it was being saved.');
}

/** After the commit: the rows that went in are no longer needed; the ones to fix stay for the report. */
export async function cleanUpStaging(client: pg.PoolClient, importId: string) {
  await client.query(
    `WITH gone AS (DELETE FROM import_staged WHERE import_id = $1 AND outcome IN ('NEW', 'MATCH') RETURNING line)
     DELETE FROM import_row WHERE import_id = $1 AND line IN (SELECT line FROM gone)`,
    [importId],
  );
}
