import { notFound } from '../../../lib/errors';
import type { SprintsTx } from '../db';
import { sprintEvent, writeSprintEvents } from '../events/sprint-events';
import type { Sprint } from '../generated/prisma/client';
import { lockSprint, requireState, type Actor } from './sprint-writes';

/**
 * Deletes a planned sprint: the items go back to the backlog, their memberships, scope log and
 * capacities go with the sprint (cascade). `sprint.deleted` lists the items it held. The sprint as it was.
 */
export async function deleteSprint(tx: SprintsTx, actor: Actor, sprintId: string): Promise<Sprint> {
  const sprint = await lockSprint(tx, sprintId);
  if (!sprint) throw notFound('Sprint');
  requireState(sprint, ['PLANNED'], 'only a planned sprint can be deleted');
  const items = await tx.sprintItem.findMany({
    where: { sprintId },
    orderBy: { seq: 'asc' },
    select: { workItemId: true },
  });
  await tx.sprint.delete({ where: { id: sprintId } });
  await writeSprintEvents(tx, [
    sprintEvent('sprint.deleted', sprint, actor, { workItemIds: items.map((item) => item.workItemId) }),
  ]);
  return sprint;
}
