import type pg from 'pg';
import { classify, countOutcomes } from '@/lib/data/imports/classify';
import type { TJobContext } from '@/lib/data/imports/job';
import { chunked, copyInto, inTransaction, withClient } from '@/lib/data/imports/pg';
import { loadPlaces } from '@/lib/data/imports/places';
import { RowClusters } from '@/lib/import/cluster';
import { copyArray, copyValue } from '@/lib/import/copy-text';
import { isImportField, type TMapping } from '@/lib/import/fields';
import { normaliseRow, type TStagedRow } from '@/lib/import/normalise';
import { uuidV7 } from '@/lib/import/uuid-v7';

// Phase two: every staged row normalised by the chosen mapping, grouped with the rows of the file
// that share an email or phone, and matched against the people already in Leaven, so that the
// user sees how many are new, matched and conflicting before anything is saved.

const BATCH = 5000;

export const STAGED_COLUMNS =
  'import_id, line, cluster, problems, outcome, given_name, family_name, preferred_name, pronouns, preferred_language, languages, emails, phones, ' +
  'street, city, postal_code, ward_id, precinct_id, ladder_stage, registered_voter, notes, tags, email_opt_in, sms_opt_in, do_not_call, do_not_contact, contact_consent, ' +
  'new_person_id';

const v = copyValue;
/** A staged row as COPY text, from `problems` on (the import, line and cluster go in front). */
function stagedTail(r: TStagedRow, newPersonId: string | null): string {
  return [
    copyArray(r.problems), r.problems.length ? 'BAD' : 'NEW', v(r.givenName), v(r.familyName), v(r.preferredName), v(r.pronouns),
    v(r.preferredLanguage), copyArray(r.languages), copyArray(r.emails), copyArray(r.phones), v(r.street), v(r.city), v(r.postalCode),
    v(r.wardId), v(r.precinctId), v(r.ladderStage), v(r.registeredVoter), v(r.notes), copyArray(r.tags), v(r.emailOptIn), v(r.smsOptIn),
    v(r.doNotCall), v(r.doNotContact), v(r.contactConsent), v(newPersonId),
  ].join('\t');
}

export function parseMapping(raw: unknown): TMapping {
  return Array.isArray(raw) ? raw.map((f) => (isImportField(f) ? f : null)) : [];
}

export async function analyseImport(ctx: TJobContext): Promise<void> {
  const { id } = ctx.job;
  // Two connections work side by side with this process: one reads the file's rows, the other
  // takes the normalised rows by COPY as they come, inside the transaction that classifies them.
  await withClient((reader) =>
    withClient(async (client) => {
      const { rows: found } = await client.query<{ mapping: unknown; total_rows: number }>('SELECT mapping, total_rows FROM import WHERE id = $1', [id]);
      if (!found[0]) return;
      const mapping = parseMapping(found[0].mapping);
      const total = found[0].total_rows;
      const places = await loadPlaces(client);

      await inTransaction(client, async () => {
        await client.query(`SET LOCAL work_mem = '64MB'`);
        await client.query('DELETE FROM import_staged WHERE import_id = $1', [id]);
        const { lines, written, personIds, clusters, dropped } = await normaliseAndStage(ctx, reader, client, mapping, places, total);
        await ctx.step('normalised');
        await fixClusters(client, id, { lines, written, personIds, clusters });
        // Fresh statistics, or the planner takes a large COPY for a small table and loops.
        await client.query('SET LOCAL default_statistics_target = 10');
        await client.query('ANALYZE import_staged');
        await ctx.step('staged');
        await classify(client, id);
        await ctx.step('classified');
        await finishAnalysis(client, ctx, dropped);
      });
    }),
  );
}

/**
 * Reads the file's rows in batches (the next one while this one is normalised), normalises each
 * by the mapping and streams it into import_staged. A row goes in with its group as known so far
 * (the first row sharing an email or phone with it); `written` keeps that, for fixClusters.
 */
