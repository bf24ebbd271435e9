-- AlterTable
ALTER TABLE "notifications"."email_delivery" ADD COLUMN     "report" JSONB;
