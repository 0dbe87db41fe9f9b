-- A crash of PostgreSQL empties every unlogged table. The file's rows (import_row) are the only
-- copy of an upload that is still being checked or reviewed: kept through a crash from now on.
-- The staged rows (import_staged) stay unlogged, for speed: they are made again from these, and an
-- import that lost them says so and offers to run the check again (lib/data/imports/staging-lost.ts).
ALTER TABLE "import_row" SET LOGGED;
