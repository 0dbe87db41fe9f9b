-- The organization's own settings: one row, made here, so every read finds it.
--
-- trash_retention_days: how long a deleted person stays in the trash (restorable) before the
-- periodic purge removes them and everything linked to them for good (lib/data/trash-purge.ts).
-- version: a save made on top of an older version is refused, as for every record leadership edits.

CREATE TABLE "app_setting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "trash_retention_days" INTEGER NOT NULL DEFAULT 30,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "app_setting_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "app_setting_single_row" CHECK ("id" = 1),
    CONSTRAINT "app_setting_trash_retention_days_range" CHECK ("trash_retention_days" BETWEEN 1 AND 3650)
);

ALTER TABLE "app_setting" ADD CONSTRAINT "app_setting_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

INSERT INTO "app_setting" ("id") VALUES (1);

-- The purge looks for people deleted before a moment: an index over the trash alone.
CREATE INDEX "person_deleted_at_idx" ON "person"("deleted_at") WHERE "deleted_at" IS NOT NULL;
