-- AlterTable
ALTER TABLE "work_items"."comment" ADD COLUMN     "parent_id" UUID;

-- CreateTable
CREATE TABLE "work_items"."comment_reaction" (
    "comment_id" UUID NOT NULL,
    "emoji" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_reaction_pkey" PRIMARY KEY ("comment_id","emoji","user_id")
);

-- CreateIndex
CREATE INDEX "comment_parent_id_created_at_id_idx" ON "work_items"."comment"("parent_id", "created_at", "id");

-- AddForeignKey
ALTER TABLE "work_items"."comment" ADD CONSTRAINT "comment_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "work_items"."comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_items"."comment_reaction" ADD CONSTRAINT "comment_reaction_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "work_items"."comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (the Prisma datamodel cannot express a partial index): the thread list of an item,
-- WorkItem.comments(threads: true), reads the comments that start a thread in this order.
CREATE INDEX "comment_thread_idx" ON "work_items"."comment"("work_item_id", "created_at", "id") WHERE "parent_id" IS NULL;
