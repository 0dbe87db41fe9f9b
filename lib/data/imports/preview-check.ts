import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { classify } from '@/lib/data/imports/classify';
import { COPY_STAGED, StagingWriter } from '@/lib/data/imports/staging-writer';
import { chunked, copyInto } from '@/lib/db/pools';
import type { TPlaceIndex } from '@/lib/import/places';
import type { TMapping } from '@/lib/vocabulary/import-fields';

// The preview's verdict on each of the file's first rows, made by the check's own code, so the
// two cannot disagree: the rows are staged under a throwaway id exactly as the check stages them,
// classified by classify() (matching against Leaven, the name rule), read back, and rolled back.
// The check groups a row with every row of the file that shares its email or phone; the preview
// sees only the rows it shows.

export type TPreviewVerdict = { outcome: 'NEW' | 'MATCH' | 'CONFLICT' | 'BAD'; problems: string[] };

export async function previewVerdicts(
  client: pg.PoolClient,
  mapping: TMapping,
  places: TPlaceIndex,
  rows: { line: number; cells: string[] }[],
  phoneCountry: string,
): Promise<Map<number, TPreviewVerdict>> {
  const id = randomUUID();
  await client.query('BEGIN');
  try {
    let writer: StagingWriter | undefined;
    await copyInto(client, COPY_STAGED, async (write) => {
      const out = chunked(write);
      writer = new StagingWriter(id, mapping, places, out, phoneCountry);
      for (const r of rows) await writer.add(r.line, r.cells);
      await out.flush();
    });
    // As the check does: groups put right and household pairs recorded, then classified.
    await writer!.finish(client);
    await classify(client, id);
    const { rows: staged } = await client.query<TPreviewVerdict & { line: number }>('SELECT line, outcome, problems FROM import_staged WHERE import_id = $1', [id]);
    return new Map(staged.map((s) => [s.line, { outcome: s.outcome, problems: s.problems }]));
  } finally {
    // Nothing of the preview is kept.
    await client.query('ROLLBACK');
  }
}
