import type { StreamEvent } from '../../lib/events/bus';
import type { EventType } from '../../lib/events/envelope';
import { toGlobalId } from '../../lib/ids';
import { entityRef } from './payload-resolution';

const kinds: Partial<Record<EventType, string>> = {
  'sprint.created': 'CREATED',
  'sprint.updated': 'UPDATED',
  'sprint.deleted': 'DELETED',
  'sprint.started': 'STARTED',
  'sprint.completed': 'COMPLETED',
  'sprint.scope_changed': 'SCOPE_CHANGED',
  'sprint.capacity_changed': 'CAPACITY_CHANGED',
};

export const sprintTopic = (projectId: string) => `sprints:${projectId}`;

/** Whether `sprintChanged` carries events of this type (the stream also carries read-model feeds). */
export const isSprintChangeType = (type: EventType): boolean => kinds[type] !== undefined;

const workItemIds = (ids: string[] | undefined) => (ids ?? []).map((id) => toGlobalId('WorkItem', id));

/** `SprintChangeEvent` fields of a sprint event, or null for events this subscription does not carry. */
export function sprintChangeFields(event: StreamEvent): Record<string, unknown> | null {
  const { envelope } = event;
  const kind = kinds[envelope.type];
  if (!kind || !envelope.projectId) return null;
  const payload = envelope.payload as {
    changedFields?: string[];
    addedWorkItemIds?: string[];
    removedWorkItemIds?: string[];
    carriedOverWorkItemIds?: string[];
  };
  const sprintId = toGlobalId('Sprint', envelope.aggregateId);
  return {
    eventId: toGlobalId('SprintChangeEvent', envelope.id),
    kind,
    sprintId,
    sprint: kind === 'DELETED' ? null : entityRef('Sprint', sprintId),
    projectId: toGlobalId('Project', envelope.projectId),
    actor: envelope.actorId ? entityRef('User', toGlobalId('User', envelope.actorId)) : null,
    changedFields: payload.changedFields ?? [],
    addedWorkItemIds: workItemIds(payload.addedWorkItemIds),
    removedWorkItemIds: workItemIds(kind === 'COMPLETED' ? payload.carriedOverWorkItemIds : payload.removedWorkItemIds),
    occurredAt: envelope.occurredAt,
  };
}
