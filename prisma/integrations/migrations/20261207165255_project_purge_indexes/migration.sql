-- CreateIndex
CREATE INDEX "vcs_link_project_id_idx" ON "integrations"."vcs_link"("project_id");
