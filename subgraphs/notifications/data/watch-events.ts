import { createEvent } from '../../../lib/events/envelope';
import { writeOutbox } from '../../../lib/events/outbox';
import type { NotificationsTx } from '../db';

/** A watcher row as one change left it, with the item's project and organization for the envelope. */
export interface ChangedWatch {
  workItemId: string;
  userId: string;
  watching: boolean;
  version: number;
  projectId: string;
  organizationId: string;
}

/**
 * One `watch.changed` per changed watcher row, in the change's transaction: the work-items read model
 * of watchers (the `watcher` filter, `watching: true`) follows every change, manual or automatic.
 * `actorId` is null for automatic changes.
 */
export async function writeWatchEvents(
  tx: NotificationsTx,
  watches: readonly ChangedWatch[],
  actorId: string | null,
  at: Date,
): Promise<void> {
  await writeOutbox(
    tx,
    'notifications',
    watches.map((watch) =>
      createEvent({
        type: 'watch.changed',
        actorId,
        organizationId: watch.organizationId,
        projectId: watch.projectId,
        aggregateId: watch.workItemId,
        payload: {
          workItemId: watch.workItemId,
          userId: watch.userId,
          watching: watch.watching,
          version: watch.version,
        },
        occurredAt: at,
      }),
    ),
  );
}
