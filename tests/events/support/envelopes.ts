import { randomUUID } from 'node:crypto';
import { createEvent, type EventEnvelope } from '../../../lib/events/envelope';

const organizationId = randomUUID();
const projectId = randomUUID();

/** A work_item.updated event whose title says which one it is, for following events through the bus. */
export function workItemEvent(title: string): EventEnvelope<'work_item.updated'> {
  const id = randomUUID();
  return createEvent({
    type: 'work_item.updated',
    actorId: randomUUID(),
    organizationId,
    projectId,
    aggregateId: id,
    payload: {
      workItem: {
        id,
        projectId,
        key: 'WEB-1',
        title,
        type: 'TASK',
        stateId: randomUUID(),
        stateCategory: 'UNSTARTED',
        assigneeId: null,
        reporterId: randomUUID(),
        estimate: null,
        parentId: null,
        archived: false,
        version: 2,
        stateName: 'To do',
        labelIds: [],
        createdAt: new Date().toISOString(),
      },
      changedFields: ['title'],
    },
  });
}

export function projectEvent(name: string): EventEnvelope<'project.updated'> {
  const id = randomUUID();
  return createEvent({
    type: 'project.updated',
    actorId: null,
    organizationId,
    projectId: id,
    aggregateId: id,
    payload: { project: { id, organizationId, key: 'WEB', name }, changedFields: ['name'] },
  });
}

export function titleOf(envelope: { payload: unknown }): string {
  const payload = envelope.payload as { workItem?: { title: string }; project?: { name: string } };
  return payload.workItem?.title ?? payload.project?.name ?? '';
}
