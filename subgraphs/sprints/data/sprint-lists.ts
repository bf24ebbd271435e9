import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import { badInput } from '../../../lib/errors';
import { decodeTimeIdCursor } from '../../../lib/time-id-cursor';
import type { Page } from '../../../lib/relay';
import type { SprintsPrisma } from '../db';
import type { Sprint, SprintItem } from '../generated/prisma/client';

/** A project's sprints by (start date, id), optionally some states only (index sprint_project_id_state_start_date_id_idx). */
export function projectSprintsPage(
  prisma: SprintsPrisma,
  projectId: string,
  states: readonly string[] | null,
  page: Page,
): Promise<Sprint[]> {
  const cursor = decodeTimeIdCursor(page);
  return prisma.sprint.findMany({
    where: {
      projectId,
      ...(states ? { state: { in: [...states] } } : {}),
      ...(cursor
        ? { OR: [{ startDate: { gt: cursor.time } }, { startDate: cursor.time, id: { gt: cursor.id } }] }
        : {}),
    },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    take: page.take,
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
}

/** The seq a `Sprint.workItems` cursor points after; 0 on the first page. */
export function sprintItemsAfter(page: Page): bigint {
  if (!page.after) return 0n;
  const [seq] = page.after;
  if (page.after.length !== 1 || !seq || !/^\d{1,19}$/.test(seq))
    throw badInput('after', 'after is not a valid cursor.');
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
  const rows = parseRows(
    'sprintItemsPages',
    PagedSprintItemRow,
    await prisma.$queryRaw`
      SELECT q.idx, i.sprint_id::text AS "sprintId", i.work_item_id::text AS "workItemId", i.seq,
        i.added_at AS "addedAt", i.added_by_id::text AS "addedById", i.open, i.outcome, i.final_points AS "finalPoints"
      FROM unnest(${keys.map((k) => k.sprintId)}::uuid[], ${keys.map((k) => k.afterSeq.toString())}::bigint[],
        ${keys.map((k) => k.take)}::int[]) WITH ORDINALITY AS q(sprint_id, after_seq, take, idx)
      CROSS JOIN LATERAL (
        SELECT * FROM sprints.sprint_item s
        WHERE s.sprint_id = q.sprint_id AND s.seq > q.after_seq ORDER BY s.seq LIMIT q.take
      ) i
      ORDER BY q.idx, i.seq`,
  );
  const pages: SprintItem[][] = keys.map(() => []);
  for (const { idx, ...row } of rows) pages[Number(idx) - 1]!.push(row);
  return pages;
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
