import type { StreamEvent } from '../../../lib/events/bus';
import type { AnyEventEnvelope } from '../../../lib/events/envelope';
import { markProcessed } from '../../../lib/events/processed-events';
import type { Logger } from '../../../lib/logger';
import { applyItemChange } from '../data/apply-item-change';
import { attachTeamToProject, detachTeamFromProject } from '../data/team-projects';
import { shareReadModel } from '../data/read-model-lock';
import type { AnalyticsPrisma, AnalyticsTx } from '../db';
import { carriesWorkItem, itemChangeOf } from './flow-event';

/** The consumer group (and processed-events consumer name) of the analytics read model. */
export const projectionGroup = 'analytics';

const rebuildWaitMs = 30 * 60_000;

/**
 * Applies one event to the read model exactly once: it is marked processed in the transaction that
 * applies it, so a redelivered event changes nothing. Errors propagate: the bus retries.
 */
export function createFlowEventHandler(
  prisma: AnalyticsPrisma,
  logger: Logger,
): (event: Pick<StreamEvent, 'envelope'>) => Promise<void> {
  return async ({ envelope }) => {
    // A rebuild holds the read model for as long as it takes: wait for it rather than fail and retry.
    await prisma.$transaction(
      async (tx) => {
        await shareReadModel(tx);
        await applyFlowEvent(tx, envelope, logger);
      },
      { timeout: rebuildWaitMs },
    );
  };
}

/** One event, once (marked processed in the caller's transaction): the live consumer's and the rebuild's replay. */
export async function applyFlowEvent(tx: AnalyticsTx, envelope: AnyEventEnvelope, logger: Logger): Promise<void> {
  if (!(await markProcessed(tx, 'analytics', projectionGroup, envelope.id))) return;
  if (carriesWorkItem(envelope)) {
    const applied = await applyItemChange(tx, itemChangeOf(envelope));
    logger.debug('work-item event applied', { eventId: envelope.id, type: envelope.type, applied });
  } else if (envelope.type === 'project.team_attached' && envelope.projectId) {
    await attachTeamToProject(tx, envelope.payload.teamId, envelope.projectId);
  } else if (envelope.type === 'project.team_detached' && envelope.projectId) {
    await detachTeamFromProject(tx, envelope.payload.teamId, envelope.projectId);
  }
}
