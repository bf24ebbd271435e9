-- DropIndex
DROP INDEX "analytics"."item_fact_project_id_finished_at_idx";

-- CreateIndex
CREATE INDEX "item_fact_project_id_finished_at_id_idx" ON "analytics"."item_fact"("project_id", "finished_at", "id");

-- CreateIndex
CREATE INDEX "item_fact_project_id_assignee_id_idx" ON "analytics"."item_fact"("project_id", "assignee_id");

-- CreateIndex
CREATE INDEX "item_fact_label_ids_idx" ON "analytics"."item_fact" USING GIN ("label_ids" array_ops);

-- Written by hand (Prisma has no INCLUDE): a narrowed population's cumulative flow reads each of its
-- items' state changes in order, and this index answers that without visiting the table
CREATE INDEX "state_change_timeline_idx" ON "analytics"."state_change" ("item_id", "version") INCLUDE ("at", "to_state_id");
