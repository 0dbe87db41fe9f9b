-- CSV imports (a record of each, the job that runs it, its staging and its undo data) and OSDI API tokens.
-- Written by hand in Prisma's layout; see prisma/schema.prisma.

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('MAPPING', 'ANALYSING', 'REVIEW', 'MERGING', 'DONE', 'FAILED', 'CANCELLED', 'UNDONE');
CREATE TYPE "ImportMode" AS ENUM ('FILL', 'OVERWRITE');

-- CreateTable
CREATE TABLE "import" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "file_name" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "delimiter" TEXT NOT NULL,
    "headers" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "skipped_columns" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "mapping" JSONB NOT NULL DEFAULT '[]',
    "circle_id" UUID,
    "tags" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "source" TEXT,
    "mode" "ImportMode" NOT NULL DEFAULT 'FILL',
    "status" "ImportStatus" NOT NULL DEFAULT 'MAPPING',
    "queued_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "cancel_requested" BOOLEAN NOT NULL DEFAULT false,
    "progress_done" INTEGER NOT NULL DEFAULT 0,
    "progress_total" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "total_rows" INTEGER NOT NULL DEFAULT 0,
    "new_count" INTEGER NOT NULL DEFAULT 0,
    "matched_count" INTEGER NOT NULL DEFAULT 0,
    "duplicate_count" INTEGER NOT NULL DEFAULT 0,
    "conflict_count" INTEGER NOT NULL DEFAULT 0,
    "bad_count" INTEGER NOT NULL DEFAULT 0,
    "dropped_tag_count" INTEGER NOT NULL DEFAULT 0,
    "created_count" INTEGER NOT NULL DEFAULT 0,
    "updated_count" INTEGER NOT NULL DEFAULT 0,
    "created_tag_ids" UUID[] NOT NULL DEFAULT ARRAY[]::UUID[],
    "finished_at" TIMESTAMPTZ(3),
    "undone_at" TIMESTAMPTZ(3),
    CONSTRAINT "import_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "import_delimiter_known" CHECK ("delimiter" IN (',', ';', E'\t'))
);

-- Staging: UNLOGGED, because it is rebuilt from the upload and losing it in a server crash
-- costs only a re-upload, while skipping the write-ahead log makes COPY about twice as fast.
CREATE UNLOGGED TABLE "import_row" (
    "import_id" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "cells" TEXT[] NOT NULL,
    CONSTRAINT "import_row_pkey" PRIMARY KEY ("import_id", "line")
);

CREATE UNLOGGED TABLE "import_staged" (
    "import_id" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "cluster" INTEGER NOT NULL,
    "problems" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "outcome" TEXT NOT NULL DEFAULT 'NEW',
    "matched" UUID[] NOT NULL DEFAULT ARRAY[]::UUID[],
    "given_name" TEXT,
    "family_name" TEXT,
    "preferred_name" TEXT,
    "pronouns" TEXT,
    "preferred_language" TEXT,
    "languages" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "emails" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "phones" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "street" TEXT,
    "city" TEXT,
    "postal_code" TEXT,
    "ward_id" UUID,
    "precinct_id" UUID,
    "ladder_stage" "LadderStage",
    "registered_voter" "VoterStatus",
    "notes" TEXT,
    "tags" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "email_opt_in" BOOLEAN,
    "sms_opt_in" BOOLEAN,
    "do_not_call" BOOLEAN,
    "do_not_contact" BOOLEAN,
    "contact_consent" BOOLEAN,
    CONSTRAINT "import_staged_pkey" PRIMARY KEY ("import_id", "line"),
    CONSTRAINT "import_staged_outcome_known" CHECK ("outcome" IN ('NEW', 'MATCH', 'CONFLICT', 'BAD'))
);

CREATE TABLE "import_person" (
    "import_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "created" BOOLEAN NOT NULL,
    "version_after" INTEGER NOT NULL,
    "added_membership" BOOLEAN NOT NULL DEFAULT false,
    "previous" JSONB,
    "previous_emails" JSONB,
    "previous_phones" JSONB,
    "previous_tags" JSONB,
    CONSTRAINT "import_person_pkey" PRIMARY KEY ("import_id", "person_id")
);

CREATE TABLE "api_token" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "api_token_name_not_blank" CHECK (btrim("name") <> '')
);

-- CreateIndex
CREATE INDEX "import_status_queued_at_idx" ON "import"("status", "queued_at");
CREATE INDEX "import_created_at_idx" ON "import"("created_at");
CREATE INDEX "import_person_person_id_idx" ON "import_person"("person_id");
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");
CREATE INDEX "api_token_user_id_idx" ON "api_token"("user_id");

-- AddForeignKey
ALTER TABLE "import" ADD CONSTRAINT "import_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "import" ADD CONSTRAINT "import_circle_id_fkey" FOREIGN KEY ("circle_id") REFERENCES "circle"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "import_row" ADD CONSTRAINT "import_row_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "import"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "import_staged" ADD CONSTRAINT "import_staged_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "import"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "import_person" ADD CONSTRAINT "import_person_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "import"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
