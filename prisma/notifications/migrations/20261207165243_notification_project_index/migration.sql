-- CreateIndex
CREATE INDEX "notification_project_id_idx" ON "notifications"."notification"("project_id");
