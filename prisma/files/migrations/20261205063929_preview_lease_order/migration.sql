-- Hand-written index for the preview worker (see npm run explain:files). The datamodel does not change.

-- leasePendingBlob takes the pending blob first in (preview_after NULLS FIRST, created_at) order: never
-- tried, then due again, then leased. The index of the init migration keeps nulls last, so every lease
-- read and sorted all pending blobs (1,800 rows, 10 ms at 2,000 pending). In the lease order the scan
-- stops at the first blob due.
DROP INDEX "files"."blob_preview_pending_idx";

CREATE INDEX "blob_preview_pending_idx" ON "files"."blob" ("preview_after" NULLS FIRST, "created_at")
  WHERE "preview_status" = 'PENDING';
