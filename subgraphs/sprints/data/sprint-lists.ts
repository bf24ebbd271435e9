import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import { prismaTimeIdPage } from '../../../lib/time-id-cursor';
import { inDirections, type Direction } from '../../../lib/keyset';
import { invalidCursor, type Page } from '../../../lib/relay';
import type { SprintsPrisma } from '../db';
import type { Sprint, SprintItem } from '../generated/prisma/client';

/** A project's sprints by (start date, id), optionally some states only (index sprint_project_id_state_start_date_id_idx). */
export function projectSprintsPage(
  prisma: SprintsPrisma,
  projectId: string,
  states: readonly string[] | null,
  page: Page,
): Promise<Sprint[]> {
  const keyset = prismaTimeIdPage(page, 'startDate');
  return prisma.sprint.findMany({
    where: { projectId, ...(states ? { state: { in: [...states] } } : {}), ...keyset.where },
    orderBy: keyset.orderBy,
    take: keyset.take,
  });
}

export function countProjectSprints(prisma: SprintsPrisma, projectId: string, states: readonly string[] | null) {
  return prisma.sprint.count({ where: { projectId, ...(states ? { state: { in: [...states] } } : {}) } });
}

/** One page of a sprint's items: after the item of sequence `afterSeq` (0 for the first page). */
export interface SprintItemsPageKey {
  sprintId: string;
  afterSeq: bigint;
  take: number;
  direction: Direction;
}

/** The seq a `Sprint.workItems` page starts from: its cursor's, else beyond every item in its direction. */
export function sprintItemsAfter(page: Page): bigint {
  if (!page.cursor) return page.backward ? 2n ** 63n - 1n : 0n;
  const [seq] = page.cursor;
  if (page.cursor.length !== 1 || !seq || !/^\d{1,18}$/.test(seq)) throw invalidCursor(page);
  return BigInt(seq);
}

/** A sprint_item row, numbered by the position (from 1) of the page it belongs to. */
const PagedSprintItemRow = z.object({
  idx: z.bigint(),
  sprintId: z.string(),
  workItemId: z.string(),
  seq: z.bigint(),
  addedAt: z.date(),
  addedById: z.string().nullable(),
  open: z.boolean(),
  outcome: z.string().nullable(),
  finalPoints: z.number().nullable(),
}) satisfies z.ZodType<SprintItem & { idx: bigint }>;

/**
 * Pages of several sprints' items in one statement, each in the order items were added (index
 * sprint_item_sprint_id_seq_idx), in the order of `keys`.
 */
export async function sprintItemsPages(
  prisma: SprintsPrisma,
  keys: readonly SprintItemsPageKey[],
): Promise<SprintItem[][]> {
  return inDirections(keys, async (group, k) => {
    const rows = parseRows(
      'sprintItemsPages',
      PagedSprintItemRow,
      await prisma.$queryRaw`
        SELECT q.idx, i.sprint_id::text AS "sprintId", i.work_item_id::text AS "workItemId", i.seq,
          i.added_at AS "addedAt", i.added_by_id::text AS "addedById", i.open, i.outcome, i.final_points AS "finalPoints"
        FROM unnest(${group.map((key) => key.sprintId)}::uuid[], ${group.map((key) => key.afterSeq.toString())}::bigint[],
          ${group.map((key) => key.take)}::int[]) WITH ORDINALITY AS q(sprint_id, after_seq, take, idx)
        CROSS JOIN LATERAL (
          SELECT * FROM sprints.sprint_item s
          WHERE s.sprint_id = q.sprint_id AND s.seq ${k.compare} q.after_seq ORDER BY s.seq ${k.order} LIMIT q.take
        ) i
        ORDER BY q.idx, i.seq ${k.order}`,
    );
    const pages: SprintItem[][] = group.map(() => []);
    for (const { idx, ...row } of rows) pages[Number(idx) - 1]!.push(row);
    return pages;
  });
}

/** How many items each sprint has (members at completion for a completed one), in the order of `sprintIds`. */
export async function sprintItemCounts(prisma: SprintsPrisma, sprintIds: readonly string[]): Promise<number[]> {
  const rows = await prisma.sprintItem.groupBy({
    by: ['sprintId'],
    where: { sprintId: { in: [...sprintIds] } },
    _count: { _all: true },
  });
  const counts = new Map(rows.map((row) => [row.sprintId, row._count._all]));
  return sprintIds.map((id) => counts.get(id) ?? 0);
}
