-- A list of people read at once (a page of the API, a roster) is one audit entry: its ids are
-- kept with it, so every read of a person is still on record (and found by the log's person
-- filter) without one row per person drowning the changes.

ALTER TABLE "audit_event" ADD COLUMN "entity_ids" UUID[] NOT NULL DEFAULT '{}';

-- "Every entry about this person": the lists they were in, found through their ids.
CREATE INDEX "audit_event_entity_ids_idx" ON "audit_event" USING gin ("entity_ids");
