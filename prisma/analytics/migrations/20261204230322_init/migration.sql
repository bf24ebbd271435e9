-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "analytics";

-- CreateTable
CREATE TABLE "analytics"."item_fact" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "state_id" UUID NOT NULL,
    "state_category" TEXT NOT NULL,
    "assignee_id" UUID,
    "reporter_id" UUID NOT NULL,
    "estimate" DOUBLE PRECISION,
    "parent_id" UUID,
    "label_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "discarded_at" TIMESTAMPTZ(3),
    "reopened_count" INTEGER NOT NULL DEFAULT 0,
    "archived_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL,

    CONSTRAINT "item_fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analytics"."state_change" (
    "item_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "project_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actor_id" UUID,
    "from_state_id" UUID,
    "to_state_id" UUID NOT NULL,
    "from_category" TEXT,
    "to_category" TEXT NOT NULL,

    CONSTRAINT "state_change_pkey" PRIMARY KEY ("item_id","version")
);

-- CreateTable
CREATE TABLE "analytics"."project_state" (
    "project_id" UUID NOT NULL,
    "state_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "first_seen" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "project_state_pkey" PRIMARY KEY ("project_id","state_id")
);

-- CreateTable
CREATE TABLE "analytics"."state_day_delta" (
    "project_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "state_id" UUID NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "state_day_delta_pkey" PRIMARY KEY ("project_id","day","state_id")
);

-- CreateTable
CREATE TABLE "analytics"."project_flow_settings" (
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "started_state_ids" UUID[],
    "done_state_ids" UUID[],
    "updated_by_id" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "project_flow_settings_pkey" PRIMARY KEY ("project_id")
);

-- CreateTable
CREATE TABLE "analytics"."team_project" (
    "team_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,

    CONSTRAINT "team_project_pkey" PRIMARY KEY ("team_id","project_id")
);

-- CreateTable
CREATE TABLE "analytics"."dashboard" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sharing" TEXT NOT NULL DEFAULT 'PRIVATE',
    "project_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dashboard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analytics"."dashboard_widget" (
    "id" UUID NOT NULL,
    "dashboard_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "population" JSONB NOT NULL,
    "parameters" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dashboard_widget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analytics"."dashboard_report_subscription" (
    "dashboard_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_week" DATE,

    CONSTRAINT "dashboard_report_subscription_pkey" PRIMARY KEY ("dashboard_id","user_id")
);

-- CreateTable
CREATE TABLE "analytics"."processed_events" (
    "consumer" TEXT NOT NULL,
    "event_id" UUID NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_events_pkey" PRIMARY KEY ("consumer","event_id")
);

-- CreateTable
CREATE TABLE "analytics"."outbox" (
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
CREATE INDEX "item_fact_project_id_finished_at_idx" ON "analytics"."item_fact"("project_id", "finished_at");

-- CreateIndex
CREATE INDEX "item_fact_project_id_created_at_idx" ON "analytics"."item_fact"("project_id", "created_at");

-- CreateIndex
CREATE INDEX "item_fact_project_id_started_at_idx" ON "analytics"."item_fact"("project_id", "started_at");

-- CreateIndex
CREATE INDEX "item_fact_parent_id_idx" ON "analytics"."item_fact"("parent_id");

-- CreateIndex
CREATE INDEX "state_change_project_id_at_idx" ON "analytics"."state_change"("project_id", "at");

-- CreateIndex
CREATE INDEX "team_project_project_id_idx" ON "analytics"."team_project"("project_id");

-- CreateIndex
CREATE INDEX "dashboard_organization_id_owner_id_created_at_id_idx" ON "analytics"."dashboard"("organization_id", "owner_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "dashboard_project_id_idx" ON "analytics"."dashboard"("project_id");

-- CreateIndex
CREATE INDEX "dashboard_widget_dashboard_id_position_idx" ON "analytics"."dashboard_widget"("dashboard_id", "position");

-- CreateIndex
CREATE INDEX "dashboard_report_subscription_user_id_idx" ON "analytics"."dashboard_report_subscription"("user_id");

-- CreateIndex
CREATE INDEX "dashboard_report_subscription_last_week_idx" ON "analytics"."dashboard_report_subscription"("last_week");

-- CreateIndex
CREATE INDEX "processed_events_processed_at_idx" ON "analytics"."processed_events"("processed_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_id_key" ON "analytics"."outbox"("id");

-- AddForeignKey
ALTER TABLE "analytics"."dashboard_widget" ADD CONSTRAINT "dashboard_widget_dashboard_id_fkey" FOREIGN KEY ("dashboard_id") REFERENCES "analytics"."dashboard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analytics"."dashboard_report_subscription" ADD CONSTRAINT "dashboard_report_subscription_dashboard_id_fkey" FOREIGN KEY ("dashboard_id") REFERENCES "analytics"."dashboard"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- Hand-written: the outbox relay's indexes and the trigger that wakes it (see the projects schema's
-- outbox migration: the function body is an escape string whose semicolons are written as \073).
CREATE INDEX "outbox_pending_idx" ON "analytics"."outbox" ("seq") WHERE "published_at" IS NULL;

CREATE INDEX "outbox_published_at_idx" ON "analytics"."outbox" ("published_at") WHERE "published_at" IS NOT NULL;

CREATE FUNCTION "analytics"."notify_outbox"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN PERFORM pg_notify(''workgraph_outbox'', TG_TABLE_SCHEMA)\073 RETURN NULL\073 END';

CREATE TRIGGER "outbox_notify" AFTER INSERT ON "analytics"."outbox"
  FOR EACH STATEMENT EXECUTE FUNCTION "analytics"."notify_outbox"();

-- Hand-written: aging WIP reads a project's open started items, and most items are finished, so a partial
-- index keeps that read small at 100,000 items.
CREATE INDEX "item_fact_open_started_idx" ON "analytics"."item_fact" ("project_id", "started_at")
  WHERE "finished_at" IS NULL AND "discarded_at" IS NULL AND "archived_at" IS NULL AND "deleted_at" IS NULL;
