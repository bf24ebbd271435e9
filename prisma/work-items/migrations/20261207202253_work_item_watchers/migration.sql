-- CreateTable
CREATE TABLE "work_items"."work_item_watcher" (
    "work_item_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "watching" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "work_item_watcher_pkey" PRIMARY KEY ("work_item_id","user_id")
);

-- AddForeignKey
ALTER TABLE "work_items"."work_item_watcher" ADD CONSTRAINT "work_item_watcher_work_item_id_fkey" FOREIGN KEY ("work_item_id") REFERENCES "work_items"."work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The items one person watches in a project ("watching", `watcher: { isMe: true }`): each project's
-- page of a cross-project list reads only that project's entries.
CREATE INDEX "work_item_watcher_watching_idx" ON "work_items"."work_item_watcher"("user_id", "project_id", "work_item_id") WHERE "watching";
