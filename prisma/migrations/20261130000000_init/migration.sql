-- Leaven's first schema. Written by hand in Prisma's layout; see prisma/schema.prisma.

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'MEMBER');
CREATE TYPE "LadderStage" AS ENUM ('CONTACT', 'SUPPORTER', 'VOLUNTEER', 'MEMBER', 'LEADER');
CREATE TYPE "VoterStatus" AS ENUM ('YES', 'NO', 'UNKNOWN');
CREATE TYPE "CircleKind" AS ENUM ('MEMBER_CIRCLE', 'HOMETOWN_CLUB', 'SCHOOL_COUNCIL', 'PRECINCT_TEAM', 'FAITH', 'UNION', 'YOUTH', 'INFORMAL', 'OTHER');
CREATE TYPE "CircleRole" AS ENUM ('LEADER', 'MEMBER');
CREATE TYPE "OrganizationKind" AS ENUM ('COMMUNITY', 'LABOR', 'FAITH', 'TENANT', 'ADVOCACY', 'POLITICAL', 'EDUCATION', 'OTHER');
CREATE TYPE "Closeness" AS ENUM ('CORE_ALLY', 'ALLY', 'OCCASIONAL', 'DISTANT');
CREATE TYPE "RelationshipKind" AS ENUM ('FAMILY', 'FRIEND', 'NEIGHBOUR', 'COWORKER', 'CONGREGATION', 'CLASSMATE', 'OTHER');
CREATE TYPE "InteractionKind" AS ENUM ('ONE_ON_ONE', 'CALL', 'TEXT', 'DOOR', 'MEETING', 'EVENT', 'SOCIAL');
CREATE TYPE "ScopeKind" AS ENUM ('CIRCLE', 'ORGANIZATION', 'PRECINCT');

-- CreateTable
CREATE TABLE "ward" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "ward_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ward_number_positive" CHECK ("number" > 0)
);

CREATE TABLE "precinct" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ward_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT,
    "captain_id" UUID,
    CONSTRAINT "precinct_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "precinct_number_positive" CHECK ("number" > 0)
);

CREATE TABLE "person" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "given_name" TEXT,
    "family_name" TEXT,
    "preferred_name" TEXT,
    "pronouns" TEXT,
    "preferred_language" TEXT NOT NULL DEFAULT 'es',
    "languages" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "street" TEXT,
    "city" TEXT,
    "postal_code" TEXT,
    "ward_id" UUID,
    "precinct_id" UUID,
    "ladder_stage" "LadderStage" NOT NULL DEFAULT 'CONTACT',
    "member_since" DATE,
    "recruited_by_id" UUID,
    "source" TEXT,
    "registered_voter" "VoterStatus" NOT NULL DEFAULT 'UNKNOWN',
    "notes" TEXT,
    "contact_consent" BOOLEAN NOT NULL DEFAULT false,
    "do_not_contact" BOOLEAN NOT NULL DEFAULT false,
    "added_by_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "person_pkey" PRIMARY KEY ("id"),
    -- A nickname alone is a valid record; a record with no name at all is not.
    CONSTRAINT "person_has_a_name" CHECK (
        COALESCE(NULLIF(btrim("given_name"), ''), NULLIF(btrim("preferred_name"), ''), NULLIF(btrim("family_name"), '')) IS NOT NULL
    ),
    CONSTRAINT "person_not_own_recruiter" CHECK ("recruited_by_id" IS DISTINCT FROM "id")
);

CREATE TABLE "person_email" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "subscribed" BOOLEAN NOT NULL DEFAULT true,
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "person_email_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "person_email_lowercase" CHECK ("email" = lower("email") AND position('@' in "email") > 1)
);

CREATE TABLE "person_phone" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "e164" TEXT NOT NULL,
    "sms_capable" BOOLEAN NOT NULL DEFAULT true,
    "do_not_call" BOOLEAN NOT NULL DEFAULT false,
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "person_phone_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "person_phone_e164" CHECK ("e164" ~ '^\+[1-9][0-9]{6,14}$')
);

CREATE TABLE "tag" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    CONSTRAINT "tag_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "person_tag" (
    "person_id" UUID NOT NULL,
    "tag_id" UUID NOT NULL,
    CONSTRAINT "person_tag_pkey" PRIMARY KEY ("person_id", "tag_id")
);

