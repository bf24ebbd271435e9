import type { NotificationsTx } from '../db';
import { writeWatchEvents } from '../data/watch-events';
import type { AutoWatch } from './recipients';

/** Where a change to watches happened: the item's project and organization, for the events. */
export interface WatchScope {
  projectId: string;
  organizationId: string;
}

/**
 * Starts watching for each entry: a user without a row starts watching; one who unwatched stays
 * unwatched unless the entry overrides it (assigned again, commenting again); one already watching
 * keeps the reason they started with. Each row that changed bumps its version and writes its
 * `watch.changed` (a system change: no actor).
 */
export async function applyAutoWatches(
  tx: NotificationsTx,
  workItemId: string,
  scope: WatchScope,
  watches: readonly AutoWatch[],
  at: Date,
): Promise<void> {
  const changed: { userId: string; version: number }[] = [];
  for (const watch of watches) {
    const rows = await tx.$queryRaw<{ version: number }[]>`
      INSERT INTO notifications.watcher AS w (work_item_id, user_id, watching, reason, updated_at, version)
      VALUES (${workItemId}::uuid, ${watch.userId}::uuid, true, ${watch.reason}, ${at}::timestamptz, 1)
      ON CONFLICT (work_item_id, user_id) DO UPDATE SET watching = true, reason = EXCLUDED.reason,
        updated_at = EXCLUDED.updated_at, version = w.version + 1
      WHERE NOT w.watching AND ${watch.overridesUnwatch}::boolean
      RETURNING w.version`;
    if (rows[0]) changed.push({ userId: watch.userId, version: rows[0].version });
  }
  const events = changed.map((row) => ({ ...row, ...scope, workItemId, watching: true }));
  await writeWatchEvents(tx, events, null, at);
}

/** A user removed from a project stops watching its items (the reason stays as it was). */
export async function unwatchProjectItems(
  tx: NotificationsTx,
  scope: WatchScope,
  userId: string,
  at: Date,
): Promise<number> {
  const rows = await tx.$queryRaw<{ workItemId: string; version: number }[]>`
    UPDATE notifications.watcher w SET watching = false, updated_at = ${at}::timestamptz, version = w.version + 1
    FROM notifications.work_item i
    WHERE i.id = w.work_item_id AND i.project_id = ${scope.projectId}::uuid
      AND w.user_id = ${userId}::uuid AND w.watching
    RETURNING w.work_item_id::text AS "workItemId", w.version`;
  await writeWatchEvents(
    tx,
    rows.map((row) => ({ ...row, ...scope, userId, watching: false })),
    null,
    at,
  );
  return rows.length;
}
