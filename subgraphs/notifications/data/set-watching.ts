import type { NotificationsDb as Db } from './client';

/**
 * Records the user's explicit choice (one statement). Watching again makes the reason MANUAL;
 * unwatching keeps the reason, and automatic watching respects `watching: false` (see projection).
 */
export async function setWatching(
  db: Db,
  input: { workItemId: string; userId: string; watching: boolean },
  now: Date,
): Promise<void> {
  const { workItemId, userId, watching } = input;
  await db.watcher.upsert({
    where: { workItemId_userId: { workItemId, userId } },
    create: { workItemId, userId, watching, reason: 'MANUAL', updatedAt: now },
    update: watching ? { watching, reason: 'MANUAL', updatedAt: now } : { watching, updatedAt: now },
  });
}
