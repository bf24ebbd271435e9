import { notFound } from '../../../lib/errors';
import type { SprintsTx } from '../db';
import { sprintEvent, writeSprintEvents } from '../events/sprint-events';
import type { Sprint } from '../generated/prisma/client';
import type { MemberCapacityEntry } from '../validation';
import { capacityOf, replaceCapacity, sameCapacity } from './capacity-writes';
import { lockSprint, requireState, touchSprint, type Actor } from './sprint-writes';

/**
 * Replaces every capacity entry of a planned or active sprint (the users already checked to be
 * project members); giving the same entries again changes (and announces) nothing.
 */
export async function setSprintCapacity(
  tx: SprintsTx,
  actor: Actor,
  input: { sprintId: string; entries: readonly MemberCapacityEntry[] },
): Promise<Sprint> {
  const { sprintId, entries } = input;
  const current = await lockSprint(tx, sprintId);
  if (!current) throw notFound('Sprint');
  requireState(current, ['PLANNED', 'ACTIVE'], 'only a planned or active sprint has a capacity to set');
  if (sameCapacity(await capacityOf(tx, sprintId), entries)) return current;
  await replaceCapacity(tx, sprintId, entries);
  const updated = await touchSprint(tx, sprintId, actor.at);
  await writeSprintEvents(tx, [sprintEvent('sprint.capacity_changed', updated, actor, {})]);
  return updated;
}
