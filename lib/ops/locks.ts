// Advisory lock keys shared by processes that must not overlap (arbitrary constants). Here, in a
// file of its own, so that the app server's backup job can name one without loading the runner.

/** Taken (exclusively) by every migration run; backups take it shared, so none reads a half-migrated schema. */
export const MIGRATION_LOCK_KEY = 7_245_771_002;
