-- Saved views of the people table: a name, and the filters and sort of the table's URL (parsed
-- with its schema, ZPeopleListParams, before they are stored). Private to the user who saved it,
-- or shared with leadership. Whoever opens one sees it through their own scope: what is stored is
-- a question, never its answer.

CREATE TABLE "saved_view" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "params" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "saved_view_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "saved_view_name_length" CHECK (btrim("name") <> '' AND char_length("name") <= 80)
);

CREATE INDEX "saved_view_owner_user_id_idx" ON "saved_view"("owner_user_id");

ALTER TABLE "saved_view" ADD CONSTRAINT "saved_view_owner_user_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
