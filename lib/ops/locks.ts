// Advisory lock keys shared by processes that must not overlap (arbitrary constants). Here, in a
// file of its own, so that the app server's backup job can name one without loading the runner.

/**
 * Prisma Migrate's own advisory lock key: every migration run takes it exclusively (Leaven's runner
 * and `prisma migrate deploy` alike, so the two never race); backups take it shared, so none reads
 * a half-migrated schema.
 */
export const MIGRATION_LOCK_KEY = 72_707_369;
