import type { AnyEventEnvelope } from '../../../lib/events/envelope';
import type { NotificationType } from '../notification-types';

// Who is notified of an event, and who starts watching because of it. Pure: the caller loads what the
// event does not carry (the item's watchers, the assignees of a sprint's items).

/** When one event concerns a person in several ways, the lowest rank wins (the most specific type). */
const rank: Record<NotificationType, number> = {
  ASSIGNED: 0,
  MENTIONED: 1,
  COMMENTED: 2,
  STATE_CHANGED: 3,
  ATTACHMENT_ADDED: 4,
  ADDED_TO_PROJECT: 5,
  SPRINT_STARTED: 6,
  SPRINT_COMPLETED: 7,
  INVITED_TO_ORGANIZATION: 8,
  DASHBOARD_REPORT: 9,
  WEBHOOK_ENDPOINT_DISABLED: 10,
};

export interface Recipient {
  userId: string;
  type: NotificationType;
}

/** What the read models know that the event does not carry. */
export interface RecipientFacts {
  /** Users watching the event's work item (watching = true) before the event. */
  watcherIds: readonly string[];
  /** Assignees of the sprint event's items, as far as the work-item read model knows them. */
  sprintAssigneeIds: readonly string[];
  /** The OWNERs and ADMINs of the event's organization now (users service), for the events told to them. */
  organizationAdminIds?: readonly string[];
}

/** WHY a user watches: REPORTER, ASSIGNEE, COMMENTER or MANUAL. */
export type WatchReason = 'REPORTER' | 'ASSIGNEE' | 'COMMENTER';

export interface AutoWatch {
  userId: string;
  reason: WatchReason;
  /** True: turns watching back on after an explicit unwatch (assigned again, commenting again). */
  overridesUnwatch: boolean;
}

/** The work items a sprint event concerns, whose assignees are notified. */
export function sprintItemIdsOf(envelope: AnyEventEnvelope): string[] {
  if (envelope.type === 'sprint.started') return envelope.payload.workItemIds;
  if (envelope.type === 'sprint.completed') {
    return [...envelope.payload.completedWorkItemIds, ...envelope.payload.carriedOverWorkItemIds];
  }
  return [];
}

/** What a files-stream event attached to a work item, as its watchers hear of it. */
export interface NewAttachment {
  /** The item it is attached to, directly or through one of its comments. */
  workItemId: string;
  /** A new file, a new version of a file, or a new link. */
  kind: 'FILE' | 'FILE_VERSION' | 'LINK';
  /** The file's name or the link's title (its URL when untitled). */
  name: string;
  /** Whether it is attached to a comment of the item rather than the item itself. */
  onComment: boolean;
}

/**
 * The attachment a files event adds to a work item, or null: project documents and links (no work
 * item), a link upserted again (an edit, not a new link), and every other event tell watchers nothing.
 */
export function newAttachmentOf(envelope: AnyEventEnvelope): NewAttachment | null {
  switch (envelope.type) {
    case 'file.attached':
    case 'file.version_added': {
      const { workItemId, name, targetKind } = envelope.payload.file;
      if (!workItemId) return null;
      const kind = envelope.type === 'file.attached' ? 'FILE' : 'FILE_VERSION';
      return { workItemId, kind, name, onComment: targetKind === 'COMMENT' };
    }
    case 'link_attachment.upserted': {
      const { workItemId, title, url, targetKind } = envelope.payload.linkAttachment;
      if (!workItemId || !envelope.payload.created) return null;
      return { workItemId, kind: 'LINK', name: title || url, onComment: targetKind === 'COMMENT' };
    }
    default:
      return null;
  }
}

/** The work item whose watchers may be notified, if the event has one: its own, or the one an attachment is on. */
export function workItemIdOf(envelope: AnyEventEnvelope): string | null {
  if (envelope.type.startsWith('work_item.') && 'workItem' in envelope.payload) return envelope.payload.workItem.id;
  return newAttachmentOf(envelope)?.workItemId ?? null;
}

