-- Versions of items' placements in open sprints (sprint_placement.changed): a change taken after
-- another change of the same item's placement has committed gets a higher value.
CREATE SEQUENCE "sprints"."placement_seq" AS integer;

-- Where every item in an open sprint is now, as sprint_placement.changed events, so read models of
-- placements (new with this migration: work-items' sprint filter) start complete. Items in no open
-- sprint need none (no row there means the backlog).
WITH placed AS (
  SELECT gen_random_uuid() AS id, si.work_item_id, si.sprint_id, w.project_id, w.organization_id,
    nextval('"sprints"."placement_seq"') AS version
  FROM "sprints"."sprint_item" si
  JOIN "sprints"."work_item" w ON w.id = si.work_item_id
  WHERE si.open
)
INSERT INTO "sprints"."outbox" ("id", "stream", "type", "envelope", "created_at")
SELECT id, 'sprints', 'sprint_placement.changed', jsonb_build_object(
    'id', id,
    'type', 'sprint_placement.changed',
    'version', 1,
    'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'actorId', NULL,
    'organizationId', organization_id,
    'projectId', project_id,
    'aggregateId', work_item_id,
    'payload', jsonb_build_object('workItemId', work_item_id, 'sprintId', sprint_id, 'version', version)
  ), now()
FROM placed;
