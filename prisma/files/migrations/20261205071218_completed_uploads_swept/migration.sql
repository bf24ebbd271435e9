-- DropIndex
DROP INDEX "files"."upload_created_by_created_at_idx";

-- Hand-written: the sweeper removes completed uploads a day after completion (their files keep
-- everything that matters), reading only those through this partial index.
CREATE INDEX "upload_completed_at_idx" ON "files"."upload" ("completed_at") WHERE "completed_at" IS NOT NULL;
