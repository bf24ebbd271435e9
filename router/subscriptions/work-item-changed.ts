import type { StreamEvent } from '../../lib/events/bus';
import type { EventType } from '../../lib/events/envelope';
import { toGlobalId } from '../../lib/ids';
import { entityRef } from './payload-resolution';

const kinds: Partial<Record<EventType, string>> = {
  'work_item.created': 'CREATED',
  'work_item.updated': 'UPDATED',
  'work_item.transitioned': 'TRANSITIONED',
  'work_item.moved': 'MOVED',
  'work_item.archived': 'ARCHIVED',
  'work_item.restored': 'RESTORED',
  'work_item.deleted': 'DELETED',
  'work_item.commented': 'COMMENTED',
  'work_item.linked': 'LINKED',
  'work_item.unlinked': 'UNLINKED',
};

export const workItemTopic = (projectId: string) => `work-items:${projectId}`;

/** `WorkItemChangeEvent` fields of a work-item event, or null for events this subscription does not carry. */
export function workItemChangeFields(event: StreamEvent): Record<string, unknown> | null {
  const { envelope } = event;
  const kind = kinds[envelope.type];
  if (!kind || !envelope.projectId) return null;
  const payload = envelope.payload as { changedFields?: string[] };
  const workItemId = toGlobalId('WorkItem', envelope.aggregateId);
  return {
    eventId: toGlobalId('WorkItemChangeEvent', envelope.id),
    kind,
    workItemId,
    workItem: kind === 'DELETED' ? null : entityRef('WorkItem', workItemId),
    projectId: toGlobalId('Project', envelope.projectId),
    actor: envelope.actorId ? entityRef('User', toGlobalId('User', envelope.actorId)) : null,
    changedFields: payload.changedFields ?? [],
    occurredAt: envelope.occurredAt,
  };
}
