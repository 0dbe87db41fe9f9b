import type pg from 'pg';
import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { chunked, connectSide, copyInto, inTransaction, openCopy, withClient, type TCopy } from '@/lib/db/pools';
import { orgClockOn } from '@/lib/data/admin/clock';
import { loadPlaces } from '@/lib/data/imports/places';
import { COPY_STAGED, StagingWriter, stagingKey } from '@/lib/data/imports/staging-writer';
import { AppError } from '@/lib/errors';
import { copyArray, copyLine } from '@/lib/import/copy-text';
import { CsvReader, detectDelimiter } from '@/lib/import/csv-parse';
import { decodeFile } from '@/lib/import/encoding';
import { repeatedFields, type TMapping } from '@/lib/vocabulary/import-fields';
import { planColumns, type TSourceTool } from '@/lib/import/headers';
import { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '@/lib/import/limits';

// Step one of an import: the uploaded file, read and streamed through COPY into the staging
// table in the same transaction that records the import, so a failed upload leaves nothing.
// Columns named like immigration status are dropped here, before a single cell is written.
// In the same pass the rows are staged as they will be saved, with the mapping Leaven guessed
// (see UploadStaging).

export type TUpload = {
  fileName: string;
  bytes: Uint8Array;
  /** Each new person's Source, readable ("Action Network import, march.csv"), from the tool the file came from. Editable until the merge. */
  describeSource?: (tool: TSourceTool) => string;
};

/** A person's Source is at most this long (lib/validation/person.ts). */
const SOURCE_MAX = 100;

const fileProblem = (key: string, details?: Record<string, unknown>) => new AppError('INVALID', key, details);

export async function stageUpload(actor: TActor, { fileName, bytes, describeSource }: TUpload): Promise<{ id: string; rows: number }> {
  requireCan(actor, 'imports.run');
  if (bytes.length > MAX_IMPORT_BYTES) throw fileProblem('importTooLarge');
  const { text, encoding } = decodeFile(bytes);
  // A spreadsheet saved as CSV has no NUL character; a picture, a PDF or an .xlsx file does.
  if (text.includes('\u0000')) throw fileProblem('importNotText');
  const delimiter = detectDelimiter(text);
  const reader = new CsvReader(text, delimiter);
  const header = reader.next();
  if (!header || header.cells.every((c) => c.trim() === '')) throw fileProblem('importEmpty');
  if (header.cells.length > MAX_IMPORT_COLUMNS) throw fileProblem('importTooManyColumns');
  const plan = planColumns(header.cells.map((h) => h.trim()));
  if (plan.kept.length === 0) throw fileProblem('importNoColumns');
  const headers = plan.kept.map((i) => header.cells[i]!.trim());

  return withClient(async (client) => {
    const staging = repeatedFields(plan.mapping).length === 0 ? new UploadStaging() : null;
    try {
      const result = await inTransaction(client, async () => {
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO import (created_by_id, file_name, encoding, delimiter, headers, skipped_columns, mapping, source)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [actor.userId, fileName.slice(0, 255) || 'import.csv', encoding, delimiter, headers, plan.skipped, JSON.stringify(plan.mapping),
            describeSource?.(plan.source).slice(0, SOURCE_MAX) ?? null],
        );
        const id = rows[0]!.id;
        await staging?.start(id, plan.mapping);
        let count = 0;
        await copyInto(client, 'COPY import_row (import_id, line, cells) FROM STDIN', async (write) => {
          const out = chunked(write);
          for (let r = reader.next(); r; r = reader.next()) {
            const cells = plan.kept.map((i) => r.cells[i] ?? '');
            // Rows of empty cells (a spreadsheet's formatted but unused lines) are not rows.
            if (cells.every((c) => c.trim() === '')) continue;
            if (++count > MAX_IMPORT_ROWS) throw fileProblem('importTooManyRows');
            await out.push(copyLine([id, String(r.row), copyArray(cells)]));
            await staging?.add(r.row, cells);
          }
          await out.flush();
        });
        if (count === 0) throw fileProblem('importNoRows');
        await client.query('UPDATE import SET total_rows = $2 WHERE id = $1', [id, count]);
        await client.query(
          `INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, changed_fields) VALUES ($1, 'CREATE', 'import', $2, $3)`,
          [actor.userId, id, ['fileName', 'headers', 'rows']],
        );
        // Ended before the upload commits: a staging that failed is rolled back, not half kept.
        return { id, rows: count, staged: (await staging?.end()) ?? null };
      });
      if (staging && result.staged) await staging.commit(result.id, result.staged);
      return { id: result.id, rows: result.rows };
    } finally {
      await staging?.release();
    }
  });
}

/**
 * The upload's rows normalised with the mapping Leaven guessed, into import_staged on a side
 * connection as they are read: if the user keeps that mapping, the check has only the matching
 * left to do. Its transaction commits only after the upload's did, and the import records the
 * staging key only after that; if staging fails anywhere, it is rolled back and the upload goes
 * on without it (the check then stages the rows itself).
 */
class UploadStaging {
  private side: pg.PoolClient | null = null;
  private copy: TCopy | null = null;
  private out: ReturnType<typeof chunked> | null = null;
  private writer: StagingWriter | null = null;
  private key = '';
  private open = false;
  private failed = false;

  async start(importId: string, mapping: TMapping): Promise<void> {
    await this.guard(async () => {
      // Taken here, inside the guard: a server refusing one more connection only means no staging.
      const side = (this.side = await connectSide());
      await side.query('BEGIN');
      this.open = true;
      const { places, key } = await loadPlaces(side);
      const { phoneCountry } = await orgClockOn(side);
      this.key = stagingKey(mapping, key, phoneCountry);
      this.copy = openCopy(side, COPY_STAGED);
      this.out = chunked(this.copy.write);
      this.writer = new StagingWriter(importId, mapping, places, this.out, phoneCountry);
    });
  }

  async add(line: number, cells: string[]): Promise<void> {
    await this.guard(() => this.writer!.add(line, cells));
  }

  /** Ends the COPY; what the import will record once both have committed, or null if staging failed. */
  async end(): Promise<{ key: string; dropped: number } | null> {
    await this.guard(async () => {
      await this.out!.flush();
      const copy = this.copy!;
      this.copy = null;
      await copy.end();
      await this.writer!.finish(this.side!);
    });
    return this.failed ? null : { key: this.key, dropped: this.writer!.dropped };
  }

  /** After the upload committed. */
  async commit(importId: string, staged: { key: string; dropped: number }): Promise<void> {
    await this.guard(async () => {
      await this.side!.query('COMMIT');
      this.open = false;
      await this.side!.query('UPDATE import SET staged_key = $2, dropped_tag_count = $3 WHERE id = $1', [importId, staged.key, staged.dropped]);
    });
  }

  /** Rolls back whatever was not committed. */
  async release(): Promise<void> {
    await this.copy?.abort(new Error('The upload did not complete.'));
    this.copy = null;
    if (this.open) await this.side?.query('ROLLBACK').catch(() => undefined);
    this.open = false;
    this.side?.release();
    this.side = null;
  }

  private async guard(step: () => Promise<void>): Promise<void> {
    if (this.failed) return;
    try {
      await step();
    } catch (e) {
      this.failed = true;
      console.error('[import] staging while uploading failed; the check will stage the rows:', e);
      await this.release();
    }
  }
}
