import type { NotificationsPrisma } from '../db';
import type { WorkItem } from '../generated/prisma/client';
import { writeWatchEvents } from './watch-events';

/**
 * Records the user's explicit choice with its `watch.changed`, in one transaction. Watching again
 * makes the reason MANUAL; unwatching keeps the reason, and automatic watching respects
 * `watching: false` (see projection). Every call bumps the row's version.
 */
export async function setWatching(
  prisma: NotificationsPrisma,
  input: { item: Pick<WorkItem, 'id' | 'projectId' | 'organizationId'>; userId: string; watching: boolean },
  now: Date,
): Promise<void> {
  const { item, userId, watching } = input;
  await prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ version: number }[]>`
      INSERT INTO notifications.watcher AS w (work_item_id, user_id, watching, reason, updated_at, version)
      VALUES (${item.id}::uuid, ${userId}::uuid, ${watching}, 'MANUAL', ${now}::timestamptz, 1)
      ON CONFLICT (work_item_id, user_id) DO UPDATE SET watching = EXCLUDED.watching,
        reason = CASE WHEN EXCLUDED.watching THEN 'MANUAL' ELSE w.reason END,
        updated_at = EXCLUDED.updated_at, version = w.version + 1
      RETURNING w.version`;
    const change = { workItemId: item.id, projectId: item.projectId, organizationId: item.organizationId };
    await writeWatchEvents(tx, [{ ...change, userId, watching, version: row!.version }], userId, now);
  });
}
