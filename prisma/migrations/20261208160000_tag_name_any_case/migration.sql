-- Tags keep the case they were first written in ("Padres LSC") and are one tag whatever the case
-- they are typed in later ("padres lsc"): unique on lower(name) instead of name. Until now every
-- way in lower-cased them, so existing tags stay exactly as they are.

-- Two tags differing only in case could only have come from outside the app; should there be any,
-- the one written in lower case (else the first by id) takes the others' people, and they go.
CREATE TEMP TABLE tag_same_name ON COMMIT DROP AS
  SELECT t.id, k.keep
    FROM "tag" t
    JOIN (SELECT DISTINCT ON (lower("name")) lower("name") AS lname, "id" AS keep
            FROM "tag" ORDER BY lower("name"), ("name" = lower("name")) DESC, "id") k ON k.lname = lower(t."name")
   WHERE t.id <> k.keep;

INSERT INTO "person_tag" ("person_id", "tag_id")
  SELECT pt."person_id", s.keep FROM "person_tag" pt JOIN tag_same_name s ON s.id = pt."tag_id"
  ON CONFLICT DO NOTHING;
DELETE FROM "tag" WHERE "id" IN (SELECT id FROM tag_same_name);

DROP INDEX "tag_name_key";
CREATE UNIQUE INDEX "tag_name_lower_key" ON "tag" (lower("name"));
