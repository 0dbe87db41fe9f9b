-- Foreign keys that bulk writes paid for row by row, on references that cannot go stale.
--
-- PostgreSQL checks a foreign key once per inserted row. An import of 50,000 rows wrote its raw
-- rows, its normalised rows and an audit event per person, and each checked its reference:
-- together about a fifth of the import's time (measured with `npm run bench:import`).
--
-- * import_row, import_staged -> import: staging for one import, written by that import's own
--   transaction right after (or in the same transaction as) the import row; an import is never
--   deleted (it is a record), and its staging is removed by the merge and the worker's weekly
--   clean-up (lib/data/imports/worker.ts), not by a cascade.
-- * audit_event.actor_user_id -> app_user: the audit log is append-only history of who did what;
--   accounts are disabled, never deleted, and a history must not change if one ever were. The
--   audit log names the actor by looking the id up (lib/data/audit-log.ts).
ALTER TABLE "import_row" DROP CONSTRAINT "import_row_import_id_fkey";
ALTER TABLE "import_staged" DROP CONSTRAINT "import_staged_import_id_fkey";
ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_actor_user_id_fkey";

-- Entity ids are uuids and machine keys written as text: compared byte by byte, as the
-- "C" collation does, their index stays the same and each insert into it is cheaper.
ALTER TABLE "audit_event" ALTER COLUMN "entity_id" TYPE text COLLATE "C";
