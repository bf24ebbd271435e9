-- CreateIndex
CREATE INDEX "watcher_work_item_id_updated_at_user_id_idx" ON "notifications"."watcher"("work_item_id", "updated_at", "user_id");
