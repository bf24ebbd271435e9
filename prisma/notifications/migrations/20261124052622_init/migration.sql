-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "notifications";

-- CreateTable
CREATE TABLE "notifications"."notification" (
    "id" UUID NOT NULL,
    "recipient_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "event_id" UUID NOT NULL,
    "actor_id" UUID,
    "project_id" UUID,
    "work_item_id" UUID,
    "sprint_id" UUID,
    "summary" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "archived_at" TIMESTAMPTZ(3),
    "in_app" BOOLEAN NOT NULL DEFAULT true,
    "email_delivery_id" UUID,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications"."watcher" (
    "work_item_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "watching" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "watcher_pkey" PRIMARY KEY ("work_item_id","user_id")
);

-- CreateTable
CREATE TABLE "notifications"."channel_preference" (
    "user_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "in_app" BOOLEAN NOT NULL,
    "email" BOOLEAN NOT NULL,

    CONSTRAINT "channel_preference_pkey" PRIMARY KEY ("user_id","type")
);

-- CreateTable
CREATE TABLE "notifications"."email_settings" (
    "user_id" UUID NOT NULL,
    "quiet_start" INTEGER,
    "quiet_end" INTEGER,
    "digest" TEXT NOT NULL DEFAULT 'NONE',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "email_settings_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "notifications"."email_delivery" (
    "id" UUID NOT NULL,
    "recipient_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "message_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "email_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications"."work_item" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "assignee_id" UUID,
    "reporter_id" UUID NOT NULL,
    "state_category" TEXT NOT NULL,
    "archived" BOOLEAN NOT NULL,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL,

    CONSTRAINT "work_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications"."processed_events" (
    "consumer" TEXT NOT NULL,
    "event_id" UUID NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_events_pkey" PRIMARY KEY ("consumer","event_id")
);

-- CreateTable
CREATE TABLE "notifications"."outbox" (
    "seq" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "stream" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "envelope" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "notification_recipient_id_created_at_id_idx" ON "notifications"."notification"("recipient_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "notification_email_delivery_id_idx" ON "notifications"."notification"("email_delivery_id");

-- CreateIndex
CREATE UNIQUE INDEX "notification_event_id_recipient_id_key" ON "notifications"."notification"("event_id", "recipient_id");

-- CreateIndex
CREATE INDEX "watcher_user_id_idx" ON "notifications"."watcher"("user_id");

-- CreateIndex
CREATE INDEX "email_delivery_status_due_at_idx" ON "notifications"."email_delivery"("status", "due_at");

-- CreateIndex
CREATE INDEX "email_delivery_recipient_id_kind_status_idx" ON "notifications"."email_delivery"("recipient_id", "kind", "status");

-- CreateIndex
CREATE INDEX "work_item_project_id_idx" ON "notifications"."work_item"("project_id");

-- CreateIndex
CREATE INDEX "processed_events_processed_at_idx" ON "notifications"."processed_events"("processed_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_id_key" ON "notifications"."outbox"("id");

-- AddForeignKey
ALTER TABLE "notifications"."notification" ADD CONSTRAINT "notification_email_delivery_id_fkey" FOREIGN KEY ("email_delivery_id") REFERENCES "notifications"."email_delivery"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the unread count and the inbox read these partial indexes.
CREATE INDEX "notification_unread_idx" ON "notifications"."notification" ("recipient_id") WHERE "read_at" IS NULL AND "archived_at" IS NULL AND "in_app";

CREATE INDEX "notification_inbox_idx" ON "notifications"."notification" ("recipient_id", "created_at" DESC, "id" DESC) WHERE "archived_at" IS NULL AND "in_app";

-- Hand-written: the outbox relay's indexes and the trigger that wakes it (see the projects schema's
-- outbox migration: the function body is an escape string whose semicolons are written as \073).
CREATE INDEX "outbox_pending_idx" ON "notifications"."outbox" ("seq") WHERE "published_at" IS NULL;

CREATE INDEX "outbox_published_at_idx" ON "notifications"."outbox" ("published_at") WHERE "published_at" IS NOT NULL;

CREATE FUNCTION "notifications"."notify_outbox"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN PERFORM pg_notify(''workgraph_outbox'', TG_TABLE_SCHEMA)\073 RETURN NULL\073 END';

CREATE TRIGGER "outbox_notify" AFTER INSERT ON "notifications"."outbox"
  FOR EACH STATEMENT EXECUTE FUNCTION "notifications"."notify_outbox"();
