-- The import's household pairs (issue 12): rows that share a phone or an email with a clearly
-- different name are different people. Each pair is a group of the file (`line`, its first row)
-- and either another group of the file (`other_line`) or a person already in Leaven (`person_id`).
-- The merge links them as family (`relationship_id`, which the undo removes) unless the user
-- chose to merge them (`merge`). Like the staged rows, no foreign keys: the worker purges them.
CREATE TABLE "import_household" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "import_id" uuid NOT NULL,
    "line" integer NOT NULL,
    "name" text NOT NULL,
    "other_line" integer,
    "other_name" text,
    "person_id" uuid,
    "via" text NOT NULL,
    "merge" boolean NOT NULL DEFAULT false,
    "relationship_id" uuid,
    CONSTRAINT "import_household_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "import_household_one_other" CHECK (("other_line" IS NULL) <> ("person_id" IS NULL)),
    CONSTRAINT "import_household_via_known" CHECK ("via" IN ('email', 'phone'))
);

CREATE INDEX "import_household_import_id_idx" ON "import_household"("import_id");
