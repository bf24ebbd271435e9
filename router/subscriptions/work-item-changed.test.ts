import { randomUUID } from 'node:crypto';
import { createEventBus } from '../../lib/events';
import type { StreamEvent } from '../../lib/events/bus';
import {
  createEvent,
  streamOf,
  type AnyEventEnvelope,
  type EventPayloads,
  type FileSnapshot,
  type LinkAttachmentSnapshot,
} from '../../lib/events/envelope';
import { toGlobalId } from '../../lib/ids';
import { createLogger } from '../../lib/logger';
import { EventHub, topicOfEvent, type HubSubscriber } from './event-hub';
import { entityRef } from './payload-resolution';
import { workItemChangeFields } from './work-item-changed';

const [organizationId, projectId, workItemId, actorId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];

function file(overrides: Partial<FileSnapshot> = {}): FileSnapshot {
  return {
    id: randomUUID(),
    projectId,
    targetKind: 'WORK_ITEM',
    targetId: workItemId,
    workItemId,
    name: 'design.pdf',
    contentType: 'application/pdf',
    byteSize: 1234,
    versionNumber: 1,
    uploadedBy: actorId,
    deleted: false,
    ...overrides,
  };
}

function link(overrides: Partial<LinkAttachmentSnapshot> = {}): LinkAttachmentSnapshot {
  return {
    id: randomUUID(),
    projectId,
    targetKind: 'WORK_ITEM',
    targetId: workItemId,
    workItemId,
    url: 'https://example.com/pull/1',
    title: 'Pull request 1',
    ...overrides,
  };
}

/** An event of the files service as its outbox writes it: the aggregate is the file or link, not the item. */
function filesEvent<T extends keyof EventPayloads>(type: T, payload: EventPayloads[T]): StreamEvent {
  const attached = (
    'file' in payload ? payload.file : (payload as { linkAttachment: LinkAttachmentSnapshot }).linkAttachment
  )!;
  const envelope = createEvent({ type, actorId, organizationId, projectId, aggregateId: attached.id, payload });
  return { stream: streamOf(type), entryId: '1-0', envelope: envelope as AnyEventEnvelope };
}

const fileEvents = {
  'file.attached': (snapshot: FileSnapshot) => filesEvent('file.attached', { file: snapshot }),
  'file.version_added': (snapshot: FileSnapshot) =>
    filesEvent('file.version_added', { file: { ...snapshot, versionNumber: 2 } }),
  'file.restored': (snapshot: FileSnapshot) => filesEvent('file.restored', { file: snapshot }),
  'file.deleted': (snapshot: FileSnapshot) =>
    filesEvent('file.deleted', { file: { ...snapshot, deleted: true }, purgeAfter: '2027-01-01T00:00:00.000Z' }),
  'file.purged': (snapshot: FileSnapshot) => filesEvent('file.purged', { file: { ...snapshot, deleted: true } }),
};
const linkEvents = {
  'link_attachment.upserted': (snapshot: LinkAttachmentSnapshot) =>
    filesEvent('link_attachment.upserted', { linkAttachment: snapshot, created: true }),
  'link_attachment.deleted': (snapshot: LinkAttachmentSnapshot) =>
    filesEvent('link_attachment.deleted', { linkAttachment: snapshot }),
};

