import { z } from 'zod';
import { parseRow } from '../../../lib/db/parse-rows';
import { poolRows } from '../../../lib/db/pool-rows';
import type { SprintsPrisma } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { MemberCapacity, ScopeChange, Sprint, WorkItem, WorkItemHistory } from '../generated/prisma/client';
import {
  MemberCapacityRow,
  ScopeChangeRow,
  SprintRow,
  sprintColumns,
  WorkItemHistoryRow,
  WorkItemRow,
  workItemColumns,
} from './rows';

// Reads behind the sprint figures, each for many sprints in one statement (the loaders batch them),
// straight from the pool (lib/db/pool-rows.ts): Prisma's per-row work was most of a sprint page's CPU.

/** Every item joining or leaving these sprints, oldest first. */
export function scopeChangesOfSprints(prisma: SprintsPrisma, sprintIds: readonly string[]): Promise<ScopeChange[]> {
  return poolRows(
    prisma,
    'scopeChangesOfSprints',
    ScopeChangeRow,
    Prisma.sql`SELECT id::text AS id, seq, sprint_id::text AS "sprintId", work_item_id::text AS "workItemId", kind,
      reason, actor_id::text AS "actorId", at
    FROM sprints.scope_change WHERE sprint_id = ANY(${[...sprintIds]}::uuid[]) ORDER BY at, seq`,
  );
}

/** The recorded states of these items, and their current rows (for items without history). */
export async function itemsOverTime(
  prisma: SprintsPrisma,
  workItemIds: readonly string[],
): Promise<{ history: WorkItemHistory[]; current: WorkItem[] }> {
  if (!workItemIds.length) return { history: [], current: [] };
  const ids = [...workItemIds];
  const [history, current] = await Promise.all([
    poolRows(
      prisma,
      'historyOfItems',
      WorkItemHistoryRow,
      Prisma.sql`SELECT id::text AS id, event_id::text AS "eventId", work_item_id::text AS "workItemId", version,
        occurred_at AS "occurredAt", actor_id::text AS "actorId", estimate, state_category AS "stateCategory",
        archived, deleted, project_id::text AS "projectId"
      FROM sprints.work_item_history WHERE work_item_id = ANY(${ids}::uuid[])`,
    ),
    workItemsByIds(prisma, ids),
  ]);
  return { history, current };
}

/** The read model's rows of these items. */
export function workItemsByIds(prisma: SprintsPrisma, ids: readonly string[]): Promise<WorkItem[]> {
  return poolRows(
    prisma,
    'workItemsByIds',
    WorkItemRow,
    Prisma.sql`SELECT ${workItemColumns} FROM sprints.work_item w WHERE w.id = ANY(${[...ids]}::uuid[])`,
  );
}

/** Sprints by id. */
export function sprintsByIds(prisma: SprintsPrisma, ids: readonly string[]): Promise<Sprint[]> {
  return poolRows(
    prisma,
    'sprintsByIds',
    SprintRow,
    Prisma.sql`SELECT ${sprintColumns} FROM sprints.sprint s WHERE s.id = ANY(${[...ids]}::uuid[])`,
  );
}

/** The ACTIVE sprint of each of these projects that has one. */
export function activeSprintsOfProjects(prisma: SprintsPrisma, projectIds: readonly string[]): Promise<Sprint[]> {
  return poolRows(
    prisma,
    'activeSprintsOfProjects',
    SprintRow,
    Prisma.sql`SELECT ${sprintColumns} FROM sprints.sprint s
    WHERE s.project_id = ANY(${[...projectIds]}::uuid[]) AND s.state = 'ACTIVE'`,
  );
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
  return poolRows(
    prisma,
    'openMembersOfSprints',
    OpenMemberRow,
    Prisma.sql`
      SELECT i.sprint_id::text AS "sprintId", w.estimate, w.state_category AS "stateCategory"
      FROM sprints.sprint_item i
      LEFT JOIN sprints.work_item w ON w.id = i.work_item_id
      WHERE i.sprint_id = ANY(${[...sprintIds]}::uuid[]) AND i.open`,
  );
}

/** Member capacities of these sprints, in the order they were given. */
export function capacitiesOfSprints(prisma: SprintsPrisma, sprintIds: readonly string[]): Promise<MemberCapacity[]> {
  return poolRows(
    prisma,
    'capacitiesOfSprints',
    MemberCapacityRow,
    Prisma.sql`SELECT sprint_id::text AS "sprintId", user_id::text AS "userId", position,
      days_off::text[] AS "daysOff", focus_factor AS "focusFactor", points_per_day AS "pointsPerDay"
    FROM sprints.member_capacity WHERE sprint_id = ANY(${[...sprintIds]}::uuid[]) ORDER BY sprint_id, position`,
  );
}

/** The project's last `take` completed sprints, most recent first. */
export function lastCompletedSprints(prisma: SprintsPrisma, projectId: string, take: number): Promise<Sprint[]> {
  return poolRows(
    prisma,
    'lastCompletedSprints',
    SprintRow,
    Prisma.sql`SELECT ${sprintColumns} FROM sprints.sprint s
    WHERE s.project_id = ${projectId}::uuid AND s.state = 'COMPLETED'
    ORDER BY s.completed_at DESC NULLS FIRST, s.id DESC LIMIT ${take}`,
  );
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
