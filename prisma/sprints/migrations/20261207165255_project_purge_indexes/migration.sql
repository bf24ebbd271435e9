-- CreateIndex
CREATE INDEX "work_item_history_project_id_idx" ON "sprints"."work_item_history"("project_id");
