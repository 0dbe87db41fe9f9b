import type pg from 'pg';
import { withClient } from '@/lib/db/pools';

// A crash of PostgreSQL (killed, out of memory, a power cut) empties its unlogged tables, and the
// staged rows of an import (import_staged) are one: fast to write, and made again from the file's
// rows (import_row), which are kept. An import whose rows were staged but are gone must neither
// show an empty review nor merge nothing and call it done: it is caught here, and the import
// offers to run the check again. A crash empties the table whole, so one row left means all are.

const LOST = `SELECT i.staged_key IS NOT NULL AND i.total_rows > 0
                     AND NOT EXISTS (SELECT 1 FROM import_staged s WHERE s.import_id = i.id) AS lost
                FROM import i WHERE i.id = $1`;

export async function stagingLost(client: Pick<pg.PoolClient, 'query'>, id: string): Promise<boolean> {
  const { rows } = await client.query<{ lost: boolean }>(LOST, [id]);
  return rows[0]?.lost ?? false;
}

/** The same, on a connection of its own (no actor: the caller has checked 'imports.run'). */
export const unsafeStagingLost = (id: string) => withClient((client) => stagingLost(client, id));

/** Raised by the merge when the rows it would bring in are gone; nothing is saved. */
export class ImportStagingLost extends Error {
  constructor() {
    super('The staged rows of this import were lost when the database restarted.');
    this.name = 'ImportStagingLost';
  }
}
