-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "files";

-- CreateTable
CREATE TABLE "files"."organization_limits" (
    "organization_id" UUID NOT NULL,
    "max_file_bytes" BIGINT NOT NULL,
    "project_quota_bytes" BIGINT NOT NULL,
    "retention_days" INTEGER NOT NULL,
    "updated_by" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organization_limits_pkey" PRIMARY KEY ("organization_id")
);

-- CreateTable
CREATE TABLE "files"."project_usage" (
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "used_bytes" BIGINT NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_usage_pkey" PRIMARY KEY ("project_id")
);

-- CreateTable
CREATE TABLE "files"."upload" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" UUID NOT NULL,
    "work_item_id" UUID,
    "file_id" UUID,
    "file_name" TEXT NOT NULL,
    "declared_type" TEXT NOT NULL,
    "byte_size" BIGINT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "files"."blob" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "byte_size" BIGINT NOT NULL,
    "content_type" TEXT NOT NULL,
    "content_kind" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "page_count" INTEGER,
    "preview_status" TEXT NOT NULL,
    "preview_tries" INTEGER NOT NULL DEFAULT 0,
    "preview_after" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "blob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "files"."file" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" UUID NOT NULL,
    "work_item_id" UUID,
    "name" TEXT NOT NULL,
    "current_version_id" UUID,
    "version_count" INTEGER NOT NULL DEFAULT 0,
    "alt_text" TEXT,
    "decorative" BOOLEAN NOT NULL DEFAULT false,
    "long_description" TEXT,
    "language" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by" UUID,
    "purge_after" TIMESTAMPTZ(3),

    CONSTRAINT "file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "files"."file_version" (
    "id" UUID NOT NULL,
    "file_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "blob_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "file_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "files"."link_attachment" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "target_kind" TEXT NOT NULL,
    "target_id" UUID NOT NULL,
    "work_item_id" UUID,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "icon_url" TEXT,
    "created_by" UUID NOT NULL,
    "updated_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "link_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "files"."outbox" (
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
CREATE INDEX "upload_created_by_created_at_idx" ON "files"."upload"("created_by", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "blob_project_id_sha256_key" ON "files"."blob"("project_id", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "file_current_version_id_key" ON "files"."file"("current_version_id");

-- CreateIndex
CREATE INDEX "file_target_kind_target_id_created_at_id_idx" ON "files"."file"("target_kind", "target_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "file_project_id_target_kind_created_at_id_idx" ON "files"."file"("project_id", "target_kind", "created_at", "id");

-- CreateIndex
CREATE INDEX "file_work_item_id_idx" ON "files"."file"("work_item_id");

-- CreateIndex
CREATE INDEX "file_version_blob_id_idx" ON "files"."file_version"("blob_id");

-- CreateIndex
CREATE UNIQUE INDEX "file_version_file_id_number_key" ON "files"."file_version"("file_id", "number");

-- CreateIndex
CREATE INDEX "link_attachment_target_kind_target_id_created_at_id_idx" ON "files"."link_attachment"("target_kind", "target_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "link_attachment_work_item_id_idx" ON "files"."link_attachment"("work_item_id");

-- CreateIndex
CREATE UNIQUE INDEX "link_attachment_target_kind_target_id_url_key" ON "files"."link_attachment"("target_kind", "target_id", "url");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_id_key" ON "files"."outbox"("id");

-- AddForeignKey
ALTER TABLE "files"."file_version" ADD CONSTRAINT "file_version_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "files"."file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "files"."file_version" ADD CONSTRAINT "file_version_blob_id_fkey" FOREIGN KEY ("blob_id") REFERENCES "files"."blob"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the outbox relay's indexes and the trigger that wakes it (see the projects schema's
-- outbox migration: the function body is an escape string whose semicolons are written as \073).
CREATE INDEX "outbox_pending_idx" ON "files"."outbox" ("seq") WHERE "published_at" IS NULL;

CREATE INDEX "outbox_published_at_idx" ON "files"."outbox" ("published_at") WHERE "published_at" IS NOT NULL;

CREATE FUNCTION "files"."notify_outbox"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN PERFORM pg_notify(''workgraph_outbox'', TG_TABLE_SCHEMA)\073 RETURN NULL\073 END';

CREATE TRIGGER "outbox_notify" AFTER INSERT ON "files"."outbox"
  FOR EACH STATEMENT EXECUTE FUNCTION "files"."notify_outbox"();

-- Hand-written partial indexes of the background work: the sweeper finds expired uploads and
-- deleted files past retention, the preview worker finds pending blobs, each without reading the rest.
CREATE INDEX "upload_open_expires_idx" ON "files"."upload" ("expires_at") WHERE "completed_at" IS NULL;

CREATE INDEX "file_purge_after_idx" ON "files"."file" ("purge_after") WHERE "deleted_at" IS NOT NULL;

CREATE INDEX "blob_preview_pending_idx" ON "files"."blob" ("preview_after", "created_at") WHERE "preview_status" = 'PENDING';

-- Hand-written: documents filtered by tag.
CREATE INDEX "file_tags_idx" ON "files"."file" USING GIN ("tags");
