import type { AnyEventEnvelope } from '../../../lib/events/envelope';
import { badInput, notFound } from '../../../lib/errors';
import type { SprintsTx } from '../db';
import { sprintEvent, writeSprintEvents } from '../events/sprint-events';
import type { Sprint } from '../generated/prisma/client';
import { completionFigures, finalOutcomes } from '../rules/sprint-lifecycle';
import { addMembers, closeMembers, ensureRoomInSprint, memberFigures } from './sprint-items';
import { lockSprints, requireState, touchSprint, type Actor } from './sprint-writes';
import type { FreshMembers } from './with-fresh-members';

export interface CompleteSprintInput {
  sprintId: string;
  /** The planned sprint of the same project that takes the unfinished items; null: the backlog. */
  carryOverToId: string | null;
}

export interface CompletedSprint {
  sprint: Sprint;
  carriedOverTo: Sprint | null;
  carriedOverItemCount: number;
}

/** Locks the sprint and the carry-over target (in id order); the active sprint and a planned target of its project. */
async function lockCompleting(tx: SprintsTx, input: CompleteSprintInput) {
  const { sprintId, carryOverToId } = input;
  const locked = await lockSprints(tx, carryOverToId ? [sprintId, carryOverToId] : [sprintId]);
  const current = locked.get(sprintId);
  if (!current) throw notFound('Sprint');
  requireState(current, ['ACTIVE'], 'only the active sprint can be completed');
  const target = carryOverToId ? locked.get(carryOverToId) : null;
  if (carryOverToId && (target?.projectId !== current.projectId || target.state !== 'PLANNED')) {
    throw badInput(
      'input.carryOverTo',
      'Unfinished items can only be carried over to a planned sprint of the same project.',
    );
  }
  return { current, target: target ?? null };
}

/** The carried-over items join the target as CARRIED_OVER additions; the target as updated and its event. */
async function carryOver(tx: SprintsTx, actor: Actor, target: Sprint, workItemIds: string[]) {
  await addMembers(tx, { sprintId: target.id, workItemIds, ...actor }, 'CARRIED_OVER');
  const carriedOverTo = await touchSprint(tx, target.id, actor.at);
  const event = sprintEvent('sprint.scope_changed', carriedOverTo, actor, {
    addedWorkItemIds: workItemIds,
    removedWorkItemIds: [],
  });
  return { carriedOverTo, event };
}

/**
 * Completes the active sprint: closes every membership with its outcome and records the figures (the
 * members from `freshMembers`, read through as for startSprint); unfinished items join the planned
 * sprint `carryOverToId` (as CARRIED_OVER additions there) or go back to the backlog.
 */
export async function completeSprint(
  tx: SprintsTx,
  actor: Actor,
  input: CompleteSprintInput,
  freshMembers: FreshMembers,
): Promise<CompletedSprint> {
  const { current, target } = await lockCompleting(tx, input);
  const outcomes = finalOutcomes(memberFigures(await freshMembers()));
  const figures = completionFigures(outcomes);
  const carriedIds = figures.carriedOverWorkItemIds;
  if (target) await ensureRoomInSprint(tx, target, carriedIds.length, 'input.carryOverTo');
  // Closed first: an item may be in one open sprint only.
  await closeMembers(tx, current.id, outcomes);
  const sprint = await tx.sprint.update({
    where: { id: current.id },
    data: {
      state: 'COMPLETED',
      completedAt: actor.at,
      completedById: actor.actorId,
      completedPoints: figures.completedPoints,
      completedItemCount: figures.completedWorkItemIds.length,
      carriedOverPoints: figures.carriedOverPoints,
      carriedOverItemCount: carriedIds.length,
      carriedOverToId: target?.id ?? null,
      updatedAt: actor.at,
    },
  });
  const events: AnyEventEnvelope[] = [
    sprintEvent('sprint.completed', sprint, actor, {
      completedWorkItemIds: figures.completedWorkItemIds,
      carriedOverWorkItemIds: carriedIds,
      carriedOverToSprintId: target?.id ?? null,
      completedPoints: figures.completedPoints,
    }),
  ];
  let carriedOverTo = target;
  if (target && carriedIds.length) {
    const carried = await carryOver(tx, actor, target, carriedIds);
    carriedOverTo = carried.carriedOverTo;
    events.push(carried.event);
  }
  // Canceled items leave the sprint too, though sprint.completed does not name them.
  await writeSprintEvents(
    tx,
    events,
    outcomes.map((outcome) => outcome.workItemId),
  );
  return { sprint, carriedOverTo, carriedOverItemCount: carriedIds.length };
}
