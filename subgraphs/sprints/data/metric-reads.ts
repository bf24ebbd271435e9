import { z } from 'zod';
import { parseRow, parseRows } from '../../../lib/db/parse-rows';
import type { SprintsPrisma } from '../db';
import type { MemberCapacity, ScopeChange, Sprint, WorkItem, WorkItemHistory } from '../generated/prisma/client';

// Reads behind the sprint figures, each for many sprints in one statement (the loaders batch them).

/** Every item joining or leaving these sprints, oldest first. */
export function scopeChangesOfSprints(prisma: SprintsPrisma, sprintIds: readonly string[]): Promise<ScopeChange[]> {
  return prisma.scopeChange.findMany({
    where: { sprintId: { in: [...sprintIds] } },
    orderBy: [{ at: 'asc' }, { seq: 'asc' }],
  });
}

/** The recorded states of these items, and their current rows (for items without history). */
export async function itemsOverTime(
  prisma: SprintsPrisma,
  workItemIds: readonly string[],
): Promise<{ history: WorkItemHistory[]; current: WorkItem[] }> {
  if (!workItemIds.length) return { history: [], current: [] };
  const [history, current] = await Promise.all([
    prisma.workItemHistory.findMany({ where: { workItemId: { in: [...workItemIds] } } }),
    prisma.workItem.findMany({ where: { id: { in: [...workItemIds] } } }),
  ]);
  return { history, current };
}

const OpenMemberRow = z.object({
  sprintId: z.string(),
  estimate: z.number().nullable(),
  /** Null while the read model does not know the item. */
  stateCategory: z.string().nullable(),
});
export type OpenMember = z.infer<typeof OpenMemberRow>;

/** The items now in these (planned or active) sprints, with their current estimate and state. */
export async function openMembersOfSprints(prisma: SprintsPrisma, sprintIds: readonly string[]): Promise<OpenMember[]> {
  return parseRows(
    'openMembersOfSprints',
    OpenMemberRow,
    await prisma.$queryRaw`
      SELECT i.sprint_id::text AS "sprintId", w.estimate, w.state_category AS "stateCategory"
      FROM sprints.sprint_item i
      LEFT JOIN sprints.work_item w ON w.id = i.work_item_id
      WHERE i.sprint_id = ANY(${[...sprintIds]}::uuid[]) AND i.open`,
  );
}

/** Member capacities of these sprints, in the order they were given. */
export function capacitiesOfSprints(prisma: SprintsPrisma, sprintIds: readonly string[]): Promise<MemberCapacity[]> {
  return prisma.memberCapacity.findMany({
    where: { sprintId: { in: [...sprintIds] } },
    orderBy: [{ sprintId: 'asc' }, { position: 'asc' }],
  });
}

/** The project's last `take` completed sprints, most recent first. */
export function lastCompletedSprints(prisma: SprintsPrisma, projectId: string, take: number): Promise<Sprint[]> {
  return prisma.sprint.findMany({
    where: { projectId, state: 'COMPLETED' },
    orderBy: [{ completedAt: 'desc' }, { id: 'desc' }],
    take,
  });
}

/** Whether the read model knows this item as an epic of the project (not deleted). */
export async function isEpicOfProject(prisma: SprintsPrisma, projectId: string, workItemId: string): Promise<boolean> {
  const epic = await prisma.workItem.findFirst({
    where: { id: workItemId, projectId, type: 'EPIC', deleted: false },
    select: { id: true },
  });
  return Boolean(epic);
}

const PointsRow = z.object({ points: z.number() });

/** The estimates of an item's unfinished descendants at any depth, leaving out archived and deleted ones. */
export async function remainingPointsUnder(prisma: SprintsPrisma, workItemId: string): Promise<number> {
  const row = parseRow(
    'remainingPointsUnder',
    PointsRow,
    await prisma.$queryRaw`
      WITH RECURSIVE descendant AS (
        SELECT w.id, w.estimate, w.state_category, w.archived, w.deleted
        FROM sprints.work_item w WHERE w.parent_id = ${workItemId}::uuid
        UNION
        SELECT w.id, w.estimate, w.state_category, w.archived, w.deleted
        FROM sprints.work_item w JOIN descendant d ON w.parent_id = d.id
      )
      SELECT coalesce(sum(coalesce(estimate, 0)), 0)::double precision AS points
      FROM descendant
      WHERE NOT archived AND NOT deleted AND state_category NOT IN ('DONE', 'CANCELED')`,
  );
  return row.points;
}
