import type { TActor } from '@/lib/auth/policy';
import { requireLeadership } from '@/lib/data/imports/access';
import { chunked, copyInto, inTransaction, withClient } from '@/lib/data/imports/pg';
import { AppError } from '@/lib/errors';
import { copyArray, copyLine } from '@/lib/import/copy-text';
import { CsvReader, detectDelimiter } from '@/lib/import/csv-parse';
import { decodeFile } from '@/lib/import/encoding';
import { planColumns } from '@/lib/import/headers';
import { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '@/lib/import/limits';

// Step one of an import: the uploaded file, read and streamed through COPY into the staging
// table in the same transaction that records the import, so a failed upload leaves nothing.
// Columns named like immigration status are dropped here, before a single cell is written.

export type TUpload = { fileName: string; bytes: Uint8Array };

const fileProblem = (key: string, details?: Record<string, unknown>) => new AppError('INVALID', key, details);

export async function stageUpload(actor: TActor, { fileName, bytes }: TUpload): Promise<{ id: string; rows: number }> {
  requireLeadership(actor);
  if (bytes.length > MAX_IMPORT_BYTES) throw fileProblem('importTooLarge');
  const { text, encoding } = decodeFile(bytes);
  const delimiter = detectDelimiter(text);
  const reader = new CsvReader(text, delimiter);
  const header = reader.next();
  if (!header || header.cells.every((c) => c.trim() === '')) throw fileProblem('importEmpty');
  if (header.cells.length > MAX_IMPORT_COLUMNS) throw fileProblem('importTooManyColumns');
  const plan = planColumns(header.cells.map((h) => h.trim()));
  if (plan.kept.length === 0) throw fileProblem('importNoColumns');
  const headers = plan.kept.map((i) => header.cells[i]!.trim());

  return withClient((client) =>
    inTransaction(client, async () => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO import (created_by_id, file_name, encoding, delimiter, headers, skipped_columns, mapping)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [actor.userId, fileName.slice(0, 255) || 'import.csv', encoding, delimiter, headers, plan.skipped, JSON.stringify(plan.mapping)],
      );
      const id = rows[0]!.id;
      let count = 0;
      await copyInto(client, 'COPY import_row (import_id, line, cells) FROM STDIN', async (write) => {
        const out = chunked(write);
        for (let r = reader.next(); r; r = reader.next()) {
          const cells = plan.kept.map((i) => r.cells[i] ?? '');
          // Rows of empty cells (a spreadsheet's formatted but unused lines) are not rows.
          if (cells.every((c) => c.trim() === '')) continue;
          if (++count > MAX_IMPORT_ROWS) throw fileProblem('importTooManyRows');
          await out.push(copyLine([id, String(r.row), copyArray(cells)]));
        }
        await out.flush();
      });
      if (count === 0) throw fileProblem('importNoRows');
      await client.query('UPDATE import SET total_rows = $2 WHERE id = $1', [id, count]);
      await client.query(
        `INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, changed_fields) VALUES ($1, 'CREATE', 'import', $2, $3)`,
        [actor.userId, id, ['fileName', 'headers', 'rows']],
      );
      return { id, rows: count };
    }),
  );
}

