-- Cheaper bulk writes (an import adds tens of thousands of people at once).
--
-- Time-ordered ids (RFC 9562 version 7: 48 bits of milliseconds, then random bits) for the tables
-- an import writes many rows into at once. A random uuid lands anywhere in the
-- primary key and in every index that ends in the id, splitting pages all over them; a time-ordered
-- one lands at the right edge, which PostgreSQL's btree appends to without descending. Measured on
-- 45,000 new people, 15 to 40% less time for the insert in trials on a busy 2-core machine.
-- An id now tells when its record was made, which the record's own created_at already says.

-- A random uuid with its first 48 bits replaced by the time and its version nibble set to 7: for
-- PostgreSQL 17 (the version docker-compose uses), which has no uuidv7().
CREATE FUNCTION leaven_uuid_v7_portable() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE
  AS $$ SELECT pg_catalog.encode(pg_catalog.set_bit(pg_catalog.set_bit(pg_catalog.overlay(
           pg_catalog.uuid_send(pg_catalog.gen_random_uuid()),
           pg_catalog.substring(pg_catalog.int8send(pg_catalog.floor(
             pg_catalog.date_part('epoch', pg_catalog.clock_timestamp()) * 1000)::bigint), 3),
           1, 6), 52, 1), 53, 1), 'hex')::uuid $$;

-- PostgreSQL 18's own uuidv7() is the same layout, cheaper (an import asks for some 200,000 ids)
-- and monotonic within a session; the portable one stands in where it is missing.
DO $$
BEGIN
  IF pg_catalog.current_setting('server_version_num')::int >= 180000 THEN
    CREATE FUNCTION leaven_uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS 'SELECT pg_catalog.uuidv7()';
  ELSE
    CREATE FUNCTION leaven_uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS 'SELECT public.leaven_uuid_v7_portable()';
  END IF;
END $$;

ALTER TABLE "person" ALTER COLUMN "id" SET DEFAULT leaven_uuid_v7();
ALTER TABLE "person_email" ALTER COLUMN "id" SET DEFAULT leaven_uuid_v7();
ALTER TABLE "person_phone" ALTER COLUMN "id" SET DEFAULT leaven_uuid_v7();
ALTER TABLE "audit_event" ALTER COLUMN "id" SET DEFAULT leaven_uuid_v7();

-- The same phone words as before (the index's entries do not change), written so that PostgreSQL
-- inlines the function into the index expression instead of calling it through the SQL-function
-- executor for each row: about 10% less CPU per phone number written.
CREATE OR REPLACE FUNCTION leaven_phone_vector(text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT pg_catalog.to_tsvector('pg_catalog.simple'::regconfig,
        public.leaven_digits($1) || ' ' || pg_catalog."right"(public.leaven_digits($1), 10) || ' ' ||
        pg_catalog."right"(public.leaven_digits($1), 7) || ' ' || pg_catalog."right"(public.leaven_digits($1), 4)) $$;

-- Nothing looks up an import's undo data by person (undo, and its purge after a day, go by import);
-- the index cost every new person of an import a second btree insert.
DROP INDEX "import_person_person_id_idx";

-- The people an import created, as one list on the import rather than one undo row each: undo
-- deletes them by this list (it needs no snapshot of them: they did not exist before).
ALTER TABLE "import" ADD COLUMN "created_person_ids" UUID[] NOT NULL DEFAULT ARRAY[]::UUID[];
