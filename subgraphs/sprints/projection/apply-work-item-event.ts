import type { StreamEvent } from '../../../lib/events/bus';
import type { AnyEventEnvelope, EventType } from '../../../lib/events/envelope';
import { markProcessed } from '../../../lib/events/processed-events';
import type { Logger } from '../../../lib/logger';
import type { SprintsPrisma } from '../db';
import { insertHistory, stateOf, upsertIfNewer } from './read-model-writes';
import { removeFromOpenSprintIfGone } from './remove-from-sprint';

/** The consumer group (and processed-events consumer name) of the sprints read model. */
export const projectionGroup = 'sprints';

/** Events that may change what the sprints care about (estimate, state, project, archived): one history row each. */
const historyTypes = new Set<EventType>([
  'work_item.created',
  'work_item.updated',
  'work_item.transitioned',
  'work_item.moved',
  'work_item.archived',
  'work_item.restored',
  'work_item.deleted',
]);

type WorkItemEnvelope = Extract<AnyEventEnvelope, { payload: { workItem: unknown } }>;

const carriesWorkItem = (envelope: AnyEventEnvelope): envelope is WorkItemEnvelope =>
  envelope.type.startsWith('work_item.') && 'workItem' in envelope.payload;

/**
 * Applies one work-item event to the read model, once: every event is marked processed (relevant or
 * not), the item's row only moves to a newer version, and an item that is gone from its open
 * sprint's reach leaves the sprint, all in one transaction. Errors propagate: the bus retries.
 */
export function createWorkItemEventHandler(
  prisma: SprintsPrisma,
  logger: Logger,
): (event: Pick<StreamEvent, 'envelope'>) => Promise<void> {
  return async ({ envelope }) => {
    await prisma.$transaction(async (tx) => {
      if (!(await markProcessed(tx, 'sprints', projectionGroup, envelope.id))) {
        logger.debug('work-item event already processed', { eventId: envelope.id });
        return;
      }
      if (!carriesWorkItem(envelope)) return;
      const occurredAt = new Date(envelope.occurredAt);
      const origin = { actorId: envelope.actorId, at: occurredAt };
      const state = stateOf(
        envelope.payload.workItem,
        envelope.organizationId,
        envelope.type === 'work_item.deleted',
        occurredAt,
      );
      const newest = await upsertIfNewer(tx, state);
      if (historyTypes.has(envelope.type)) {
        await insertHistory(tx, state, { eventId: envelope.id, actorId: envelope.actorId });
      }
      const removed = newest && (await removeFromOpenSprintIfGone(tx, state, origin));
      logger.debug('work-item event applied', {
        eventId: envelope.id,
        type: envelope.type,
        workItemId: state.id,
        version: state.version,
        newest,
        removedFromSprint: removed,
      });
    });
  };
}
