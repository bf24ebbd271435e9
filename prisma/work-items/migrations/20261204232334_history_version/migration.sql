-- AlterTable
ALTER TABLE "work_items"."history_entry" ADD COLUMN     "version" INTEGER;

-- CreateIndex
CREATE INDEX "work_item_project_id_id_idx" ON "work_items"."work_item"("project_id", "id");

-- Hand-written: every new history row records the item's version right after its change, so a
-- read model can key a state change by (item id, version) whether it came from an event (whose
-- snapshot has the same version) or from workItemFlowHistory. Every write bumps the item's version
-- before it records history in the same transaction (the row is locked by then), so the trigger
-- reads the version after the change. A row given a version keeps it. Rows written before this
-- migration keep a null version (see subgraphs/work-items/README.md, "Events").
-- The migration runner splits the script on every semicolon, dollar-quoted bodies included, so the
-- function body is an escape string whose semicolons are written as \073.
CREATE FUNCTION "work_items"."history_entry_version"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF NEW.version IS NULL THEN SELECT w.version INTO NEW.version FROM "work_items"."work_item" w WHERE w.id = NEW.work_item_id\073 END IF\073 RETURN NEW\073 END';

CREATE TRIGGER "history_entry_version" BEFORE INSERT ON "work_items"."history_entry"
  FOR EACH ROW EXECUTE FUNCTION "work_items"."history_entry_version"();
