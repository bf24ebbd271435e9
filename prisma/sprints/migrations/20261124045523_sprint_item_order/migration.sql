-- DropIndex
DROP INDEX "sprints"."sprint_item_sprint_id_added_at_work_item_id_idx";

-- AlterTable
ALTER TABLE "sprints"."sprint_item" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- AlterTable
ALTER TABLE "sprints"."scope_change" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- CreateIndex
CREATE INDEX "sprint_item_sprint_id_seq_idx" ON "sprints"."sprint_item"("sprint_id", "seq");
