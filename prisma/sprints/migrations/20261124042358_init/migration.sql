-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "sprints";

-- CreateTable
CREATE TABLE "sprints"."sprint" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "goal" TEXT NOT NULL DEFAULT '',
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PLANNED',
    "started_at" TIMESTAMPTZ(3),
    "started_by_id" UUID,
    "completed_at" TIMESTAMPTZ(3),
    "completed_by_id" UUID,
    "committed_points" DOUBLE PRECISION,
    "committed_item_count" INTEGER,
    "completed_points" DOUBLE PRECISION,
    "completed_item_count" INTEGER,
    "carried_over_points" DOUBLE PRECISION,
    "carried_over_item_count" INTEGER,
    "carried_over_to_id" UUID,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sprint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sprints"."sprint_item" (
    "sprint_id" UUID NOT NULL,
    "work_item_id" UUID NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL,
    "added_by_id" UUID,
    "open" BOOLEAN NOT NULL DEFAULT true,
    "outcome" TEXT,
    "final_points" DOUBLE PRECISION,

    CONSTRAINT "sprint_item_pkey" PRIMARY KEY ("sprint_id","work_item_id")
);

-- CreateTable
CREATE TABLE "sprints"."scope_change" (
    "id" UUID NOT NULL,
    "sprint_id" UUID NOT NULL,
    "work_item_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "actor_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "scope_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sprints"."member_capacity" (
    "sprint_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "days_off" DATE[],
    "focus_factor" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "points_per_day" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "member_capacity_pkey" PRIMARY KEY ("sprint_id","user_id")
);

-- CreateTable
CREATE TABLE "sprints"."work_item" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "parent_id" UUID,
    "estimate" DOUBLE PRECISION,
    "state_category" TEXT NOT NULL,
    "archived" BOOLEAN NOT NULL,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "work_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sprints"."work_item_history" (
    "id" UUID NOT NULL,
    "event_id" UUID,
    "work_item_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "actor_id" UUID,
    "estimate" DOUBLE PRECISION,
    "state_category" TEXT NOT NULL,
    "archived" BOOLEAN NOT NULL,
    "deleted" BOOLEAN NOT NULL,
    "project_id" UUID NOT NULL,

    CONSTRAINT "work_item_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sprints"."processed_events" (
    "consumer" TEXT NOT NULL,
    "event_id" UUID NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_events_pkey" PRIMARY KEY ("consumer","event_id")
);

-- CreateTable
CREATE TABLE "sprints"."outbox" (
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
CREATE INDEX "sprint_project_id_start_date_id_idx" ON "sprints"."sprint"("project_id", "start_date", "id");

-- CreateIndex
CREATE INDEX "sprint_project_id_state_start_date_id_idx" ON "sprints"."sprint"("project_id", "state", "start_date", "id");

-- CreateIndex
CREATE INDEX "sprint_item_sprint_id_added_at_work_item_id_idx" ON "sprints"."sprint_item"("sprint_id", "added_at", "work_item_id");

-- CreateIndex
CREATE INDEX "sprint_item_work_item_id_idx" ON "sprints"."sprint_item"("work_item_id");

-- CreateIndex
CREATE INDEX "scope_change_sprint_id_at_idx" ON "sprints"."scope_change"("sprint_id", "at");

-- CreateIndex
CREATE INDEX "work_item_project_id_idx" ON "sprints"."work_item"("project_id");

-- CreateIndex
CREATE INDEX "work_item_parent_id_idx" ON "sprints"."work_item"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "work_item_history_event_id_key" ON "sprints"."work_item_history"("event_id");

-- CreateIndex
CREATE INDEX "work_item_history_work_item_id_occurred_at_idx" ON "sprints"."work_item_history"("work_item_id", "occurred_at");

-- CreateIndex
CREATE INDEX "processed_events_processed_at_idx" ON "sprints"."processed_events"("processed_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_id_key" ON "sprints"."outbox"("id");

-- AddForeignKey
ALTER TABLE "sprints"."sprint_item" ADD CONSTRAINT "sprint_item_sprint_id_fkey" FOREIGN KEY ("sprint_id") REFERENCES "sprints"."sprint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sprints"."scope_change" ADD CONSTRAINT "scope_change_sprint_id_fkey" FOREIGN KEY ("sprint_id") REFERENCES "sprints"."sprint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sprints"."member_capacity" ADD CONSTRAINT "member_capacity_sprint_id_fkey" FOREIGN KEY ("sprint_id") REFERENCES "sprints"."sprint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: one active sprint per project, and an item in at most one open sprint.
CREATE UNIQUE INDEX "sprint_one_active_per_project" ON "sprints"."sprint" ("project_id") WHERE "state" = 'ACTIVE';

CREATE UNIQUE INDEX "sprint_item_one_open_sprint" ON "sprints"."sprint_item" ("work_item_id") WHERE "open";

-- Hand-written: the outbox relay's indexes and the trigger that wakes it (see the projects schema's
-- outbox migration: the function body is an escape string whose semicolons are written as \073).
CREATE INDEX "outbox_pending_idx" ON "sprints"."outbox" ("seq") WHERE "published_at" IS NULL;

CREATE INDEX "outbox_published_at_idx" ON "sprints"."outbox" ("published_at") WHERE "published_at" IS NOT NULL;

CREATE FUNCTION "sprints"."notify_outbox"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN PERFORM pg_notify(''workgraph_outbox'', TG_TABLE_SCHEMA)\073 RETURN NULL\073 END';

CREATE TRIGGER "outbox_notify" AFTER INSERT ON "sprints"."outbox"
  FOR EACH STATEMENT EXECUTE FUNCTION "sprints"."notify_outbox"();