CREATE TABLE "ladder_change" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" UUID NOT NULL,
    "from_stage" "LadderStage",
    "to_stage" "LadderStage" NOT NULL,
    "credited_id" UUID,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ladder_change_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "circle" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "kind" "CircleKind" NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "circle_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "circle_name_not_blank" CHECK (btrim("name") <> '')
);

CREATE TABLE "circle_membership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "circle_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "CircleRole" NOT NULL DEFAULT 'MEMBER',
    "since" DATE NOT NULL DEFAULT CURRENT_DATE,
    CONSTRAINT "circle_membership_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "organization" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "closeness" "Closeness" NOT NULL DEFAULT 'ALLY',
    "owner_user_id" UUID,
    "agreement_notes" TEXT,
    "disagreement_notes" TEXT,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "organization_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "organization_name_not_blank" CHECK (btrim("name") <> '')
);

CREATE TABLE "affiliation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" TEXT,
    "is_point_person" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "affiliation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "relationship" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_a_id" UUID NOT NULL,
    "person_b_id" UUID NOT NULL,
    "kind" "RelationshipKind" NOT NULL,
    "strength" SMALLINT NOT NULL DEFAULT 2,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "relationship_pkey" PRIMARY KEY ("id"),
    -- One row per pair, in a fixed order, so "A knows B" and "B knows A" cannot both be stored.
    CONSTRAINT "relationship_ordered_pair" CHECK ("person_a_id" < "person_b_id"),
    CONSTRAINT "relationship_strength_range" CHECK ("strength" BETWEEN 1 AND 3)
);

CREATE TABLE "interaction" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "kind" "InteractionKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "notes" TEXT,
    "logged_by_id" UUID NOT NULL,
    "organization_id" UUID,
    "circle_id" UUID,
    "follow_up_on" DATE,
    "follow_up_done" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "interaction_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "interaction_summary_not_blank" CHECK (btrim("summary") <> '')
);

CREATE TABLE "interaction_person" (
    "interaction_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    CONSTRAINT "interaction_person_pkey" PRIMARY KEY ("interaction_id", "person_id")
);

CREATE TABLE "app_user" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "person_id" UUID,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "disabled_at" TIMESTAMPTZ(3),
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "app_user_email_lowercase" CHECK ("email" = lower("email"))
);

CREATE TABLE "session" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "token_hash" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "scope" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "kind" "ScopeKind" NOT NULL,
    "circle_id" UUID,
    "organization_id" UUID,
    "precinct_id" UUID,
    CONSTRAINT "scope_pkey" PRIMARY KEY ("id"),
    -- Exactly the target named by kind is set.
    CONSTRAINT "scope_one_target" CHECK (
        ("kind" = 'CIRCLE' AND "circle_id" IS NOT NULL AND "organization_id" IS NULL AND "precinct_id" IS NULL) OR
        ("kind" = 'ORGANIZATION' AND "organization_id" IS NOT NULL AND "circle_id" IS NULL AND "precinct_id" IS NULL) OR
        ("kind" = 'PRECINCT' AND "precinct_id" IS NOT NULL AND "circle_id" IS NULL AND "organization_id" IS NULL)
    )
);

