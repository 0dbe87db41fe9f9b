-- Last contacted: when each person was last in touch with the organization, for the people
-- table's "not contacted in N days" filter, its column, sort and CSV field. It is the newest of
-- their logged contacts (interaction.occurred_at) and their check-ins at mobilizations
-- (commitment.checked_in_at); door results will count too when canvasses come.
--
-- Kept on the person row by the triggers below, so every way a contact is written (the pages,
-- the API, an import, a merge that moves interactions, a purge that removes them) keeps it right,
-- and the table can sort and page by it through an index. The app only reads it. Writing it does
-- not touch the person's updated_at or version: it is not an edit of their record.

ALTER TABLE "person" ADD COLUMN "last_contacted_at" TIMESTAMPTZ(3);

-- The newest contact of these people, worked out again from scratch (after a removal or a move).
-- Rows are locked in id order first, so two transactions touching the same people cannot deadlock.
CREATE TYPE leaven_contact AS (person_id uuid, at timestamptz);

CREATE FUNCTION leaven_refresh_last_contacted(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM person WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
  UPDATE person p SET last_contacted_at = x.last
    FROM (SELECT q.id, GREATEST(
                 (SELECT max(i.occurred_at) FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id WHERE ip.person_id = q.id),
                 (SELECT max(c.checked_in_at) FROM commitment c WHERE c.person_id = q.id)) AS last
            FROM (SELECT DISTINCT unnest(ids) AS id) q) x
   WHERE p.id = x.id AND p.last_contacted_at IS DISTINCT FROM x.last;
END $$;

-- New contacts (person, moment) can only move last contacted forward: no need to look at older ones.
CREATE FUNCTION leaven_raise_last_contacted(contacts leaven_contact[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM person WHERE id IN (SELECT c.person_id FROM unnest(contacts) c) ORDER BY id FOR NO KEY UPDATE;
  UPDATE person p SET last_contacted_at = x.at
    FROM (SELECT c.person_id, max(c.at) AS at FROM unnest(contacts) c WHERE c.at IS NOT NULL GROUP BY c.person_id) x
   WHERE p.id = x.person_id AND (p.last_contacted_at IS NULL OR p.last_contacted_at < x.at);
END $$;

CREATE FUNCTION leaven_interaction_person_contacted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM leaven_raise_last_contacted(ARRAY(SELECT (n.person_id, i.occurred_at)::leaven_contact FROM new_rows n JOIN interaction i ON i.id = n.interaction_id));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM leaven_refresh_last_contacted(ARRAY(SELECT person_id FROM old_rows));
  ELSE
    PERFORM leaven_refresh_last_contacted(ARRAY(SELECT person_id FROM old_rows UNION SELECT person_id FROM new_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "interaction_person_contacted_insert" AFTER INSERT ON "interaction_person"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION leaven_interaction_person_contacted();
CREATE TRIGGER "interaction_person_contacted_delete" AFTER DELETE ON "interaction_person"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION leaven_interaction_person_contacted();
CREATE TRIGGER "interaction_person_contacted_update" AFTER UPDATE ON "interaction_person"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION leaven_interaction_person_contacted();

-- A contact moved to another moment. (Removing an interaction removes its interaction_person
-- rows, which the triggers above see.)
CREATE FUNCTION leaven_interaction_contacted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM leaven_refresh_last_contacted(ARRAY(
    SELECT ip.person_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN interaction_person ip ON ip.interaction_id = n.id
     WHERE n.occurred_at IS DISTINCT FROM o.occurred_at));
  RETURN NULL;
END $$;

CREATE TRIGGER "interaction_contacted_update" AFTER UPDATE ON "interaction"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION leaven_interaction_contacted();

CREATE FUNCTION leaven_commitment_contacted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM leaven_raise_last_contacted(ARRAY(SELECT (n.person_id, n.checked_in_at)::leaven_contact FROM new_rows n WHERE n.checked_in_at IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM leaven_refresh_last_contacted(ARRAY(SELECT person_id FROM old_rows WHERE checked_in_at IS NOT NULL));
  ELSE
    PERFORM leaven_refresh_last_contacted(ARRAY(
      SELECT o.person_id FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE o.checked_in_at IS DISTINCT FROM n.checked_in_at OR o.person_id IS DISTINCT FROM n.person_id
      UNION
      SELECT n.person_id FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE o.checked_in_at IS DISTINCT FROM n.checked_in_at OR o.person_id IS DISTINCT FROM n.person_id));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "commitment_contacted_insert" AFTER INSERT ON "commitment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION leaven_commitment_contacted();
CREATE TRIGGER "commitment_contacted_delete" AFTER DELETE ON "commitment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION leaven_commitment_contacted();
CREATE TRIGGER "commitment_contacted_update" AFTER UPDATE ON "commitment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION leaven_commitment_contacted();

-- Everyone's, from the contacts already on record.
UPDATE "person" p SET "last_contacted_at" = x.last
  FROM (SELECT a.person_id, max(a.at) AS last
          FROM (SELECT ip.person_id, i.occurred_at AS at FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                UNION ALL
                SELECT c.person_id, c.checked_in_at FROM commitment c WHERE c.checked_in_at IS NOT NULL) a
         GROUP BY a.person_id) x
 WHERE p.id = x.person_id;

-- The table's sort, oldest contact first or last: never contacted counts as longest ago, so one
-- index serves both directions. Partial on live people, like the table's other sort indexes.
CREATE INDEX "person_last_contacted_idx" ON "person" (COALESCE("last_contacted_at", '-infinity'::timestamptz), "id")
    WHERE "deleted_at" IS NULL;

-- "Speaks": a language among those spoken, found through the list itself.
CREATE INDEX "person_languages_idx" ON "person" USING gin ("languages") WHERE "deleted_at" IS NULL;
