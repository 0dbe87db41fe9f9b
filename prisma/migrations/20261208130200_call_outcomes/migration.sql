-- The call list's outcomes: each call to someone asked to a mobilization is logged as a contact
-- (an interaction) and leaves its outcome on the commitment, so the list shows who did not answer
-- and who got a message, and moves those who said yes or no along.

CREATE TYPE "CallOutcome" AS ENUM ('YES', 'NO_ANSWER', 'LEFT_MESSAGE', 'NO');

ALTER TABLE "commitment" ADD COLUMN "call_outcome" "CallOutcome";
ALTER TABLE "commitment" ADD COLUMN "called_at" TIMESTAMPTZ(3);
