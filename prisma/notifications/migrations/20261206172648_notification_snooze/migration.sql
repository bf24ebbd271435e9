-- AlterTable
ALTER TABLE "notifications"."notification" ADD COLUMN     "snoozed_until" TIMESTAMPTZ(3);

-- The inbox sorts by when a notification was created, or by when its snooze ended if later (GREATEST ignores a NULL snooze)
DROP INDEX "notifications"."notification_inbox_idx";
CREATE INDEX "notification_inbox_idx" ON "notifications"."notification" ("recipient_id", GREATEST("created_at", "snoozed_until") DESC, "id" DESC) WHERE "archived_at" IS NULL AND "in_app";

-- Lists that include archived notifications walk this one in the same order
CREATE INDEX "notification_recipient_inbox_at_idx" ON "notifications"."notification" ("recipient_id", GREATEST("created_at", "snoozed_until") DESC, "id" DESC) WHERE "in_app";
