import { z } from 'zod';
import { parseRow, parseRows } from '../../../lib/db/parse-rows';
import { keysetSql, type Direction } from '../../../lib/keyset';
import { Prisma, type Notification } from '../generated/prisma/client';
import type { NotificationsDb as Db } from './client';

/** Which in-app notifications of one recipient a list shows. */
export interface InboxFilter {
  recipientId: string;
  unreadOnly: boolean;
  /** null: every type. */
  types: string[] | null;
  includeArchived: boolean;
  /** Only those whose snooze has not ended; otherwise they are left out. */
  snoozedOnly: boolean;
  /** The moment snoozes are compared with. */
  now: Date;
}

/**
 * The selected columns, typed by the model: a column added to `Notification` fails to compile here
 * until it is selected (a raw list would silently leave it undefined in the inbox).
 */
const columnOf: Record<keyof Notification, string> = {
  id: 'id::text',
  recipientId: 'recipient_id::text',
  type: 'type',
  eventId: 'event_id::text',
  actorId: 'actor_id::text',
  projectId: 'project_id::text',
  workItemId: 'work_item_id::text',
  sprintId: 'sprint_id::text',
  invitationId: 'invitation_id::text',
  summary: 'summary',
  createdAt: 'created_at',
  readAt: 'read_at',
  archivedAt: 'archived_at',
  snoozedUntil: 'snoozed_until',
  inApp: 'in_app',
  emailDeliveryId: 'email_delivery_id::text',
};
const NotificationRow = z.object({
  id: z.string(),
  recipientId: z.string(),
  type: z.string(),
  eventId: z.string(),
  actorId: z.string().nullable(),
  projectId: z.string().nullable(),
  workItemId: z.string().nullable(),
  sprintId: z.string().nullable(),
  invitationId: z.string().nullable(),
  summary: z.string(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
  archivedAt: z.date().nullable(),
  snoozedUntil: z.date().nullable(),
  inApp: z.boolean(),
  emailDeliveryId: z.string().nullable(),
}) satisfies z.ZodType<Notification>;

const InboxRow = NotificationRow.extend({ inboxAt: z.date() });
export type InboxNotification = z.infer<typeof InboxRow>;

const CountRow = z.object({ count: z.number().int() });

/** Where a notification sorts in the inbox: when it was created, or when its snooze ended if later. */
const inboxAt = Prisma.sql`GREATEST(created_at, snoozed_until)`;

/** Not snoozed, or its snooze has ended by `now`. */
const awake = (now: Date) => Prisma.sql`(snoozed_until IS NULL OR snoozed_until <= ${now}::timestamptz)`;

const columns = Prisma.raw(
  Object.entries(columnOf)
    .map(([field, column]) => `${column} AS "${field}"`)
    .join(', '),
);

/**
 * The conditions of a list, written so the planner can use the partial indexes: `archived_at IS NULL
 * AND in_app` is literally the predicate of notification_inbox_idx (archived ones included, the
 * (recipient_id, inbox time, id) index serves instead).
 */
function inboxWhere(filter: InboxFilter): Prisma.Sql {
  const parts = [Prisma.sql`recipient_id = ${filter.recipientId}::uuid`, Prisma.sql`in_app`];
  if (!filter.includeArchived) parts.push(Prisma.sql`archived_at IS NULL`);
  if (filter.unreadOnly) parts.push(Prisma.sql`read_at IS NULL`);
  if (filter.types) parts.push(Prisma.sql`type = ANY(${filter.types}::text[])`);
  parts.push(filter.snoozedOnly ? Prisma.sql`snoozed_until > ${filter.now}::timestamptz` : awake(filter.now));
  return Prisma.join(parts, ' AND ');
}

/**
 * One page, newest first by inbox time (GREATEST(created_at, snoozed_until) DESC, id DESC), after the
 * (time, id) of the cursor if any. Snoozed-only lists sort the same way: the soonest to come back last.
 */
export async function inboxPage(
  db: Db,
  filter: InboxFilter,
  after: { time: Date; id: string } | null,
  take: number,
  direction: Direction,
): Promise<InboxNotification[]> {
  const k = keysetSql(direction);
  const cursor = after
    ? Prisma.sql`AND (${inboxAt}, id) ${k.compare} (${after.time}::timestamptz, ${after.id}::uuid)`
    : Prisma.empty;
  return parseRows(
    'inboxPage',
    InboxRow,
    await db.$queryRaw`
      SELECT ${columns}, ${inboxAt} AS "inboxAt" FROM notifications.notification
      WHERE ${inboxWhere(filter)} ${cursor}
      ORDER BY ${inboxAt} ${k.order}, id ${k.order}
      LIMIT ${take}`,
  );
}

export async function inboxCount(db: Db, filter: InboxFilter): Promise<number> {
  const row = parseRow(
    'inboxCount',
    CountRow,
    await db.$queryRaw`
      SELECT count(*)::int AS count FROM notifications.notification WHERE ${inboxWhere(filter)}`,
  );
  return row.count;
}

/**
 * Unread, unarchived in-app notifications whose snooze (if any) has ended by `now`: the predicate of
 * notification_unread_idx, with snoozes checked on its rows.
 */
export async function unreadCount(db: Db, recipientId: string, now: Date): Promise<number> {
  const row = parseRow(
    'unreadCount',
    CountRow,
    await db.$queryRaw`
      SELECT count(*)::int AS count FROM notifications.notification
      WHERE recipient_id = ${recipientId}::uuid AND read_at IS NULL AND archived_at IS NULL AND in_app
        AND ${awake(now)}`,
  );
  return row.count;
}

/**
 * Marks the recipient's unread, unarchived in-app notifications created up to `createdUpTo` (all when
 * null) read at `now`, leaving snoozed ones for when they come back; returns how many changed.
 */
export function markAllRead(db: Db, recipientId: string, createdUpTo: Date | null, now: Date): Promise<number> {
  const upTo = createdUpTo ? Prisma.sql`AND created_at <= ${createdUpTo}::timestamptz` : Prisma.empty;
  return db.$executeRaw`
    UPDATE notifications.notification SET read_at = ${now}::timestamptz
    WHERE recipient_id = ${recipientId}::uuid AND read_at IS NULL AND archived_at IS NULL AND in_app
      AND ${awake(now)} ${upTo}`;
}

/** The recipient's in-app notifications among `ids` (others' and email-only ones are left out). */
export function ownInAppNotifications(db: Db, recipientId: string, ids: string[]): Promise<Notification[]> {
  return db.notification.findMany({ where: { id: { in: ids }, recipientId, inApp: true } });
}
