-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "work_items";

-- CreateTable
CREATE TABLE "work_items"."project_settings" (
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "next_number" INTEGER NOT NULL DEFAULT 1,
    "hierarchy_rules" JSONB NOT NULL,
    "max_depth" INTEGER NOT NULL DEFAULT 3,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "project_settings_pkey" PRIMARY KEY ("project_id")
);

-- CreateTable
CREATE TABLE "work_items"."workflow_state" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workflow_state_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_items"."workflow_transition" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "from_state_id" UUID NOT NULL,
    "to_state_id" UUID NOT NULL,
    "required_fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "minimum_role" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workflow_transition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_items"."work_item" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "state_id" UUID NOT NULL,
    "state_entered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "priority" SMALLINT NOT NULL DEFAULT 0,
    "estimate" DOUBLE PRECISION,
    "assignee_id" UUID,
    "reporter_id" UUID NOT NULL,
    "parent_id" UUID,
    "path" UUID[] DEFAULT ARRAY[]::UUID[],
    "due_date" DATE,
    "rank" VARCHAR(128) NOT NULL,
    "custom_fields" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "client_mutation_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archived_at" TIMESTAMPTZ(3),

    CONSTRAINT "work_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_items"."label" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "label_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_items"."work_item_label" (
    "work_item_id" UUID NOT NULL,
    "label_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "work_item_label_pkey" PRIMARY KEY ("work_item_id","label_id")
);

