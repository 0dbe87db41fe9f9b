-- The people table and search: accent- and case-folded name search, e-mail and phone fragments,
-- and keyset pagination in every order the table sorts by.
--
-- Every function body names its schema (public., pg_catalog.): PostgreSQL 17+ runs index builds,
-- ANALYZE and VACUUM with search_path = pg_catalog, where an unqualified unaccent() is not found.

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

-- unaccent() is only STABLE because its dictionary could be edited. Leaven never edits it, so this
-- wrapper (dictionary named explicitly) may be IMMUTABLE, which indexes and generated columns require.
CREATE FUNCTION leaven_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The key the table sorts names by: family name, then the name the person goes by, folded, so
-- that "Ávila" sorts beside "Avila" and not after "Zamora". A nickname alone sorts by itself.
CREATE FUNCTION leaven_person_sort_name(given text, family text, preferred text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT pg_catalog.btrim(pg_catalog.lower(public.leaven_unaccent(
        COALESCE($2, '') || ' ' || COALESCE($3, $1, '')))) $$;

-- The words of a person's names, folded, for prefix search: 'jose':* & 'nu':* finds José Núñez.
-- A GIN index over tsvector answers exactly (no recheck of each row), which keeps counts fast.
CREATE FUNCTION leaven_person_search_vector(given text, family text, preferred text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT pg_catalog.to_tsvector('pg_catalog.simple'::regconfig,
        public.leaven_unaccent(COALESCE($1, '') || ' ' || COALESCE($2, '') || ' ' || COALESCE($3, ''))) $$;

-- What a person typed, as a prefix query over the same folded words ("José  nuñ" -> 'jose':* & 'nun':*).
-- Every word is quoted, so no input is ever parsed as tsquery syntax. NULL when nothing is left.
CREATE FUNCTION leaven_prefix_query(text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT pg_catalog.to_tsquery('pg_catalog.simple'::regconfig,
        pg_catalog.string_agg(pg_catalog.quote_literal(w) || ':*', ' & '))
      FROM pg_catalog.regexp_split_to_table(pg_catalog.lower(public.leaven_unaccent($1)), '[^[:alnum:]]+') AS w
      WHERE w <> '' $$;

CREATE FUNCTION leaven_digits(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT pg_catalog.regexp_replace($1, '[^0-9]+', '', 'g') $$;

-- A phone number's digits as words a prefix query can find: all of them, and the last 10, 7 and 4,
-- so "17735550123", "7735550123", "5550123" and "0123" (or their beginnings) find +17735550123.
CREATE FUNCTION leaven_phone_vector(text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT pg_catalog.to_tsvector('pg_catalog.simple'::regconfig,
        d || ' ' || pg_catalog."right"(d, 10) || ' ' || pg_catalog."right"(d, 7) || ' ' || pg_catalog."right"(d, 4))
      FROM (SELECT public.leaven_digits($1) AS d) AS x $$;

-- The sort key is stored, not only indexed: a search that matches thousands of people sorts them by
-- it, and computing it for each (unaccent per row) would cost ten times the query. Never written by
-- the app (PostgreSQL refuses a value); schema.prisma declares it as Person.sortName.
ALTER TABLE "person" ADD COLUMN "sort_name" TEXT
    GENERATED ALWAYS AS (leaven_person_sort_name("given_name", "family_name", "preferred_name")) STORED;

-- Search.
CREATE INDEX "person_search_vector_idx" ON "person"
    USING gin (leaven_person_search_vector("given_name", "family_name", "preferred_name"))
    WHERE "deleted_at" IS NULL;
CREATE INDEX "person_email_email_trgm_idx" ON "person_email" USING gin ("email" gin_trgm_ops);
CREATE INDEX "person_phone_vector_idx" ON "person_phone" USING gin (leaven_phone_vector("e164"));
CREATE INDEX "circle_name_search_idx" ON "circle"
    USING gin (pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, leaven_unaccent("name"))) WHERE "deleted_at" IS NULL;
CREATE INDEX "organization_name_search_idx" ON "organization"
    USING gin (pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, leaven_unaccent("name"))) WHERE "deleted_at" IS NULL;

-- Keyset pagination: one btree per sort order, each ending in id so that every key is unique.
-- Partial on live people, like every query the table makes.
CREATE INDEX "person_sort_name_idx" ON "person" ("sort_name", "id") WHERE "deleted_at" IS NULL;
CREATE INDEX "person_stage_sort_name_idx" ON "person" ("ladder_stage", "sort_name", "id") WHERE "deleted_at" IS NULL;
CREATE INDEX "person_language_sort_name_idx" ON "person" ("preferred_language", "sort_name", "id") WHERE "deleted_at" IS NULL;
CREATE INDEX "person_precinct_sort_name_idx" ON "person" ("precinct_id", "sort_name", "id") WHERE "deleted_at" IS NULL;
-- Members since: people with no date come last in both directions, hence one index per direction.
CREATE INDEX "person_member_since_asc_idx" ON "person" (COALESCE("member_since", 'infinity'::date), "id")
    WHERE "deleted_at" IS NULL;
CREATE INDEX "person_member_since_desc_idx" ON "person" (COALESCE("member_since", '-infinity'::date), "id")
    WHERE "deleted_at" IS NULL;
-- "Members by seniority": the stage filter and the member-since order together, so that the last
-- page does not read past every person who never became a member.
CREATE INDEX "person_stage_member_since_asc_idx" ON "person" ("ladder_stage", COALESCE("member_since", 'infinity'::date), "id")
    WHERE "deleted_at" IS NULL;
CREATE INDEX "person_stage_member_since_desc_idx" ON "person" ("ladder_stage", COALESCE("member_since", '-infinity'::date), "id")
    WHERE "deleted_at" IS NULL;
CREATE INDEX "person_updated_at_idx" ON "person" ("updated_at", "id") WHERE "deleted_at" IS NULL;

-- Counting checks each candidate (a coordinator's people, a tag's, a circle's) is live: answered
-- from this index alone, without reading the row.
CREATE INDEX "person_live_idx" ON "person" ("id") WHERE "deleted_at" IS NULL;

-- A coordinator's scope includes the people in the interactions they logged, gathered on every
-- request: answer it from the index alone.
CREATE INDEX "interaction_logged_by_idx" ON "interaction" ("logged_by_id", "id");

-- "Has a follow-up due": open follow-ups only, a small part of all interactions.
CREATE INDEX "interaction_follow_up_open_idx" ON "interaction" ("follow_up_on", "id") WHERE NOT "follow_up_done";
