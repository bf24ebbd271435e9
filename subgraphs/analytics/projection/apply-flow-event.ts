import type { StreamEvent } from '../../../lib/events/bus';
import { markProcessed } from '../../../lib/events/processed-events';
import type { Logger } from '../../../lib/logger';
import { applyItemChange } from '../data/apply-item-change';
import { attachTeamToProject, detachTeamFromProject } from '../data/team-projects';
import type { AnalyticsPrisma } from '../db';
import { carriesWorkItem, itemChangeOf } from './flow-event';

/** The consumer group (and processed-events consumer name) of the analytics read model. */
export const projectionGroup = 'analytics';

/**
 * Applies one event to the read model exactly once: it is marked processed in the transaction that
 * applies it, so a redelivered event changes nothing. Errors propagate: the bus retries.
 */
export function createFlowEventHandler(
  prisma: AnalyticsPrisma,
  logger: Logger,
): (event: Pick<StreamEvent, 'envelope'>) => Promise<void> {
  return async ({ envelope }) => {
    await prisma.$transaction(async (tx) => {
      if (!(await markProcessed(tx, 'analytics', projectionGroup, envelope.id))) return;
      if (carriesWorkItem(envelope)) {
        const applied = await applyItemChange(tx, itemChangeOf(envelope));
        logger.debug('work-item event applied', { eventId: envelope.id, type: envelope.type, applied });
      } else if (envelope.type === 'project.team_attached' && envelope.projectId) {
        await attachTeamToProject(tx, envelope.payload.teamId, envelope.projectId);
      } else if (envelope.type === 'project.team_detached' && envelope.projectId) {
        await detachTeamFromProject(tx, envelope.payload.teamId, envelope.projectId);
      }
    });
  };
}