-- CreateTable
CREATE TABLE "work_items"."work_item_link" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "target_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "work_item_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_items"."custom_field" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "required" BOOLEAN NOT NULL DEFAULT false,
    "options" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "custom_field_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_items"."comment" (
    "id" UUID NOT NULL,
    "work_item_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "mentioned_user_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_items"."history_entry" (
    "id" UUID NOT NULL,
    "work_item_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "field" TEXT NOT NULL,
    "old_value" JSONB,
    "new_value" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "history_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_items"."saved_view" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "filter" JSONB NOT NULL DEFAULT '{}',
    "order_by" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_view_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "project_settings_key_idx" ON "work_items"."project_settings"("key");

-- CreateIndex
CREATE INDEX "workflow_state_project_id_position_idx" ON "work_items"."workflow_state"("project_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "workflow_state_project_id_name_key" ON "work_items"."workflow_state"("project_id", "name");

-- CreateIndex
CREATE INDEX "workflow_transition_project_id_idx" ON "work_items"."workflow_transition"("project_id");

-- CreateIndex
CREATE INDEX "workflow_transition_to_state_id_idx" ON "work_items"."workflow_transition"("to_state_id");

-- CreateIndex
CREATE UNIQUE INDEX "workflow_transition_from_state_id_to_state_id_key" ON "work_items"."workflow_transition"("from_state_id", "to_state_id");

-- CreateIndex
CREATE INDEX "work_item_project_id_state_id_rank_id_idx" ON "work_items"."work_item"("project_id", "state_id", "rank", "id");

-- CreateIndex
CREATE INDEX "work_item_project_id_created_at_id_idx" ON "work_items"."work_item"("project_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "work_item_project_id_updated_at_id_idx" ON "work_items"."work_item"("project_id", "updated_at", "id");

-- CreateIndex
CREATE INDEX "work_item_project_id_priority_id_idx" ON "work_items"."work_item"("project_id", "priority", "id");

-- CreateIndex
CREATE INDEX "work_item_project_id_due_date_id_idx" ON "work_items"."work_item"("project_id", "due_date", "id");

-- CreateIndex
CREATE INDEX "work_item_project_id_assignee_id_idx" ON "work_items"."work_item"("project_id", "assignee_id");

-- CreateIndex
CREATE INDEX "work_item_project_id_type_idx" ON "work_items"."work_item"("project_id", "type");

-- CreateIndex
CREATE INDEX "work_item_parent_id_created_at_id_idx" ON "work_items"."work_item"("parent_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "work_item_state_id_idx" ON "work_items"."work_item"("state_id");

-- CreateIndex
CREATE UNIQUE INDEX "work_item_project_id_number_key" ON "work_items"."work_item"("project_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "work_item_reporter_id_client_mutation_id_key" ON "work_items"."work_item"("reporter_id", "client_mutation_id");

-- CreateIndex
CREATE INDEX "label_project_id_created_at_id_idx" ON "work_items"."label"("project_id", "created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "label_project_id_name_key" ON "work_items"."label"("project_id", "name");

-- CreateIndex
CREATE INDEX "work_item_label_label_id_work_item_id_idx" ON "work_items"."work_item_label"("label_id", "work_item_id");

-- CreateIndex
CREATE INDEX "work_item_link_target_id_type_idx" ON "work_items"."work_item_link"("target_id", "type");

-- CreateIndex
CREATE UNIQUE INDEX "work_item_link_source_id_target_id_type_key" ON "work_items"."work_item_link"("source_id", "target_id", "type");

-- CreateIndex
CREATE INDEX "custom_field_project_id_position_idx" ON "work_items"."custom_field"("project_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "custom_field_project_id_name_key" ON "work_items"."custom_field"("project_id", "name");

-- CreateIndex
CREATE INDEX "comment_work_item_id_created_at_id_idx" ON "work_items"."comment"("work_item_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "history_entry_work_item_id_created_at_id_idx" ON "work_items"."history_entry"("work_item_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "saved_view_project_id_created_at_id_idx" ON "work_items"."saved_view"("project_id", "created_at", "id");

-- AddForeignKey
ALTER TABLE "work_items"."workflow_transition" ADD CONSTRAINT "workflow_transition_from_state_id_fkey" FOREIGN KEY ("from_state_id") REFERENCES "work_items"."workflow_state"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_items"."workflow_transition" ADD CONSTRAINT "workflow_transition_to_state_id_fkey" FOREIGN KEY ("to_state_id") REFERENCES "work_items"."workflow_state"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_items"."work_item" ADD CONSTRAINT "work_item_state_id_fkey" FOREIGN KEY ("state_id") REFERENCES "work_items"."workflow_state"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_items"."work_item" ADD CONSTRAINT "work_item_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "work_items"."work_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_items"."work_item_label" ADD CONSTRAINT "work_item_label_work_item_id_fkey" FOREIGN KEY ("work_item_id") REFERENCES "work_items"."work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_items"."work_item_label" ADD CONSTRAINT "work_item_label_label_id_fkey" FOREIGN KEY ("label_id") REFERENCES "work_items"."label"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_items"."work_item_link" ADD CONSTRAINT "work_item_link_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "work_items"."work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_items"."work_item_link" ADD CONSTRAINT "work_item_link_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "work_items"."work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_items"."comment" ADD CONSTRAINT "comment_work_item_id_fkey" FOREIGN KEY ("work_item_id") REFERENCES "work_items"."work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_items"."history_entry" ADD CONSTRAINT "history_entry_work_item_id_fkey" FOREIGN KEY ("work_item_id") REFERENCES "work_items"."work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: what the Prisma datamodel cannot express (see subgraphs/work-items/README.md).
-- Ranks compare byte by byte whatever the database's default collation.
ALTER TABLE "work_items"."work_item" ALTER COLUMN "rank" TYPE VARCHAR(128) COLLATE "C";

-- Full-text search over title and description: queries use exactly this expression.
CREATE INDEX "work_item_search_idx" ON "work_items"."work_item"
  USING GIN (to_tsvector('simple'::regconfig, "title" || ' ' || "description"));

-- Descendants of an item: path @> ARRAY[item id].
CREATE INDEX "work_item_path_idx" ON "work_items"."work_item" USING GIN ("path");

-- Custom field filters: custom_fields @> '{"<field id>": value}'.
CREATE INDEX "work_item_custom_fields_idx" ON "work_items"."work_item" USING GIN ("custom_fields" jsonb_path_ops);
