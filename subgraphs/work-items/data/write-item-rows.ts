import { sqltag as sql } from '@prisma/client/runtime/client';
import { formatCalendarDate } from '../../../lib/graphql-scalars';
import type { WorkItemsTx } from '../db';
import type { WorkItem } from '../generated/prisma/client';

/**
 * Writes the fields a bulk update sets (type, priority, assignee, due date, estimates, custom
 * fields, release, state with its entry time and rank) of many locked items in one statement, each
 * row's version bumped and its updated_at set to `at`. Path and parent are not written: moves
 * rewrite them themselves.
 */
export async function writeItemRows(tx: WorkItemsTx, items: readonly WorkItem[], at: Date): Promise<void> {
  if (!items.length) return;
  const column = <T>(pick: (item: WorkItem) => T) => items.map(pick);
  await tx.$executeRaw(sql`
    UPDATE work_items.work_item w SET
      type = v.type, priority = v.priority, assignee_id = v.assignee_id, due_date = v.due_date,
      estimate = v.estimate, time_estimate_minutes = v.time_estimate_minutes, custom_fields = v.custom_fields,
      release_id = v.release_id, state_id = v.state_id, state_entered_at = v.state_entered_at, rank = v.rank,
      version = w.version + 1, updated_at = ${at}
    FROM unnest(
      ${column((item) => item.id)}::uuid[],
      ${column((item) => item.type)}::text[],
      ${column((item) => item.priority)}::smallint[],
      ${column((item) => item.assigneeId)}::uuid[],
      ${column((item) => (item.dueDate ? formatCalendarDate(item.dueDate) : null))}::date[],
      ${column((item) => item.estimate)}::float8[],
      ${column((item) => item.timeEstimateMinutes)}::int[],
      ${column((item) => JSON.stringify(item.customFields ?? {}))}::jsonb[],
      ${column((item) => item.releaseId)}::uuid[],
      ${column((item) => item.stateId)}::uuid[],
      ${column((item) => item.stateEnteredAt.toISOString())}::timestamptz[],
      ${column((item) => item.rank)}::text[]
    ) AS v(id, type, priority, assignee_id, due_date, estimate, time_estimate_minutes, custom_fields,
      release_id, state_id, state_entered_at, rank)
    WHERE w.id = v.id`);
}
