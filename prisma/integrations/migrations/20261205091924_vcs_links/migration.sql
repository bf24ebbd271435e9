-- CreateTable
CREATE TABLE "integrations"."vcs_connection" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "secret_ciphertext" TEXT NOT NULL,
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_delivery_at" TIMESTAMPTZ(3),

    CONSTRAINT "vcs_connection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integrations"."vcs_delivery" (
    "connection_id" UUID NOT NULL,
    "delivery_id" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vcs_delivery_pkey" PRIMARY KEY ("connection_id","delivery_id")
);

-- CreateTable
CREATE TABLE "integrations"."vcs_link" (
    "id" UUID NOT NULL,
    "connection_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "work_item_id" UUID NOT NULL,
    "link_attachment_id" UUID,
    "provider" TEXT NOT NULL,
    "repository" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "number" INTEGER,
    "sha" TEXT,
    "ref" TEXT,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "state" TEXT,
    "checks" TEXT,
    "closes" BOOLEAN NOT NULL DEFAULT false,
    "merged_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vcs_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integrations"."vcs_project_settings" (
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "move_on_merge" BOOLEAN NOT NULL DEFAULT true,
    "merged_state_id" UUID,
    "updated_by" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vcs_project_settings_pkey" PRIMARY KEY ("project_id")
);

-- CreateIndex
CREATE INDEX "vcs_connection_organization_id_created_at_id_idx" ON "integrations"."vcs_connection"("organization_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "vcs_delivery_received_at_idx" ON "integrations"."vcs_delivery"("received_at");

-- CreateIndex
CREATE INDEX "vcs_link_work_item_id_created_at_id_idx" ON "integrations"."vcs_link"("work_item_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "vcs_link_connection_id_repository_sha_idx" ON "integrations"."vcs_link"("connection_id", "repository", "sha");

-- CreateIndex
CREATE INDEX "vcs_link_link_attachment_id_idx" ON "integrations"."vcs_link"("link_attachment_id");

-- CreateIndex
CREATE UNIQUE INDEX "vcs_link_work_item_id_url_key" ON "integrations"."vcs_link"("work_item_id", "url");

-- AddForeignKey
ALTER TABLE "integrations"."vcs_link" ADD CONSTRAINT "vcs_link_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "integrations"."vcs_connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