/** Whether a work-item event assigned the item to someone (on creation: an assignee is set). */
export function newAssigneeOf(envelope: AnyEventEnvelope): string | null {
  switch (envelope.type) {
    case 'work_item.created':
      return envelope.payload.workItem.assigneeId;
    case 'work_item.updated':
    case 'work_item.transitioned':
    case 'work_item.moved':
      return envelope.payload.changedFields.includes('assignee') ? envelope.payload.workItem.assigneeId : null;
    default:
      return null;
  }
}

function changedState(envelope: AnyEventEnvelope): boolean {
  if (envelope.type === 'work_item.transitioned') return true;
  if (envelope.type === 'work_item.moved') return envelope.payload.changedFields.includes('state');
  return false;
}

/**
 * One recipient per user with the most specific type, never the actor (nor a comment's author), in
 * a stable order (by type, then first mention).
 */
export function recipientsOf(envelope: AnyEventEnvelope, facts: RecipientFacts): Recipient[] {
  const excluded = new Set<string>();
  if (envelope.actorId) excluded.add(envelope.actorId);
  if (envelope.type === 'work_item.commented') excluded.add(envelope.payload.authorId);

  const chosen = new Map<string, NotificationType>();
  const offer = (userId: string | null | undefined, type: NotificationType) => {
    if (!userId || excluded.has(userId)) return;
    const current = chosen.get(userId);
    if (!current || rank[type] < rank[current]) chosen.set(userId, type);
  };

  switch (envelope.type) {
    case 'work_item.created':
    case 'work_item.updated':
    case 'work_item.transitioned':
    case 'work_item.moved':
      offer(newAssigneeOf(envelope), 'ASSIGNED');
      if (changedState(envelope)) for (const id of facts.watcherIds) offer(id, 'STATE_CHANGED');
      break;
    case 'work_item.commented':
      for (const id of envelope.payload.mentionedUserIds) offer(id, 'MENTIONED');
      for (const id of facts.watcherIds) offer(id, 'COMMENTED');
      break;
    case 'file.attached':
    case 'file.version_added':
    case 'link_attachment.upserted':
      // Like comments: the item's watchers (its reporter and assignee among them) but the actor.
      if (newAttachmentOf(envelope)) for (const id of facts.watcherIds) offer(id, 'ATTACHMENT_ADDED');
      break;
    case 'project.member_added':
      offer(envelope.payload.userId, 'ADDED_TO_PROJECT');
      break;
    case 'sprint.started':
      for (const id of facts.sprintAssigneeIds) offer(id, 'SPRINT_STARTED');
      break;
    case 'sprint.completed':
      for (const id of facts.sprintAssigneeIds) offer(id, 'SPRINT_COMPLETED');
      break;
    case 'organization.invitation_created':
      offer(envelope.payload.inviteeId, 'INVITED_TO_ORGANIZATION');
      break;
    case 'webhook_endpoint.disabled':
      // Version 1 (written before the integrations service stopped copying admins) named them.
      if (envelope.version < 2) {
        const { recipientIds } = envelope.payload as { recipientIds?: string[] };
        for (const id of recipientIds ?? []) offer(id, 'WEBHOOK_ENDPOINT_DISABLED');
        break;
      }
      for (const id of facts.organizationAdminIds ?? []) offer(id, 'WEBHOOK_ENDPOINT_DISABLED');
      offer(envelope.payload.registrantId, 'WEBHOOK_ENDPOINT_DISABLED');
      break;
    default:
      break;
  }
  return [...chosen].map(([userId, type]) => ({ userId, type })).sort((a, b) => rank[a.type] - rank[b.type]);
}

/** Who starts (or resumes) watching the event's item: the reporter on creation, a new assignee, the commenter. */
export function autoWatchesOf(envelope: AnyEventEnvelope): AutoWatch[] {
  const watches: AutoWatch[] = [];
  if (envelope.type === 'work_item.created') {
    watches.push({ userId: envelope.payload.workItem.reporterId, reason: 'REPORTER', overridesUnwatch: false });
  }
  const assignee = newAssigneeOf(envelope);
  if (assignee) watches.push({ userId: assignee, reason: 'ASSIGNEE', overridesUnwatch: true });
  if (envelope.type === 'work_item.commented') {
    watches.push({ userId: envelope.payload.authorId, reason: 'COMMENTER', overridesUnwatch: true });
  }
  return watches;
}
