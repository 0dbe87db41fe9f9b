-- Sign-in that strangers cannot abuse, two-factor sign-in, sessions a user can see and end,
-- API tokens that expire (issue 13, items 1 and 2).

-- Counters for every limit (lib/data/limits/counter.ts): sign-in failures per account and address,
-- requests per API token and per session. One row per key, its window starting at its first hit;
-- counted with one INSERT ... ON CONFLICT DO UPDATE ... RETURNING, so several app servers share
-- them and a burst of requests cannot all pass the check before any is counted. Keys are hashes
-- or ids, never an email or an address.
CREATE TABLE "rate_limit" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hits" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "rate_limit_window_start_idx" ON "rate_limit"("window_start");

-- The failures these counters replace.
DROP TABLE "login_attempt";

-- Sessions: what browser, when last active (the idle timeout), whether the second factor is still
-- to come (a session awaiting it is no sign-in yet), and the failed attempts to tell the user of.
ALTER TABLE "session"
    ADD COLUMN "user_agent" TEXT,
    ADD COLUMN "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ADD COLUMN "awaiting_second_factor" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "failed_sign_ins" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "last_failed_sign_in_at" TIMESTAMPTZ(3);

-- A user's authenticator (TOTP, RFC 6238). `secret` is the one in use (null until confirmed),
-- `pending_secret` the one being set up; `last_step` the last time step accepted, so a code is
-- never accepted twice.
CREATE TABLE "two_factor" (
    "user_id" UUID NOT NULL,
    "secret" TEXT,
    "enabled_at" TIMESTAMPTZ(3),
    "pending_secret" TEXT,
    "last_step" BIGINT NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "two_factor_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "two_factor_enabled_has_secret" CHECK (("enabled_at" IS NULL) = ("secret" IS NULL))
);
ALTER TABLE "two_factor" ADD CONSTRAINT "two_factor_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One-time recovery codes: only their SHA-256 is kept.
CREATE TABLE "recovery_code" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "code_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "used_at" TIMESTAMPTZ(3),
    CONSTRAINT "recovery_code_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "recovery_code_code_hash_key" ON "recovery_code"("code_hash");
CREATE INDEX "recovery_code_user_id_idx" ON "recovery_code"("user_id");
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- How long a session lasts: signed out after this many hours without a request, and after this
-- many days whatever happens (phones are often shared in a family).
ALTER TABLE "app_setting"
    ADD COLUMN "session_idle_hours" INTEGER NOT NULL DEFAULT 12,
    ADD COLUMN "session_max_days" INTEGER NOT NULL DEFAULT 14,
    ADD CONSTRAINT "app_setting_session_idle_hours_range" CHECK ("session_idle_hours" BETWEEN 1 AND 720),
    ADD CONSTRAINT "app_setting_session_max_days_range" CHECK ("session_max_days" BETWEEN 1 AND 90);

-- API tokens expire. Tokens made before this get 90 days from now, as a new token does by default.
ALTER TABLE "api_token" ADD COLUMN "expires_at" TIMESTAMPTZ(3);
UPDATE "api_token" SET "expires_at" = CURRENT_TIMESTAMP + interval '90 days';
ALTER TABLE "api_token" ALTER COLUMN "expires_at" SET NOT NULL;
