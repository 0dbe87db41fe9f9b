-- Rows staged before new_person_id existed (an import left waiting in review across the upgrade)
-- get their ids now, one per group, as the check would have drawn them; otherwise their merge
-- would try to create people with no id.
UPDATE "import_staged" s
   SET "new_person_id" = g.id
  FROM (SELECT "import_id", "cluster", leaven_uuid_v7() AS id
          FROM "import_staged" WHERE "new_person_id" IS NULL GROUP BY "import_id", "cluster") g
 WHERE s."import_id" = g."import_id" AND s."cluster" = g."cluster" AND s."new_person_id" IS NULL;
