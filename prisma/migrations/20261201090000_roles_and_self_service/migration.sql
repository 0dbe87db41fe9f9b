-- Roles and self-service: one-time links (invitations, password resets) and the sign-in lockout's
-- record of failed attempts. Written by hand in Prisma's layout; see prisma/schema.prisma.

-- CreateEnum
CREATE TYPE "OneTimeLinkPurpose" AS ENUM ('INVITE', 'RESET');

-- CreateTable
CREATE TABLE "one_time_link" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "token_hash" TEXT NOT NULL,
    "purpose" "OneTimeLinkPurpose" NOT NULL,
    "user_id" UUID NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "one_time_link_pkey" PRIMARY KEY ("id"),
    -- A SHA-256 in hex, never the token itself.
    CONSTRAINT "one_time_link_token_hash_sha256" CHECK ("token_hash" ~ '^[0-9a-f]{64}$')
);

CREATE TABLE "login_attempt" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "account_key" TEXT NOT NULL,
    "address_key" TEXT NOT NULL,
    CONSTRAINT "login_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "one_time_link_token_hash_key" ON "one_time_link"("token_hash");
CREATE INDEX "one_time_link_user_id_idx" ON "one_time_link"("user_id");
CREATE INDEX "login_attempt_account_key_at_idx" ON "login_attempt"("account_key", "at");
CREATE INDEX "login_attempt_address_key_at_idx" ON "login_attempt"("address_key", "at");
CREATE INDEX "login_attempt_at_idx" ON "login_attempt"("at");

-- AddForeignKey
ALTER TABLE "one_time_link" ADD CONSTRAINT "one_time_link_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "one_time_link" ADD CONSTRAINT "one_time_link_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
