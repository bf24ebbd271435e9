import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import { snapshotSelectSql } from '../events/work-item-snapshot';
import { Prisma } from '../generated/prisma/client';
import { SnapshotLookupRow } from './work-item-snapshots';

/** The most items one `workItemFlowHistory` page may ask for. */
export const maxFlowHistoryPage = 500;
/** The page size when `first` is not given. */
export const defaultFlowHistoryPage = 100;

/** One `state` history entry of an item, with the current categories of its two states. */
export const StateChangeRow = z.object({
  workItemId: z.string(),
  version: z.number().int().nullable(),
  at: z.date(),
  actorId: z.string().nullable(),
  fromStateId: z.string().nullable(),
  toStateId: z.string(),
  fromCategory: z.string().nullable(),
  toCategory: z.string().nullable(),
  fromStateName: z.string().nullable(),
  toStateName: z.string(),
});
export type StateChangeRow = z.infer<typeof StateChangeRow>;

export interface FlowHistoryPage {
  /** Up to `take` items, in id order, as snapshot rows. */
  items: SnapshotLookupRow[];
  /** The state changes of those items by item id, oldest first. */
  changes: Map<string, StateChangeRow[]>;
}

/**
 * The project's items (archived ones too) after `afterId` in id order, `take` of them (one range scan
 * of `work_item (project_id, id)`), with their snapshots.
 */
export function flowHistoryItemsSql(projectId: string, afterId: string | null, take: number): Prisma.Sql {
  return Prisma.sql`${snapshotSelectSql(Prisma.sql`, w.updated_at AS "updatedAt"`)}
    WHERE w.project_id = ${projectId}::uuid
      AND w.id > ${afterId ?? '00000000-0000-0000-0000-000000000000'}::uuid
    ORDER BY w.id
    LIMIT ${take}`;
}

/**
 * The `state` history entries of these items, oldest first per item (history_entry (work_item_id,
 * created_at, id)). Categories are the states' current ones, by primary key; null for a state deleted
 * since. Names are the ones recorded with the change.
 */
export function stateChangesSql(itemIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT h.work_item_id::text AS "workItemId", h.version, h.created_at AS at, h.actor_id::text AS "actorId",
      h.old_value ->> 'id' AS "fromStateId", h.new_value ->> 'id' AS "toStateId",
      fs.category AS "fromCategory", ts.category AS "toCategory",
      h.old_value ->> 'name' AS "fromStateName", h.new_value ->> 'name' AS "toStateName"
    FROM work_items.history_entry h
    LEFT JOIN work_items.workflow_state fs ON fs.id = (h.old_value ->> 'id')::uuid
    LEFT JOIN work_items.workflow_state ts ON ts.id = (h.new_value ->> 'id')::uuid
    WHERE h.work_item_id = ANY(${[...itemIds]}::uuid[]) AND h.field = 'state'
    ORDER BY h.work_item_id, h.created_at, h.version NULLS FIRST, h.id`;
}

async function readPage(
  tx: WorkItemsTx,
  projectId: string,
  afterId: string | null,
  take: number,
): Promise<FlowHistoryPage> {
  const items = parseRows(
    'flowHistoryItems',
    SnapshotLookupRow,
    await tx.$queryRaw(flowHistoryItemsSql(projectId, afterId, take)),
  );
  const changes = new Map<string, StateChangeRow[]>(items.map((item) => [item.id, []]));
  if (items.length) {
    const ids = items.map((item) => item.id);
    const rows = parseRows('flowHistoryStateChanges', StateChangeRow, await tx.$queryRaw(stateChangesSql(ids)));
    for (const row of rows) changes.get(row.workItemId)?.push(row);
  }
  return { items, changes };
}

/**
 * One page of `workItemFlowHistory`: two statements (the items, then their state changes) in one
 * read-only REPEATABLE READ transaction, so the history and the snapshots are of the same moment.
 */
export function flowHistoryPage(
  db: WorkItemsPrisma,
  args: { projectId: string; afterId: string | null; take: number },
): Promise<FlowHistoryPage> {
  return db.$transaction((tx) => readPage(tx, args.projectId, args.afterId, args.take), {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
  });
}
