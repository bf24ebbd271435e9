-- CreateIndex
CREATE INDEX "work_item_project_id_estimate_idx" ON "work_items"."work_item"("project_id", "estimate");