describe('workItemChanged and attachments', () => {
  it.each([
    ['file.attached', 'ATTACHMENT_ADDED'],
    ['file.version_added', 'ATTACHMENT_ADDED'],
    ['file.restored', 'ATTACHMENT_ADDED'],
    ['file.deleted', 'ATTACHMENT_REMOVED'],
    ['file.purged', 'ATTACHMENT_REMOVED'],
  ] as const)('delivers %s of an item’s file to the project’s boards as %s of the item', (type, kind) => {
    const event = fileEvents[type](file());
    expect(event.stream).toBe('files');
    expect(topicOfEvent(event)).toBe(`work-items:${projectId}`);
    const itemId = toGlobalId('WorkItem', workItemId);
    expect(workItemChangeFields(event)).toEqual({
      eventId: toGlobalId('WorkItemChangeEvent', event.envelope.id),
      kind,
      workItemId: itemId,
      workItem: entityRef('WorkItem', itemId),
      projectId: toGlobalId('Project', projectId),
      actor: entityRef('User', toGlobalId('User', actorId)),
      changedFields: ['attachments'],
      occurredAt: event.envelope.occurredAt,
    });
  });

  it.each([
    ['link_attachment.upserted', 'ATTACHMENT_ADDED'],
    ['link_attachment.deleted', 'ATTACHMENT_REMOVED'],
  ] as const)('delivers %s of an item’s link as %s with linkAttachments changed', (type, kind) => {
    const event = linkEvents[type](link());
    expect(topicOfEvent(event)).toBe(`work-items:${projectId}`);
    expect(workItemChangeFields(event)).toMatchObject({
      kind,
      workItemId: toGlobalId('WorkItem', workItemId),
      changedFields: ['linkAttachments'],
    });
  });

  it('names the work item of a file attached to one of its comments, not the file or the comment', () => {
    const commentId = randomUUID();
    const event = fileEvents['file.attached'](file({ targetKind: 'COMMENT', targetId: commentId }));
    expect(topicOfEvent(event)).toBe(`work-items:${projectId}`);
    const fields = workItemChangeFields(event);
    expect(fields?.workItemId).toBe(toGlobalId('WorkItem', workItemId));
    expect(fields?.workItemId).not.toBe(toGlobalId('WorkItem', event.envelope.aggregateId));
  });

  it('does not deliver project documents and links, which belong to no work item', () => {
    const documentEvent = fileEvents['file.attached'](
      file({ targetKind: 'PROJECT', targetId: projectId, workItemId: null }),
    );
    const projectLink = linkEvents['link_attachment.upserted'](
      link({ targetKind: 'PROJECT', targetId: projectId, workItemId: null }),
    );
    for (const event of [documentEvent, projectLink]) {
      expect(topicOfEvent(event)).toBeNull();
      expect(workItemChangeFields(event)).toBeNull();
    }
  });

  it('does not deliver file.updated (a name or alt text changed)', () => {
    const event = filesEvent('file.updated', { file: file(), changedFields: ['name'] });
    expect(topicOfEvent(event)).toBeNull();
    expect(workItemChangeFields(event)).toBeNull();
  });

  it('still names the aggregate as the item of work-item events', () => {
    const itemId = randomUUID();
    const event = createEvent({
      type: 'work_item.commented',
      actorId,
      organizationId,
      projectId,
      aggregateId: itemId,
      payload: {
        workItem: {
          id: itemId,
          projectId,
          key: 'WEB-1',
          title: 'Fix login',
          type: 'TASK',
          stateId: randomUUID(),
          stateCategory: 'TODO',
          assigneeId: null,
          reporterId: actorId,
          estimate: null,
          parentId: null,
          archived: false,
          version: 1,
        },
        commentId: randomUUID(),
        authorId: actorId,
        mentionedUserIds: [],
      },
    });
    expect(workItemChangeFields({ stream: 'work-items', entryId: '1-0', envelope: event })).toMatchObject({
      kind: 'COMMENTED',
      workItemId: toGlobalId('WorkItem', itemId),
      changedFields: [],
    });
  });

  it('reaches the project’s subscribers from the files stream the hub tails', async () => {
    const logger = createLogger('test', 'silent');
    const bus = createEventBus({ logger });
    const hub = new EventHub(bus, () => {}, logger);
    try {
      await hub.start();
      const delivered: StreamEvent[] = [];
      const subscriber: HubSubscriber = {
        userId: randomUUID(),
        projectId,
        topic: `work-items:${projectId}`,
        deliver: (event) => delivered.push(event),
        hold: () => {},
        release: () => {},
        end: () => {},
      };
      hub.add(subscriber, Date.now());
      const { envelope } = fileEvents['file.attached'](file());
      await bus.publish('files', envelope);
      for (let wait = 0; !delivered.length && wait < 100; wait += 1) await new Promise((r) => setTimeout(r, 10));
      expect(delivered.map((event) => [event.stream, event.envelope.id])).toEqual([['files', envelope.id]]);
    } finally {
      await hub.close();
      await bus.close();
    }
  });
});
