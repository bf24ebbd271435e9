import type { StreamEvent } from '../../lib/events/bus';
import type { AnyEventEnvelope, EventType } from '../../lib/events/envelope';
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

/**
 * Files-stream events boards show, with the WorkItem field they change. `file.updated` (a name or
 * alt text) is not shown: boards list attachments, not their details.
 */
const attachmentKinds: Partial<Record<EventType, { kind: string; field: string }>> = {
  'file.attached': { kind: 'ATTACHMENT_ADDED', field: 'attachments' },
  'file.version_added': { kind: 'ATTACHMENT_ADDED', field: 'attachments' },
  'file.restored': { kind: 'ATTACHMENT_ADDED', field: 'attachments' },
  'file.deleted': { kind: 'ATTACHMENT_REMOVED', field: 'attachments' },
  'file.purged': { kind: 'ATTACHMENT_REMOVED', field: 'attachments' },
  'link_attachment.upserted': { kind: 'ATTACHMENT_ADDED', field: 'linkAttachments' },
  'link_attachment.deleted': { kind: 'ATTACHMENT_REMOVED', field: 'linkAttachments' },
};

export const workItemTopic = (projectId: string) => `work-items:${projectId}`;

/** The change a files-stream event makes to a work item, or null: not such an event, or no work item (project documents). */
export function attachmentChangeOf(
  envelope: AnyEventEnvelope,
): { kind: string; workItemId: string; changedFields: string[] } | null {
  const attachment = attachmentKinds[envelope.type];
  if (!attachment) return null;
  // The aggregate is the file or link: the item is the one the payload says it is attached to
  // (directly or through a comment).
  const payload = envelope.payload as {
    file?: { workItemId?: string | null };
    linkAttachment?: { workItemId?: string | null };
  };
  const workItemId = (payload.file ?? payload.linkAttachment)?.workItemId;
  if (!workItemId) return null;
  return { kind: attachment.kind, workItemId, changedFields: [attachment.field] };
}

/** `WorkItemChangeEvent` fields of a work-item or attachment event, or null for events this subscription does not carry. */
export function workItemChangeFields(event: StreamEvent): Record<string, unknown> | null {
  const { envelope } = event;
  if (!envelope.projectId) return null;
  const attachment = attachmentChangeOf(envelope);
  const kind = attachment?.kind ?? kinds[envelope.type];
  if (!kind) return null;
  const payload = envelope.payload as { changedFields?: string[] };
  const workItemId = toGlobalId('WorkItem', attachment?.workItemId ?? envelope.aggregateId);
  return {
    eventId: toGlobalId('WorkItemChangeEvent', envelope.id),
    kind,
    workItemId,
    workItem: kind === 'DELETED' ? null : entityRef('WorkItem', workItemId),
    projectId: toGlobalId('Project', envelope.projectId),
    actor: envelope.actorId ? entityRef('User', toGlobalId('User', envelope.actorId)) : null,
    changedFields: attachment?.changedFields ?? payload.changedFields ?? [],
    occurredAt: envelope.occurredAt,
  };
}
