import { importPool } from '@/lib/db/pools';

// The end of a cancelled import, shared by the cancel command (an import no worker is running) and
// the worker (one it was running). Unscoped: the callers have checked who asked.

/** A cancelled import keeps its record (who, when, which file) and nothing of its rows. */
export async function unsafeCancelImportNow(id: string): Promise<void> {
  const db = importPool();
  await db.query(`UPDATE import SET status = 'CANCELLED', heartbeat_at = NULL, finished_at = now() WHERE id = $1 AND status <> 'DONE' AND status <> 'UNDONE'`, [id]);
  await db.query('DELETE FROM import_staged WHERE import_id = $1', [id]);
  await db.query('DELETE FROM import_row WHERE import_id = $1', [id]);
}
