import type { NotificationsTx } from '../db';
import type { AutoWatch } from './recipients';

/**
 * Starts watching for each entry: a user without a row starts watching; one who unwatched stays
 * unwatched unless the entry overrides it (assigned again, commenting again); one already watching
 * keeps the reason they started with.
 */
export async function applyAutoWatches(
  tx: NotificationsTx,
  workItemId: string,
  watches: readonly AutoWatch[],
  at: Date,
): Promise<void> {
  for (const watch of watches) {
    await tx.$executeRaw`
      INSERT INTO notifications.watcher AS w (work_item_id, user_id, watching, reason, updated_at)
      VALUES (${workItemId}::uuid, ${watch.userId}::uuid, true, ${watch.reason}, ${at}::timestamptz)
      ON CONFLICT (work_item_id, user_id) DO UPDATE SET watching = true, reason = EXCLUDED.reason,
        updated_at = EXCLUDED.updated_at
      WHERE NOT w.watching AND ${watch.overridesUnwatch}::boolean`;
  }
}

/** A user removed from a project stops watching its items (the reason stays as it was). */
export async function unwatchProjectItems(
  tx: NotificationsTx,
  projectId: string,
  userId: string,
  at: Date,
): Promise<number> {
  return tx.$executeRaw`
    UPDATE notifications.watcher w SET watching = false, updated_at = ${at}::timestamptz
    FROM notifications.work_item i
    WHERE i.id = w.work_item_id AND i.project_id = ${projectId}::uuid
      AND w.user_id = ${userId}::uuid AND w.watching`;
}