CREATE TABLE "audit_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_user_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "changed_fields" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ward_number_key" ON "ward"("number");
CREATE UNIQUE INDEX "precinct_ward_id_number_key" ON "precinct"("ward_id", "number");
CREATE INDEX "person_precinct_id_idx" ON "person"("precinct_id");
CREATE INDEX "person_ward_id_idx" ON "person"("ward_id");
CREATE INDEX "person_recruited_by_id_idx" ON "person"("recruited_by_id");
CREATE INDEX "person_added_by_user_id_idx" ON "person"("added_by_user_id");
CREATE UNIQUE INDEX "person_email_person_id_email_key" ON "person_email"("person_id", "email");
CREATE INDEX "person_email_email_idx" ON "person_email"("email");
CREATE UNIQUE INDEX "person_phone_person_id_e164_key" ON "person_phone"("person_id", "e164");
CREATE INDEX "person_phone_e164_idx" ON "person_phone"("e164");
CREATE UNIQUE INDEX "tag_name_key" ON "tag"("name");
CREATE INDEX "person_tag_tag_id_idx" ON "person_tag"("tag_id");
CREATE INDEX "ladder_change_person_id_changed_at_idx" ON "ladder_change"("person_id", "changed_at");
CREATE UNIQUE INDEX "circle_membership_circle_id_person_id_key" ON "circle_membership"("circle_id", "person_id");
CREATE INDEX "circle_membership_person_id_idx" ON "circle_membership"("person_id");
CREATE UNIQUE INDEX "affiliation_organization_id_person_id_key" ON "affiliation"("organization_id", "person_id");
CREATE INDEX "affiliation_person_id_idx" ON "affiliation"("person_id");
CREATE UNIQUE INDEX "relationship_person_a_id_person_b_id_key" ON "relationship"("person_a_id", "person_b_id");
CREATE INDEX "relationship_person_b_id_idx" ON "relationship"("person_b_id");
CREATE INDEX "interaction_logged_by_id_follow_up_on_idx" ON "interaction"("logged_by_id", "follow_up_on");
CREATE INDEX "interaction_organization_id_occurred_at_idx" ON "interaction"("organization_id", "occurred_at");
CREATE INDEX "interaction_circle_id_occurred_at_idx" ON "interaction"("circle_id", "occurred_at");
CREATE INDEX "interaction_person_person_id_idx" ON "interaction_person"("person_id");
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");
CREATE UNIQUE INDEX "app_user_person_id_key" ON "app_user"("person_id");
CREATE UNIQUE INDEX "session_token_hash_key" ON "session"("token_hash");
CREATE INDEX "session_user_id_idx" ON "session"("user_id");
CREATE INDEX "scope_user_id_idx" ON "scope"("user_id");
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");
CREATE INDEX "audit_event_actor_user_id_at_idx" ON "audit_event"("actor_user_id", "at");
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- AddForeignKey
ALTER TABLE "precinct" ADD CONSTRAINT "precinct_ward_id_fkey" FOREIGN KEY ("ward_id") REFERENCES "ward"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "precinct" ADD CONSTRAINT "precinct_captain_id_fkey" FOREIGN KEY ("captain_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "person" ADD CONSTRAINT "person_ward_id_fkey" FOREIGN KEY ("ward_id") REFERENCES "ward"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "person" ADD CONSTRAINT "person_precinct_id_fkey" FOREIGN KEY ("precinct_id") REFERENCES "precinct"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "person" ADD CONSTRAINT "person_recruited_by_id_fkey" FOREIGN KEY ("recruited_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "person" ADD CONSTRAINT "person_added_by_user_id_fkey" FOREIGN KEY ("added_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "person_email" ADD CONSTRAINT "person_email_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "person_phone" ADD CONSTRAINT "person_phone_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "person_tag" ADD CONSTRAINT "person_tag_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "person_tag" ADD CONSTRAINT "person_tag_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ladder_change" ADD CONSTRAINT "ladder_change_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "circle_membership" ADD CONSTRAINT "circle_membership_circle_id_fkey" FOREIGN KEY ("circle_id") REFERENCES "circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "circle_membership" ADD CONSTRAINT "circle_membership_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "organization" ADD CONSTRAINT "organization_owner_user_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "affiliation" ADD CONSTRAINT "affiliation_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "affiliation" ADD CONSTRAINT "affiliation_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "relationship" ADD CONSTRAINT "relationship_person_a_id_fkey" FOREIGN KEY ("person_a_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "relationship" ADD CONSTRAINT "relationship_person_b_id_fkey" FOREIGN KEY ("person_b_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "interaction" ADD CONSTRAINT "interaction_logged_by_id_fkey" FOREIGN KEY ("logged_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "interaction" ADD CONSTRAINT "interaction_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "interaction" ADD CONSTRAINT "interaction_circle_id_fkey" FOREIGN KEY ("circle_id") REFERENCES "circle"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "interaction_person" ADD CONSTRAINT "interaction_person_interaction_id_fkey" FOREIGN KEY ("interaction_id") REFERENCES "interaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "interaction_person" ADD CONSTRAINT "interaction_person_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "scope" ADD CONSTRAINT "scope_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "scope" ADD CONSTRAINT "scope_circle_id_fkey" FOREIGN KEY ("circle_id") REFERENCES "circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "scope" ADD CONSTRAINT "scope_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "scope" ADD CONSTRAINT "scope_precinct_id_fkey" FOREIGN KEY ("precinct_id") REFERENCES "precinct"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
