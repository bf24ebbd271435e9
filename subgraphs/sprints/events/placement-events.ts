import { z } from 'zod';
import { createEvent, type AnyEventEnvelope } from '../../../lib/events/envelope';
import { parseRows } from '../../../lib/db/parse-rows';
import type { SprintsTx } from '../db';

/** The items whose planned or active sprint an event's change may have changed. */
function placedItemsOf(event: AnyEventEnvelope): string[] {
  switch (event.type) {
    case 'sprint.scope_changed':
      return [...event.payload.addedWorkItemIds, ...event.payload.removedWorkItemIds];
    case 'sprint.deleted':
      return event.payload.workItemIds;
    case 'sprint.completed':
      return [...event.payload.completedWorkItemIds, ...event.payload.carriedOverWorkItemIds];
    default:
      return [];
  }
}

const PlacementRow = z.object({
  workItemId: z.string(),
  projectId: z.string(),
  organizationId: z.string(),
  sprintId: z.string().nullable(),
  version: z.number().int(),
});

/**
 * One `sprint_placement.changed` per item the events moved in or out of an open sprint, with the
 * open sprint it is in now. Read in a statement after the change's writes, so it sees every
 * committed change; the version is taken from `placement_seq` there too: a later change of the same
 * item's placement waits on the same membership row (or on the one-open-sprint index) until this
 * one commits, so it takes a higher version.
 */
export async function placementEvents(
  tx: SprintsTx,
  events: readonly AnyEventEnvelope[],
  alsoPlaced: readonly string[],
  origin: { actorId: string | null; at: Date },
): Promise<AnyEventEnvelope[]> {
  const ids = [...new Set([...events.flatMap(placedItemsOf), ...alsoPlaced])].sort();
  if (!ids.length) return [];
  const rows = parseRows(
    'placementsOfItems',
    PlacementRow,
    await tx.$queryRaw`
      SELECT w.id::text AS "workItemId", w.project_id::text AS "projectId",
        w.organization_id::text AS "organizationId",
        (SELECT si.sprint_id::text FROM sprints.sprint_item si WHERE si.work_item_id = w.id AND si.open) AS "sprintId",
        nextval('sprints.placement_seq')::int AS version
      FROM sprints.work_item w WHERE w.id = ANY(${ids}::uuid[]) ORDER BY w.id`,
  );
  return rows.map((row) =>
    createEvent({
      type: 'sprint_placement.changed',
      actorId: origin.actorId,
      organizationId: row.organizationId,
      projectId: row.projectId,
      aggregateId: row.workItemId,
      occurredAt: origin.at,
      payload: { workItemId: row.workItemId, sprintId: row.sprintId, version: row.version },
    }),
  );
}
