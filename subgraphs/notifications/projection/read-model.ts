import { sqltag as sql } from '@prisma/client/runtime/client';
import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { WorkItemSnapshot } from '../../../lib/events/envelope';
import type { NotificationsPrisma, NotificationsTx } from '../db';

// The notifications service's read model of work items (from work-item events) and the reads the
// projection makes of it and of the watchers.

type Executor = Pick<NotificationsPrisma, '$executeRaw' | '$queryRaw'> | NotificationsTx;

/** A higher version wins, and a deletion also wins over the same version (its snapshot is the item's last state). */
const onConflictIfNewer = sql`
    ON CONFLICT (id) DO UPDATE SET project_id = EXCLUDED.project_id,
      organization_id = EXCLUDED.organization_id, key = EXCLUDED.key, title = EXCLUDED.title,
      assignee_id = EXCLUDED.assignee_id, reporter_id = EXCLUDED.reporter_id,
      state_category = EXCLUDED.state_category, archived = EXCLUDED.archived,
      deleted = EXCLUDED.deleted, version = EXCLUDED.version
    WHERE w.version < EXCLUDED.version
      OR (EXCLUDED.deleted AND NOT w.deleted AND w.version = EXCLUDED.version)`;

const MarkedRow = z.object({ marked: z.boolean() });

/**
 * Marks the event processed and, when this is its first handling, records the item's snapshot
 * unless the stored one is as new (a higher version wins, and a deletion also wins over the same
 * version: its snapshot is the item's last state), in one statement. The guard sits in the
 * statement, so concurrent consumers cannot lose an update. Without a transaction for an event whose
 * only effects these are; in the transaction of one that also notifies, before anything else.
 * True when the event was not processed before.
 */
export async function upsertWorkItemOnce(
  executor: Executor,
  event: { consumer: string; eventId: string },
  snapshot: WorkItemSnapshot,
  organizationId: string,
  deleted: boolean,
): Promise<boolean> {
  const [row] = parseRows(
    'upsertWorkItemOnce',
    MarkedRow,
    await executor.$queryRaw`
      WITH mark AS (
        INSERT INTO notifications.processed_events (consumer, event_id) VALUES (${event.consumer}, ${event.eventId}::uuid)
        ON CONFLICT DO NOTHING RETURNING 1
      ), written AS (
        INSERT INTO notifications.work_item AS w (id, project_id, organization_id, key, title,
          assignee_id, reporter_id, state_category, archived, deleted, version)
        SELECT ${snapshot.id}::uuid, ${snapshot.projectId}::uuid, ${organizationId}::uuid, ${snapshot.key}::text,
          ${snapshot.title}::text, ${snapshot.assigneeId}::uuid, ${snapshot.reporterId}::uuid,
          ${snapshot.stateCategory}::text, ${snapshot.archived}::boolean, ${deleted}::boolean, ${snapshot.version}::int
        WHERE EXISTS (SELECT 1 FROM mark)
        ${onConflictIfNewer}
      )
      SELECT EXISTS (SELECT 1 FROM mark) AS marked`,
  );
  return row?.marked === true;
}

const UserIdRow = z.object({ userId: z.string() });
const ItemNameRow = z.object({ key: z.string(), title: z.string() });

/**
 * The item's key and title as the read model knows them (deleted items too), or null for an item it
 * has not heard of: events about something attached to an item do not carry them.
 */
export async function workItemNameOf(
  executor: Executor,
  workItemId: string,
): Promise<{ key: string; title: string } | null> {
  const rows = parseRows(
    'workItemNameOf',
    ItemNameRow,
    await executor.$queryRaw`SELECT key, title FROM notifications.work_item WHERE id = ${workItemId}::uuid`,
  );
  return rows[0] ?? null;
}

/** Users watching the item (an explicit unwatch excluded). */
export async function watcherIdsOf(executor: Executor, workItemId: string): Promise<string[]> {
  const rows = parseRows(
    'watcherIdsOf',
    UserIdRow,
    await executor.$queryRaw`
      SELECT user_id::text AS "userId" FROM notifications.watcher
      WHERE work_item_id = ${workItemId}::uuid AND watching
      ORDER BY 1`,
  );
  return rows.map((row) => row.userId);
}

/** The distinct assignees of the items (of those the read model knows and are not deleted). */
export async function assigneeIdsOf(executor: Executor, workItemIds: readonly string[]): Promise<string[]> {
  if (!workItemIds.length) return [];
  const rows = parseRows(
    'assigneeIdsOf',
    UserIdRow,
    await executor.$queryRaw`
      SELECT DISTINCT assignee_id::text AS "userId" FROM notifications.work_item
      WHERE id = ANY(${[...workItemIds]}::uuid[]) AND assignee_id IS NOT NULL AND NOT deleted
      ORDER BY 1`,
  );
  return rows.map((row) => row.userId);
}
