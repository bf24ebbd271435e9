import { notFound } from '../../../lib/errors';
import type { SprintsTx } from '../db';
import { sprintEvent, writeSprintEvents } from '../events/sprint-events';
import type { Sprint } from '../generated/prisma/client';
import { committedScope } from '../rules/sprint-lifecycle';
import { activeSprintConflict } from './sprint-conflicts';
import { memberFigures } from './sprint-items';
import { lockSprint, otherActiveSprint, requireState, type Actor } from './sprint-writes';
import { violatesIndex } from './unique-indexes';
import type { FreshMembers } from './with-fresh-members';

/**
 * Starts a planned sprint (the project may have no other active one) and records the committed
 * scope: the members from `freshMembers` (read through, see `withFreshMembers`) and their points.
 */
export async function startSprint(
  tx: SprintsTx,
  actor: Actor,
  sprintId: string,
  freshMembers: FreshMembers,
): Promise<Sprint> {
  const current = await lockSprint(tx, sprintId);
  if (!current) throw notFound('Sprint');
  requireState(current, ['PLANNED'], 'only a planned sprint can be started');
  const active = await otherActiveSprint(tx, current.projectId, sprintId);
  if (active) throw activeSprintConflict(active);
  const { workItemIds, committedPoints, committedItemCount } = committedScope(memberFigures(await freshMembers()));
  const started = await tx.sprint
    .update({
      where: { id: sprintId },
      data: {
        state: 'ACTIVE',
        startedAt: actor.at,
        startedById: actor.actorId,
        committedPoints,
        committedItemCount,
        updatedAt: actor.at,
      },
    })
    .catch((error: unknown) => {
      // Another sprint of the project started between our check and our write.
      throw violatesIndex(error, 'sprint_one_active_per_project') ? activeSprintConflict(null) : error;
    });
  await writeSprintEvents(tx, [sprintEvent('sprint.started', started, actor, { workItemIds, committedPoints })]);
  return started;
}
