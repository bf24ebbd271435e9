import type { NotificationsDb as Db } from './client';

/** Turns one type's email channel off (one statement); the in-app channel stays as it was (on without a row). */
export async function turnOffEmails(db: Db, userId: string, type: string): Promise<void> {
  await db.channelPreference.upsert({
    where: { userId_type: { userId, type } },
    create: { userId, type, inApp: true, email: false },
    update: { email: false },
  });
}
