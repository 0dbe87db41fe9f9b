-- Imports place new people in a precinct by their street address when Leaven already knows it:
-- someone on record at the same address (folded: case, accents, punctuation, "Avenue"/"Ave",
-- "South"/"S", the apartment left out) who has a precinct, and only one precinct among them.
-- Precinct boundaries are not available offline, so an address nobody is on record at stays
-- without a precinct, and the review says how many.

-- Every function body names its schema, as in people_search_indexes (index builds run with
-- search_path = pg_catalog).
CREATE FUNCTION leaven_street_key(street text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
DECLARE
  s text := pg_catalog.lower(public.leaven_unaccent(street));
  pair text[];
BEGIN
  s := pg_catalog.regexp_replace(s, '[^a-z0-9#]+', ' ', 'g');
  -- The unit is not the address: "Apt 2", "Unit 3F", "# 4", "Rear", "Piso 2".
  s := pg_catalog.regexp_replace(s, '(\s(apt|apartment|unit|ste|suite|fl|floor|piso|depto|dept|rear|bsmt|basement)\y.*$)|(\s*#.*$)', '');
  FOREACH pair SLICE 1 IN ARRAY ARRAY[
    ['street', 'st'], ['avenue|av', 'ave'], ['road', 'rd'], ['boulevard', 'blvd'], ['drive', 'dr'], ['place', 'pl'],
    ['court', 'ct'], ['lane', 'ln'], ['parkway', 'pkwy'], ['south', 's'], ['north', 'n'], ['east', 'e'], ['west', 'w']]
  LOOP
    s := pg_catalog.regexp_replace(s, '\y(' || pair[1] || ')\y', pair[2], 'g');
  END LOOP;
  RETURN NULLIF(pg_catalog.btrim(pg_catalog.regexp_replace(s, '\s+', ' ', 'g')), '');
END $$;

-- The address list: people on record with a precinct, by their folded address.
CREATE INDEX "person_street_key_idx" ON "person" (leaven_street_key("street"))
    WHERE "deleted_at" IS NULL AND "precinct_id" IS NOT NULL AND "street" IS NOT NULL;

-- Which staged rows were given their precinct by their address (for the review's count).
ALTER TABLE "import_staged" ADD COLUMN "placed_by_address" BOOLEAN NOT NULL DEFAULT false;
