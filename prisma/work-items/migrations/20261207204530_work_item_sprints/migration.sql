-- CreateTable
CREATE TABLE "work_items"."work_item_sprint" (
    "work_item_id" UUID NOT NULL,
    "sprint_id" UUID,
    "version" INTEGER NOT NULL,

    CONSTRAINT "work_item_sprint_pkey" PRIMARY KEY ("work_item_id")
);

-- CreateIndex
CREATE INDEX "work_item_sprint_sprint_id_work_item_id_idx" ON "work_items"."work_item_sprint"("sprint_id", "work_item_id");

-- AddForeignKey
ALTER TABLE "work_items"."work_item_sprint" ADD CONSTRAINT "work_item_sprint_work_item_id_fkey" FOREIGN KEY ("work_item_id") REFERENCES "work_items"."work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;
