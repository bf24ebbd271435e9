-- AlterTable
ALTER TABLE "notifications"."watcher" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Every current watch as a watch.changed event, so the work-items read model of watchers (new with
-- this migration) learns of the watches made before it (later changes carry versions above 1).
WITH watches AS (
  SELECT gen_random_uuid() AS id, w.work_item_id, w.user_id, i.project_id, i.organization_id
  FROM "notifications"."watcher" w
  JOIN "notifications"."work_item" i ON i.id = w.work_item_id
  WHERE w.watching AND NOT i.deleted
)
INSERT INTO "notifications"."outbox" ("id", "stream", "type", "envelope", "created_at")
SELECT id, 'notifications', 'watch.changed', jsonb_build_object(
    'id', id,
    'type', 'watch.changed',
    'version', 1,
    'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'actorId', NULL,
    'organizationId', organization_id,
    'projectId', project_id,
    'aggregateId', work_item_id,
    'payload', jsonb_build_object('workItemId', work_item_id, 'userId', user_id, 'watching', true, 'version', 1)
  ), now()
FROM watches;
