import {
  createEvent,
  type EventPayloads,
  type FileSnapshot,
  type LinkAttachmentSnapshot,
} from '../../../lib/events/envelope';
import type { Blob, File, LinkAttachment } from '../generated/prisma/client';

/** A file as events tell of it, with its current version's content. */
export const fileSnapshot = (file: File, blob: Pick<Blob, 'contentType' | 'byteSize'>): FileSnapshot => ({
  id: file.id,
  projectId: file.projectId,
  targetKind: file.targetKind,
  targetId: file.targetId,
  workItemId: file.workItemId,
  name: file.name,
  contentType: blob.contentType,
  byteSize: Number(blob.byteSize),
  versionNumber: file.versionCount,
  uploadedBy: file.createdBy,
  deleted: file.deletedAt !== null,
});

export const linkSnapshot = (link: LinkAttachment): LinkAttachmentSnapshot => ({
  id: link.id,
  projectId: link.projectId,
  targetKind: link.targetKind,
  targetId: link.targetId,
  workItemId: link.workItemId,
  url: link.url,
  title: link.title,
});

type FileEventType =
  'file.attached' | 'file.version_added' | 'file.updated' | 'file.deleted' | 'file.restored' | 'file.purged';

/** A file event for the outbox: the project and organization are the file's, the aggregate the file. */
export const fileEvent = <T extends FileEventType>(
  type: T,
  file: Pick<File, 'id' | 'projectId' | 'organizationId'>,
  actorId: string | null,
  payload: EventPayloads[T],
) =>
  createEvent({
    type,
    actorId,
    organizationId: file.organizationId,
    projectId: file.projectId,
    aggregateId: file.id,
    payload,
  });

export const linkEvent = <T extends 'link_attachment.upserted' | 'link_attachment.deleted'>(
  type: T,
  link: LinkAttachment,
  organizationId: string,
  actorId: string,
  payload: EventPayloads[T],
) => createEvent({ type, actorId, organizationId, projectId: link.projectId, aggregateId: link.id, payload });
