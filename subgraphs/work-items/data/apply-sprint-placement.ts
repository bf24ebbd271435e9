import type { EventPayloads } from '../../../lib/events/envelope';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';

/**
 * Records a `sprint_placement.changed` in the read model of items' sprints, in one statement: a
 * newer version replaces the row, an older or repeated one changes nothing (redeliveries and late
 * arrivals are harmless), and a placement of an item this service no longer has is dropped.
 */
export async function applySprintPlacement(
  db: WorkItemsPrisma | WorkItemsTx,
  placement: EventPayloads['sprint_placement.changed'],
): Promise<boolean> {
  const written = await db.$executeRaw`
    INSERT INTO work_item_sprint AS ws (work_item_id, sprint_id, version)
    SELECT i.id, ${placement.sprintId}::uuid, ${placement.version}::int
    FROM work_item i WHERE i.id = ${placement.workItemId}::uuid
    ON CONFLICT (work_item_id) DO UPDATE SET sprint_id = EXCLUDED.sprint_id, version = EXCLUDED.version
    WHERE ws.version < EXCLUDED.version`;
  return written > 0;
}
