-- AlterTable
ALTER TABLE "notifications"."notification" ADD COLUMN     "invitation_id" UUID;

-- AlterTable
ALTER TABLE "notifications"."email_delivery" ADD COLUMN     "invitation" JSONB,
ADD COLUMN     "recipient_email" TEXT,
ALTER COLUMN "recipient_id" DROP NOT NULL;
