-- DropIndex
DROP INDEX "users"."organization_member_user_id_idx";

-- CreateIndex
CREATE INDEX "organization_member_user_id_created_at_organization_id_idx" ON "users"."organization_member"("user_id", "created_at", "organization_id");
