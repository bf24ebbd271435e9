import type { EventPayloads } from '../../../lib/events/envelope';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';

/**
 * Records a `watch.changed` in the read model of watchers, in one statement: a newer version
 * replaces the row, an older or repeated one changes nothing (so redeliveries and late arrivals are
 * harmless), and a change to an item this service no longer has is dropped.
 */
export async function applyWatchChange(
  db: WorkItemsPrisma | WorkItemsTx,
  change: EventPayloads['watch.changed'],
): Promise<boolean> {
  const written = await db.$executeRaw`
    INSERT INTO work_item_watcher AS ww (work_item_id, user_id, project_id, watching, version)
    SELECT i.id, ${change.userId}::uuid, i.project_id, ${change.watching}, ${change.version}::int
    FROM work_item i WHERE i.id = ${change.workItemId}::uuid
    ON CONFLICT (work_item_id, user_id) DO UPDATE SET watching = EXCLUDED.watching, version = EXCLUDED.version
    WHERE ww.version < EXCLUDED.version`;
  return written > 0;
}
