import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../lib/ids';
import { querySql, rawId, type TestStack, type TestUser } from '../testkit';

// Notifications written straight into the table, for inbox tests that need exact times, types and
// states (read, archived, email-only) regardless of what the projection makes of real events.

export interface SeededNotification {
  type?: string;
  summary?: string;
  createdAt: Date | string;
  readAt?: Date | string | null;
  archivedAt?: Date | string | null;
  inApp?: boolean;
  /** Raw uuids. */
  actorId?: string | null;
  projectId?: string | null;
  workItemId?: string | null;
  sprintId?: string | null;
}

/** Inserts the notifications for the user and returns their global IDs, in the order given. */
export async function seedNotifications(
  stack: TestStack,
  recipient: TestUser,
  notifications: SeededNotification[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const notification of notifications) {
    const id = randomUUID();
    await querySql(
      stack,
      `INSERT INTO notifications.notification
         (id, recipient_id, type, event_id, actor_id, project_id, work_item_id, sprint_id, summary, created_at,
          read_at, archived_at, in_app)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        id,
        rawId(recipient.userId),
        notification.type ?? 'ASSIGNED',
        randomUUID(),
        notification.actorId ?? null,
        notification.projectId ?? null,
        notification.workItemId ?? null,
        notification.sprintId ?? null,
        notification.summary ?? 'Something happened.',
        new Date(notification.createdAt),
        notification.readAt ? new Date(notification.readAt) : null,
        notification.archivedAt ? new Date(notification.archivedAt) : null,
        notification.inApp ?? true,
      ],
    );
    ids.push(toGlobalId('Notification', id));
  }
  return ids;
}