async function normaliseAndStage(ctx: TJobContext, reader: pg.PoolClient, client: pg.PoolClient, mapping: TMapping, places: Awaited<ReturnType<typeof loadPlaces>>, total: number) {
  const { id } = ctx.job;
  const lines: number[] = [];
  const written: number[] = [];
  /** The new person each group would be, by the index of its first row. */
  const personIds: string[] = [];
  const clusters = new RowClusters();
  let dropped = 0;
  type TBatch = pg.QueryResult<{ line: number; cells: string[] }>;
  const read = (after: number): Promise<TBatch> => {
    const batch = reader.query<{ line: number; cells: string[] }>(
      // As JSON: JSON.parse reads the cells several times faster than the text[] parser.
      'SELECT line, to_json(cells) AS cells FROM import_row WHERE import_id = $1 AND line > $2 ORDER BY line LIMIT $3',
      [id, after, BATCH],
    );
    batch.catch(() => undefined); // a failure surfaces where it is awaited, not as an unhandled rejection
    return batch;
  };
  let next: Promise<TBatch> | null = read(0);
  try {
    await copyInto(client, `COPY import_staged (${STAGED_COLUMNS}) FROM STDIN`, async (write) => {
      const out = chunked(write);
      while (next) {
        const { rows }: TBatch = await next;
        next = rows.length === BATCH ? read(rows[rows.length - 1]!.line) : null;
        for (const { line, cells } of rows) {
          const row = normaliseRow(cells, mapping, places);
          const index = lines.length;
          lines.push(line);
          dropped += row.droppedTags;
          clusters.add(index, row.problems.length ? [] : [...row.emails.map((e) => `e:${e}`), ...row.phones.map((p) => `p:${p}`)]);
          const cluster = clusters.clusterOf(index);
          written.push(cluster);
          const person = row.problems.length ? null : (personIds[cluster] ??= uuidV7());
          await out.push(`${id}\t${line}\t${lines[cluster]}\t${stagedTail(row, person)}\n`);
        }
        await out.flush();
        await ctx.throwIfCancelled();
        await ctx.progress(lines.length, total);
      }
    });
  } finally {
    // Never hand the reader back with a read still running on it.
    await next?.catch(() => undefined);
  }
  return { lines, written, personIds, clusters, dropped };
}

/**
 * A later row can join two groups into one: the rows written under the later group's name (and
 * new person id) move to the earlier's.
 */
async function fixClusters(client: pg.PoolClient, importId: string, f: { lines: number[]; written: number[]; personIds: string[]; clusters: RowClusters }) {
  const moved: number[] = [];
  const to: number[] = [];
  const ids: string[] = [];
  for (let i = 0; i < f.lines.length; i++) {
    const final = f.clusters.clusterOf(i);
    if (final !== f.written[i]) {
      moved.push(f.lines[i]!);
      to.push(f.lines[final]!);
      ids.push(f.personIds[final]!);
    }
  }
  if (moved.length === 0) return;
  await client.query(
    `UPDATE import_staged s SET cluster = m.cluster, new_person_id = m.person_id
       FROM unnest($2::int[], $3::int[], $4::uuid[]) AS m(line, cluster, person_id) WHERE s.import_id = $1 AND s.line = m.line`,
    [importId, moved, to, ids],
  );
}

async function finishAnalysis(client: pg.PoolClient, ctx: TJobContext, dropped: number) {
  const counts = await countOutcomes(client, ctx.job.id);
  const { rowCount } = await client.query(
    `UPDATE import SET status = 'REVIEW', heartbeat_at = NULL, progress_done = progress_total, error = NULL,
            new_count = $4, matched_count = $5, duplicate_count = $6, conflict_count = $7, bad_count = $8, dropped_tag_count = $9
      WHERE id = $1 AND status = $2::"ImportStatus" AND attempts = $3 AND NOT cancel_requested`,
    [ctx.job.id, ctx.job.phase, ctx.job.attempt, counts.newPeople, counts.matchedPeople, counts.duplicates, counts.conflicts, counts.bad, dropped],
  );
  // Cancelled, or claimed again by another worker meanwhile: this run's work is rolled back.
  if (rowCount !== 1) throw new Error('The import changed hands or was cancelled while it was being checked.');
}
