import type pg from 'pg';
import { classify, countOutcomes } from '@/lib/data/imports/classify';
import { placeByAddress } from '@/lib/data/imports/place-by-address';
import type { TJobContext } from '@/lib/data/imports/job';
import { chunked, copyInto, inTransaction, withClient, withSideClient } from '@/lib/db/pools';
import { orgClockOn } from '@/lib/data/admin/clock';
import { loadPlaces } from '@/lib/data/imports/places';
import { COPY_STAGED, StagingWriter, stagingKey } from '@/lib/data/imports/staging-writer';
import { stagingLost } from '@/lib/data/imports/staging-lost';
import { isImportField, type TMapping } from '@/lib/vocabulary/import-fields';
import type { TPlaceIndex } from '@/lib/import/places';

// Phase two: every row normalised by the chosen mapping, grouped with the rows of the file that
// share an email or phone, and matched against the people already in Leaven, so that the user
// sees how many are new, matched and conflicting before anything is saved. The upload already
// staged the rows with the mapping Leaven guessed: if the user kept it (and no ward or precinct
// changed since), only the matching is left to do.

const BATCH = 5000;

export function parseMapping(raw: unknown): TMapping {
  return Array.isArray(raw) ? raw.map((f) => (isImportField(f) ? f : null)) : [];
}

type TImportRow = { mapping: unknown; total_rows: number; staged_key: string | null; dropped_tag_count: number };

export async function analyseImport(ctx: TJobContext): Promise<void> {
  const { id } = ctx.job;
  await withClient(async (client) => {
    const { rows: found } = await client.query<TImportRow>('SELECT mapping, total_rows, staged_key, dropped_tag_count FROM import WHERE id = $1', [id]);
    const imp = found[0];
    if (!imp) return;
    const mapping = parseMapping(imp.mapping);
    const { places, key: placesKey } = await loadPlaces(client);
    const { phoneCountry } = await orgClockOn(client);
    const key = stagingKey(mapping, placesKey, phoneCountry);

    await inTransaction(client, async () => {
      await client.query(`SET LOCAL work_mem = '64MB'`);
      let dropped = imp.dropped_tag_count;
      // Staged again when the choices changed, or when a crash emptied the staged rows.
      if (imp.staged_key !== key || (await stagingLost(client, id))) {
        await client.query('DELETE FROM import_staged WHERE import_id = $1', [id]);
        // A side connection reads the file's rows while this one takes them, normalised, by COPY.
        dropped = await withSideClient((reader) => restage(ctx, reader, client, { mapping, places, phoneCountry }, imp.total_rows));
      }
      await ctx.progress(imp.total_rows, imp.total_rows);
      await ctx.step('normalised');
      // Fresh statistics, or the planner takes a large COPY for a small table and loops.
      await client.query('SET LOCAL default_statistics_target = 10');
      await client.query('ANALYZE import_staged');
      await ctx.step('staged');
      await classify(client, id);
      await placeByAddress(client, id);
      await ctx.step('classified');
      // The import's row is updated last: progress writes to it from another connection.
      await finishAnalysis(client, ctx, { dropped, key });
    });
  });
}

/**
 * Stages the file again with this mapping: reads its rows in batches (the next one while this one
 * is normalised) and streams them into import_staged. Returns the number of tags left out.
 */
type TReading = { mapping: TMapping; places: TPlaceIndex; phoneCountry: string };

async function restage(ctx: TJobContext, reader: pg.PoolClient, client: pg.PoolClient, { mapping, places, phoneCountry }: TReading, total: number): Promise<number> {
  const { id } = ctx.job;
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
  let writer: StagingWriter | undefined;
  try {
    await copyInto(client, COPY_STAGED, async (write) => {
      const out = chunked(write);
      writer = new StagingWriter(id, mapping, places, out, phoneCountry);
      while (next) {
        const { rows }: TBatch = await next;
        next = rows.length === BATCH ? read(rows[rows.length - 1]!.line) : null;
        for (const { line, cells } of rows) await writer.add(line, cells);
        await out.flush();
        await ctx.throwIfCancelled();
        await ctx.progress(writer.count, total);
      }
    });
  } finally {
    // Never hand the reader back with a read still running on it.
    await next?.catch(() => undefined);
  }
  await writer!.finish(client);
  return writer!.dropped;
}

async function finishAnalysis(client: pg.PoolClient, ctx: TJobContext, staged: { dropped: number; key: string }) {
  const counts = await countOutcomes(client, ctx.job.id);
  const { rowCount } = await client.query(
    `UPDATE import SET status = 'REVIEW', heartbeat_at = NULL, progress_done = progress_total, error = NULL,
            new_count = $4, matched_count = $5, duplicate_count = $6, conflict_count = $7, bad_count = $8, dropped_tag_count = $9, staged_key = $10
      WHERE id = $1 AND status = $2::"ImportStatus" AND attempts = $3 AND NOT cancel_requested`,
    [ctx.job.id, ctx.job.phase, ctx.job.attempt, counts.newPeople, counts.matchedPeople, counts.duplicates, counts.conflicts, counts.bad, staged.dropped, staged.key],
  );
  // Cancelled, or claimed again by another worker meanwhile: this run's work is rolled back.
  if (rowCount !== 1) throw new Error('The import changed hands or was cancelled while it was being checked.');
}
