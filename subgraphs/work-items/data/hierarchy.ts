import { z } from 'zod';
import { parseRow, parseRows } from '../../../lib/db/parse-rows';
import { countsOf, pageRequestsSql, pagesOf, ParentCountRow, type PageRequest } from '../../../lib/db/batched-pages';
import { inDirections } from '../../../lib/keyset';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import type { WorkItem } from '../generated/prisma/client';
import type { WorkItemProgressMapper } from '../mappers';
import { workItemColumns, WorkItemPageRow, toWorkItem } from './items';

const DeepestRow = z.object({ deepest: z.number().int().nullable() });
const TypeRow = z.object({ type: z.string() });

/** How many levels the item's subtree reaches below it (0 without children), from the GIN index on path. */
export async function subtreeHeight(tx: WorkItemsTx, item: WorkItem): Promise<number> {
  const { deepest } = parseRow(
    'subtreeHeight',
    DeepestRow,
    await tx.$queryRaw`
      SELECT max(cardinality(path))::int AS deepest FROM work_items.work_item WHERE path @> ARRAY[${item.id}::uuid]`,
  );
  return deepest === null ? 0 : deepest - item.path.length;
}

/** The distinct types of an item's direct children. */
export async function childTypesOf(tx: WorkItemsTx, itemId: string): Promise<string[]> {
  const rows = parseRows(
    'childTypesOf',
    TypeRow,
    await tx.$queryRaw`SELECT DISTINCT type FROM work_items.work_item WHERE parent_id = ${itemId}::uuid`,
  );
  return rows.map((row) => row.type);
}

/**
 * Moves an item and its whole subtree under a new ancestor chain in one statement: every path
 * `<old ancestors>, item, …` becomes `<new ancestors>, item, …`.
 */
export async function rewriteSubtreePaths(
  tx: WorkItemsTx,
  item: WorkItem,
  newPath: string[],
  parentId: string | null,
  at: Date,
): Promise<void> {
  const keep = item.path.length + 1;
  await tx.$executeRaw`
    UPDATE work_items.work_item SET
      path = ${newPath}::uuid[] || path[${keep}:],
      parent_id = CASE WHEN id = ${item.id}::uuid THEN ${parentId}::uuid ELSE parent_id END,
      updated_at = CASE WHEN id = ${item.id}::uuid THEN ${at} ELSE updated_at END
    WHERE id = ${item.id}::uuid OR path @> ARRAY[${item.id}::uuid]`;
}

/** Pages of items' children, oldest first, for many parents in one statement (index (parent_id, created_at, id)). */
export async function childPages(prisma: WorkItemsPrisma, requests: readonly PageRequest[]): Promise<WorkItem[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'childPages',
      WorkItemPageRow,
      await prisma.$queryRaw`
        SELECT req.idx::int AS idx, ${workItemColumns}
        FROM ${pageRequestsSql(group)}
        CROSS JOIN LATERAL (
          SELECT * FROM work_item c
          WHERE c.parent_id = req.parent_id AND (c.created_at, c.id) ${k.compare} (req.after_time, req.after_id)
          ORDER BY c.created_at ${k.order}, c.id ${k.order}
          LIMIT req.take
        ) w
        ORDER BY req.idx, w.created_at ${k.order}, w.id ${k.order}`,
    );
    return pagesOf(group, rows, ({ idx: _idx, ...row }) => toWorkItem(row));
  });
}

export async function childCounts(prisma: WorkItemsPrisma, parentIds: readonly string[]): Promise<number[]> {
  const rows = parseRows(
    'childCounts',
    ParentCountRow,
    await prisma.$queryRaw`
      SELECT parent_id::text AS "parentId", count(*)::int AS count FROM work_item
      WHERE parent_id = ANY(${[...parentIds]}::uuid[])
      GROUP BY parent_id`,
  );
  return countsOf(parentIds, rows);
}

const ProgressRow = z.object({
  id: z.string(),
  totalItems: z.number().int(),
  doneItems: z.number().int(),
  totalPoints: z.number(),
  donePoints: z.number(),
}) satisfies z.ZodType<WorkItemProgressMapper & { id: string }>;

/**
 * Progress over all descendants of many items in one statement: one GIN lookup `path @> ARRAY[id]`
 * per item; canceled and archived descendants are left out, done means a DONE-category state.
 */
export async function progressOf(prisma: WorkItemsPrisma, ids: readonly string[]): Promise<WorkItemProgressMapper[]> {
  const rows = parseRows(
    'progressOf',
    ProgressRow,
    await prisma.$queryRaw`
    SELECT a.id::text AS id, p."totalItems", p."doneItems", p."totalPoints", p."donePoints"
    FROM unnest(${[...ids]}::uuid[]) AS a(id)
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS "totalItems",
        (count(*) FILTER (WHERE s.category = 'DONE'))::int AS "doneItems",
        coalesce(sum(d.estimate), 0)::float8 AS "totalPoints",
        coalesce(sum(d.estimate) FILTER (WHERE s.category = 'DONE'), 0)::float8 AS "donePoints"
      FROM work_item d JOIN workflow_state s ON s.id = d.state_id
      WHERE d.path @> ARRAY[a.id] AND d.archived_at IS NULL AND s.category <> 'CANCELED'
    ) p`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    return {
      totalItems: row?.totalItems ?? 0,
      doneItems: row?.doneItems ?? 0,
      totalPoints: row?.totalPoints ?? 0,
      donePoints: row?.donePoints ?? 0,
    };
  });
}
