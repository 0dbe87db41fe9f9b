-- Scheduled backups, their record, and the background worker's heartbeat (issue 11).
-- Written by hand in Prisma's layout; see prisma/schema.prisma.

-- How a backup was started: by the daily schedule, by leadership's "Back up now", or by `npm run backup`.
CREATE TYPE "BackupTrigger" AS ENUM ('SCHEDULE', 'REQUEST', 'COMMAND');

-- Leadership's schedule: one row, made here, so every read finds it. keep_count: how many
-- scheduled backups stay in the backup folder; older ones are deleted after each new one.
-- requested_at: "Back up now" was asked for and not yet taken up by a worker.
CREATE TABLE "backup_schedule" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "keep_count" INTEGER NOT NULL DEFAULT 14,
    "requested_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "backup_schedule_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "backup_schedule_single_row" CHECK ("id" = 1),
    CONSTRAINT "backup_schedule_keep_count_range" CHECK ("keep_count" BETWEEN 1 AND 365)
);

INSERT INTO "backup_schedule" ("id") VALUES (1);

-- Each backup, as it started and ended: ok is NULL while it runs. The file's name only (not its folder).
CREATE TABLE "backup_run" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "trigger" "BackupTrigger" NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "ok" BOOLEAN,
    "file_name" TEXT,
    "bytes" BIGINT,
    "error" TEXT,
    CONSTRAINT "backup_run_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "backup_run_started_at_idx" ON "backup_run"("started_at");

-- One row per running worker (lib/jobs/worker.ts), beaten every few seconds: GET /api/health
-- reports whether any worker is alive. A worker that stops deletes its row.
CREATE TABLE "worker_heartbeat" (
    "worker_id" TEXT NOT NULL,
    "beat_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "worker_heartbeat_pkey" PRIMARY KEY ("worker_id")
);
