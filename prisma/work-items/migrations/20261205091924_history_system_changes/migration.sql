-- AlterTable
ALTER TABLE "work_items"."history_entry" ADD COLUMN     "source" TEXT,
ALTER COLUMN "actor_id" DROP NOT NULL;
