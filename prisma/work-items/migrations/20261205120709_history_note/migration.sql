-- AlterTable
ALTER TABLE "work_items"."history_entry" ADD COLUMN     "note" TEXT;
