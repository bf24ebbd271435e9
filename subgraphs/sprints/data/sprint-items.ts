import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import { conflict } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import type { SprintsPrisma, SprintsTx } from '../db';
import type { Sprint, SprintItem, WorkItem } from '../generated/prisma/client';
import type { FinalOutcome, MemberFigures } from '../rules/sprint-lifecycle';
import { maxItemsPerSprint } from '../validation';

export interface MemberWithItem {
  membership: SprintItem;
  /** The read model's row; null when it has never heard of the item. */
  item: WorkItem | null;
}

/** The sprint's current members in the order they were added, each with the read model's row. */
export async function membersOf(tx: SprintsTx, sprintId: string): Promise<MemberWithItem[]> {
  const memberships = await tx.sprintItem.findMany({
    where: { sprintId },
    orderBy: { seq: 'asc' },
  });
  const items = await tx.workItem.findMany({ where: { id: { in: memberships.map((m) => m.workItemId) } } });
  const byId = new Map(items.map((item) => [item.id, item]));
  return memberships.map((membership) => ({ membership, item: byId.get(membership.workItemId) ?? null }));
}

/** What the lifecycle rules need of each member. */
export const memberFigures = (members: readonly MemberWithItem[]): MemberFigures[] =>
  members.map(({ membership, item }) => ({ workItemId: membership.workItemId, item }));

/** The ids of the sprint's current members, without locking anything. */
export async function memberIdsOf(prisma: SprintsPrisma, sprintId: string): Promise<string[]> {
  const rows = await prisma.sprintItem.findMany({ where: { sprintId }, select: { workItemId: true } });
  return rows.map((row) => row.workItemId);
}

/** The open sprint each item is in, by item id. */
export async function openSprintsOfItems(tx: SprintsTx, workItemIds: readonly string[]): Promise<Map<string, Sprint>> {
  const rows = await tx.sprintItem.findMany({
    where: { workItemId: { in: [...workItemIds] }, open: true },
    include: { sprint: true },
  });
  return new Map(rows.map((row) => [row.workItemId, row.sprint]));
}

export interface ScopeWrite {
  sprintId: string;
  workItemIds: readonly string[];
  actorId: string;
  at: Date;
}

/**
 * CONFLICT on `field` when `adding` more items would take the sprint past `maxItemsPerSprint`. Call it
 * with the sprint's row locked, so concurrent additions cannot pass the limit together.
 */
export async function ensureRoomInSprint(tx: SprintsTx, sprint: Sprint, adding: number, field: string): Promise<void> {
  const held = await tx.sprintItem.count({ where: { sprintId: sprint.id } });
  if (held + adding > maxItemsPerSprint) {
    throw conflict(
      `The sprint ${sprint.name} holds ${held} work items; ${adding} more would pass ${maxItemsPerSprint}, the most a sprint holds.`,
      { field, sprintId: toGlobalId('Sprint', sprint.id) },
    );
  }
}

/** Adds open memberships and logs an ADDED scope change for each (PLANNING by hand, CARRIED_OVER on completion). */
export async function addMembers(tx: SprintsTx, write: ScopeWrite, reason: 'PLANNING' | 'CARRIED_OVER'): Promise<void> {
  if (!write.workItemIds.length) return;
  const { sprintId, actorId, at } = write;
  await tx.sprintItem.createMany({
    data: write.workItemIds.map((workItemId) => ({ sprintId, workItemId, addedAt: at, addedById: actorId })),
  });
  await tx.scopeChange.createMany({
    data: write.workItemIds.map((workItemId) => ({ sprintId, workItemId, kind: 'ADDED', reason, actorId, at })),
  });
}

/** Removes memberships by hand and logs a REMOVED scope change (PLANNING) for each. */
export async function removeMembers(tx: SprintsTx, write: ScopeWrite): Promise<void> {
  if (!write.workItemIds.length) return;
  const { sprintId, actorId, at } = write;
  await tx.sprintItem.deleteMany({ where: { sprintId, workItemId: { in: [...write.workItemIds] } } });
  await tx.scopeChange.createMany({
    data: write.workItemIds.map((workItemId) => ({
      sprintId,
      workItemId,
      kind: 'REMOVED',
      reason: 'PLANNING',
      actorId,
      at,
    })),
  });
}

/** Closes every membership of a completing sprint with its outcome, in one statement. */
export async function closeMembers(tx: SprintsTx, sprintId: string, outcomes: readonly FinalOutcome[]): Promise<void> {
  if (!outcomes.length) return;
  await tx.$executeRaw`
    UPDATE sprints.sprint_item AS si
       SET open = false, outcome = v.outcome, final_points = v.points
      FROM unnest(${outcomes.map((o) => o.workItemId)}::uuid[], ${outcomes.map((o) => o.outcome)}::text[],
                  ${outcomes.map((o) => o.finalPoints)}::float8[]) AS v(id, outcome, points)
     WHERE si.sprint_id = ${sprintId}::uuid AND si.work_item_id = v.id`;
}

const ReadModelItemRow = z.object({
  id: z.string(),
  projectId: z.string(),
  archived: z.boolean(),
  deleted: z.boolean(),
});
export type ReadModelItemRow = z.infer<typeof ReadModelItemRow>;

/**
 * The read model's rows of these items, share-locked until the transaction ends: an archive or
 * deletion event applied meanwhile waits for the add to commit, then sees the new membership and
 * takes the item out again (or the add waits and sees the archived row). In id order, as the
 * read-through of states from the work-items service locks them, so the two never deadlock.
 */
export async function lockReadModelItems(tx: SprintsTx, ids: readonly string[]): Promise<ReadModelItemRow[]> {
  return parseRows(
    'lockReadModelItems',
    ReadModelItemRow,
    await tx.$queryRaw`
      SELECT id::text AS id, project_id::text AS "projectId", archived, deleted
      FROM sprints.work_item WHERE id = ANY(${[...ids]}::uuid[])
      ORDER BY id
      FOR SHARE`,
  );
}
