-- Hand-written indexes for work item lists and boards (see subgraphs/work-items/README.md, "Indexes and
-- query plans", and npm run explain:work-items). The datamodel does not change.

-- Project.workItems sorted by RANK: a keyset range scan on (rank, id) within the project.
CREATE INDEX "work_item_project_id_rank_id_idx" ON "work_items"."work_item" ("project_id", "rank", "id");

-- Sorted by DUE_DATE: items without a due date come last in both directions, so the sort key is the
-- due date with a missing one as +infinity (ascending) or -infinity (descending), never null.
CREATE INDEX "work_item_project_id_due_last_asc_idx" ON "work_items"."work_item"
  ("project_id", (COALESCE("due_date", 'infinity'::date)), "id");
CREATE INDEX "work_item_project_id_due_last_desc_idx" ON "work_items"."work_item"
  ("project_id", (COALESCE("due_date", '-infinity'::date)), "id");

-- Board column counts and unarchived item counts: an index-only scan of the unarchived items.
CREATE INDEX "work_item_unarchived_state_idx" ON "work_items"."work_item" ("project_id", "state_id")
  WHERE "archived_at" IS NULL;
