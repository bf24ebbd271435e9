-- AlterTable
ALTER TABLE "work_items"."work_item" ADD COLUMN     "release_id" UUID;

-- CreateTable
CREATE TABLE "work_items"."release" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "start_date" DATE,
    "release_date" DATE,
    "released_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "release_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "release_project_id_name_key" ON "work_items"."release"("project_id", "name");

-- CreateIndex
CREATE INDEX "work_item_release_id_idx" ON "work_items"."work_item"("release_id");

-- AddForeignKey
ALTER TABLE "work_items"."work_item" ADD CONSTRAINT "work_item_release_id_fkey" FOREIGN KEY ("release_id") REFERENCES "work_items"."release"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: a release starts on or before its release date, as the API checks
ALTER TABLE "work_items"."release" ADD CONSTRAINT "release_dates_check" CHECK ("start_date" IS NULL OR "release_date" IS NULL OR "start_date" <= "release_date");
