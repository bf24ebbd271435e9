-- AlterTable
ALTER TABLE "projects"."project" ADD COLUMN     "archived_at" TIMESTAMPTZ(3);
