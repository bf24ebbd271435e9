-- CreateIndex
CREATE INDEX "upload_project_id_idx" ON "files"."upload"("project_id");

-- CreateIndex
CREATE INDEX "link_attachment_project_id_idx" ON "files"."link_attachment"("project_id");
