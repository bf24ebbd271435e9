-- CreateIndex
CREATE INDEX "team_member_team_id_created_at_user_id_idx" ON "projects"."team_member"("team_id", "created_at", "user_id");

-- CreateIndex
CREATE INDEX "project_team_project_id_created_at_team_id_idx" ON "projects"."project_team"("project_id", "created_at", "team_id");
