-- A server action already done, by the key its form sent: the same form sent twice applies once.
CREATE TABLE "idempotency_key" (
    "user_id" UUID NOT NULL,
    "key" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "result" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("user_id", "key")
);

CREATE INDEX "idempotency_key_created_at_idx" ON "idempotency_key"("created_at");
