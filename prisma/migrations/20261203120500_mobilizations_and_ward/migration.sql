-- Mobilizations (quotas, commitments) and election results. Written by hand in Prisma's layout;
-- see prisma/schema.prisma.

-- CreateEnum
CREATE TYPE "MobilizationKind" AS ENUM ('RALLY', 'BUS_TRIP', 'CANVASS', 'LOBBY_DAY', 'EDUCATION_SESSION', 'ELECTION_DAY', 'MEETING');
CREATE TYPE "GoalUnit" AS ENUM ('SEATS', 'PEOPLE');
CREATE TYPE "CommitmentStatus" AS ENUM ('ASKED', 'COMMITTED', 'CONFIRMED', 'ATTENDED', 'NO_SHOW', 'DECLINED');

-- CreateTable
CREATE TABLE "mobilization" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "kind" "MobilizationKind" NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT,
    "description" TEXT,
    "goal" INTEGER NOT NULL,
    "goal_unit" "GoalUnit" NOT NULL DEFAULT 'PEOPLE',
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "mobilization_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "mobilization_name_not_blank" CHECK (btrim("name") <> ''),
    CONSTRAINT "mobilization_goal_positive" CHECK ("goal" > 0)
);

CREATE TABLE "quota" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "mobilization_id" UUID NOT NULL,
    "circle_id" UUID,
    "organization_id" UUID,
    "target" INTEGER NOT NULL,
    CONSTRAINT "quota_pkey" PRIMARY KEY ("id"),
    -- A circle's, an ally's, or (neither) the open seats: never both.
    CONSTRAINT "quota_one_target" CHECK ("circle_id" IS NULL OR "organization_id" IS NULL),
    CONSTRAINT "quota_target_not_negative" CHECK ("target" >= 0)
);

CREATE TABLE "commitment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "mobilization_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "quota_id" UUID,
    "asked_by_id" UUID,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'ASKED',
    "need_interpretation" BOOLEAN NOT NULL DEFAULT false,
    "need_childcare" BOOLEAN NOT NULL DEFAULT false,
    "need_accessibility" BOOLEAN NOT NULL DEFAULT false,
    "need_seat_near_door" BOOLEAN NOT NULL DEFAULT false,
    "needs_note" TEXT,
    "answered_at" TIMESTAMPTZ(3),
    "checked_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "commitment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "election_result_set" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "vote_columns" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "imported_by_id" UUID,
    CONSTRAINT "election_result_set_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "election_result_set_name_not_blank" CHECK (btrim("name") <> '')
);

CREATE TABLE "election_result" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "set_id" UUID NOT NULL,
    "ward_number" INTEGER NOT NULL,
    "precinct_number" INTEGER NOT NULL,
    "precinct_id" UUID,
    "registered" INTEGER NOT NULL,
    "ballots" INTEGER NOT NULL,
    "votes" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[],
    CONSTRAINT "election_result_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "election_result_counts" CHECK ("registered" >= 0 AND "ballots" >= 0)
);

CREATE TABLE "stat_snapshot" (
    "key" TEXT NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL,
    "payload" JSONB NOT NULL,
    CONSTRAINT "stat_snapshot_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "mobilization_starts_at_idx" ON "mobilization"("starts_at");
CREATE UNIQUE INDEX "quota_mobilization_id_circle_id_key" ON "quota"("mobilization_id", "circle_id");
CREATE UNIQUE INDEX "quota_mobilization_id_organization_id_key" ON "quota"("mobilization_id", "organization_id");
-- One open-seats quota per mobilization (SQL only: Prisma cannot express a partial index).
CREATE UNIQUE INDEX "quota_one_open_per_mobilization" ON "quota"("mobilization_id") WHERE "circle_id" IS NULL AND "organization_id" IS NULL;
CREATE UNIQUE INDEX "commitment_mobilization_id_person_id_key" ON "commitment"("mobilization_id", "person_id");
CREATE INDEX "commitment_person_id_idx" ON "commitment"("person_id");
CREATE INDEX "commitment_quota_id_idx" ON "commitment"("quota_id");
CREATE INDEX "commitment_asked_by_id_idx" ON "commitment"("asked_by_id");
CREATE UNIQUE INDEX "election_result_set_name_key" ON "election_result_set"("name");
CREATE UNIQUE INDEX "election_result_set_id_ward_number_precinct_number_key" ON "election_result"("set_id", "ward_number", "precinct_number");
CREATE INDEX "election_result_precinct_id_idx" ON "election_result"("precinct_id");
-- The dashboard's "moves up in the last 90 days" and the membership curve read these.
CREATE INDEX "ladder_change_changed_at_idx" ON "ladder_change"("changed_at");
CREATE INDEX "interaction_occurred_at_idx" ON "interaction"("occurred_at");
-- Follow-ups due: only the open ones are ever looked up.
CREATE INDEX "interaction_follow_up_due_idx" ON "interaction"("follow_up_on") WHERE "follow_up_done" = false;

-- AddForeignKey
ALTER TABLE "mobilization" ADD CONSTRAINT "mobilization_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "quota" ADD CONSTRAINT "quota_mobilization_id_fkey" FOREIGN KEY ("mobilization_id") REFERENCES "mobilization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quota" ADD CONSTRAINT "quota_circle_id_fkey" FOREIGN KEY ("circle_id") REFERENCES "circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quota" ADD CONSTRAINT "quota_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_mobilization_id_fkey" FOREIGN KEY ("mobilization_id") REFERENCES "mobilization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_quota_id_fkey" FOREIGN KEY ("quota_id") REFERENCES "quota"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_asked_by_id_fkey" FOREIGN KEY ("asked_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "election_result_set" ADD CONSTRAINT "election_result_set_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "election_result" ADD CONSTRAINT "election_result_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "election_result_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "election_result" ADD CONSTRAINT "election_result_precinct_id_fkey" FOREIGN KEY ("precinct_id") REFERENCES "precinct"("id") ON DELETE SET NULL ON UPDATE CASCADE;
