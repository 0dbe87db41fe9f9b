-- An audit entry names the fields that changed, never their values (DESIGN.md). Older versions
-- recorded an import's headers as the fields of its "rows to fix" download, and a file with no
-- header row has a person's name, email and phone there. Those headers cannot be told from a name
-- ("Rosa"), so those entries keep only "problem"; any other entry loses what is not a name.
UPDATE "audit_event" SET "changed_fields" = '{problem}' WHERE "action" = 'EXPORT' AND "entity_type" = 'import';
UPDATE "audit_event"
   SET "changed_fields" = ARRAY(SELECT f FROM unnest("changed_fields") AS f WHERE f ~ '^[A-Za-z][A-Za-z0-9_.]{0,63}(: [0-9]+)?$')
 WHERE NOT (array_to_string("changed_fields", ',') ~ '^([A-Za-z][A-Za-z0-9_.]{0,63}(: [0-9]+)?(,|$))*$');

-- Every writer (the data layer, the import's SQL) is held to names, or a name and a count (a purge's
-- "people: 2"): no email, phone, accent or free text.
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_fields_are_names"
  CHECK (array_to_string("changed_fields", ',') ~ '^([A-Za-z][A-Za-z0-9_.]{0,63}(: [0-9]+)?(,|$))*$');
