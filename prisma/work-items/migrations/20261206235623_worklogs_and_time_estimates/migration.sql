-- AlterTable
ALTER TABLE "work_items"."work_item" ADD COLUMN     "time_estimate_minutes" INTEGER;

-- CreateTable
CREATE TABLE "work_items"."worklog" (
    "id" UUID NOT NULL,
    "work_item_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "worklog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "worklog_work_item_id_created_at_id_idx" ON "work_items"."worklog"("work_item_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "worklog_user_id_day_id_idx" ON "work_items"."worklog"("user_id", "day", "id");

-- CreateIndex
CREATE INDEX "worklog_day_id_idx" ON "work_items"."worklog"("day", "id");

-- AddForeignKey
ALTER TABLE "work_items"."worklog" ADD CONSTRAINT "worklog_work_item_id_fkey" FOREIGN KEY ("work_item_id") REFERENCES "work_items"."work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the bounds the API checks, kept by the database too
ALTER TABLE "work_items"."worklog" ADD CONSTRAINT "worklog_minutes_check" CHECK ("minutes" BETWEEN 1 AND 1440);
ALTER TABLE "work_items"."work_item" ADD CONSTRAINT "work_item_time_estimate_minutes_check" CHECK ("time_estimate_minutes" BETWEEN 0 AND 1000000);
