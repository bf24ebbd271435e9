import { createEvent, type AnyEventEnvelope, type EventType, type WorklogSnapshot } from '../../../lib/events/envelope';
import { writeOutbox } from '../../../lib/events/outbox';
import type { WorkItemsTx } from '../db';
import type { FieldChange } from '../rules/field-change';
import { changedFieldsOf } from './changed-fields';
import { eventSubjects, type EventSubject } from './work-item-snapshot';

// Events of work items, written to the work_items outbox in the transaction of the change (see the
// README's "Events"): the relay publishes them after the commit.

/** Who changed the items, and when (the change's own timestamp, so events and rows agree). */
export interface ChangeOrigin {
  actorId: string | null;
  at: Date;
}

/** The states of a state change, for `work_item.transitioned`. */
export interface StateChange {
  fromStateId: string;
  toStateId: string;
  fromCategory: string;
  toCategory: string;
}

function envelopeBase(origin: ChangeOrigin, subject: EventSubject) {
  return {
    actorId: origin.actorId,
    organizationId: subject.organizationId,
    projectId: subject.snapshot.projectId,
    aggregateId: subject.snapshot.id,
    occurredAt: origin.at,
  };
}

export const itemCreated = (origin: ChangeOrigin, subject: EventSubject) =>
  createEvent({ type: 'work_item.created', ...envelopeBase(origin, subject), payload: { workItem: subject.snapshot } });

/** `work_item.transitioned` when the state changed (with every changed field), else `work_item.updated`. */
export function itemChanged(
  origin: ChangeOrigin,
  subject: EventSubject,
  changes: readonly Pick<FieldChange, 'field'>[],
  stateChange?: StateChange | null,
): AnyEventEnvelope {
  const changedFields = changedFieldsOf(changes);
  const base = envelopeBase(origin, subject);
  if (stateChange) {
    return createEvent({
      type: 'work_item.transitioned',
      ...base,
      payload: { workItem: subject.snapshot, changedFields, ...stateChange },
    });
  }
  return createEvent({ type: 'work_item.updated', ...base, payload: { workItem: subject.snapshot, changedFields } });
}

/** A board move: `rank` always, `state` too when the move changed the column. */
export const itemMoved = (
  origin: ChangeOrigin,
  subject: EventSubject,
  changes: readonly Pick<FieldChange, 'field'>[],
) =>
  createEvent({
    type: 'work_item.moved',
    ...envelopeBase(origin, subject),
    payload: { workItem: subject.snapshot, changedFields: changedFieldsOf(changes, ['rank']) },
  });

type LifecycleType = Extract<EventType, 'work_item.archived' | 'work_item.restored' | 'work_item.deleted'>;

export const itemLifecycle = (type: LifecycleType, origin: ChangeOrigin, subject: EventSubject): AnyEventEnvelope =>
  createEvent({ type, ...envelopeBase(origin, subject), payload: { workItem: subject.snapshot } });

export const itemCommented = (
  origin: ChangeOrigin,
  subject: EventSubject,
  comment: { id: string; authorId: string; mentionedUserIds: string[]; parentId: string | null },
) =>
  createEvent({
    type: 'work_item.commented',
    ...envelopeBase(origin, subject),
    payload: {
      workItem: subject.snapshot,
      commentId: comment.id,
      authorId: comment.authorId,
      mentionedUserIds: comment.mentionedUserIds,
      parentCommentId: comment.parentId,
    },
  });

/** A deleted comment of the item: written before the row goes, with the item as it is. */
export const itemCommentDeleted = (origin: ChangeOrigin, subject: EventSubject, commentId: string) =>
  createEvent({
    type: 'work_item.comment_deleted',
    ...envelopeBase(origin, subject),
    payload: { workItem: subject.snapshot, commentId },
  });

/** A worklog added, changed or deleted: the worklog as it is (or, deleted, as it was). */
export const itemWorklogChanged = (
  type: 'work_item.worklog_added' | 'work_item.worklog_updated' | 'work_item.worklog_deleted',
  origin: ChangeOrigin,
  subject: EventSubject,
  worklog: WorklogSnapshot,
) => createEvent({ type, ...envelopeBase(origin, subject), payload: { workItem: subject.snapshot, worklog } });

/** One side of a link: `linkType` as this item sees it. */
export const itemLinkChanged = (
  type: 'work_item.linked' | 'work_item.unlinked',
  origin: ChangeOrigin,
  subject: EventSubject,
  link: { linkType: string; otherWorkItemId: string },
): AnyEventEnvelope =>
  createEvent({ type, ...envelopeBase(origin, subject), payload: { workItem: subject.snapshot, ...link } });

/** Writes events whose snapshots the caller already holds (one statement). */
export function writeBuiltItemEvents(tx: WorkItemsTx, events: AnyEventEnvelope[]): Promise<void> {
  return writeOutbox(tx, 'work_items', events);
}

/**
 * Reads the items' snapshots as they are now in this transaction (one statement) and writes the
 * events `build` makes of each, in `ids` order, to the outbox (one statement). Call it after the
 * change, inside its transaction; for a deletion, before the row goes.
 */
export async function writeItemEvents(
  tx: WorkItemsTx,
  ids: readonly string[],
  build: (subject: EventSubject) => AnyEventEnvelope | AnyEventEnvelope[] | null,
): Promise<void> {
  if (!ids.length) return;
  const subjects = await eventSubjects(tx, ids);
  const events = [...new Set(ids)].flatMap((id) => {
    const subject = subjects.get(id);
    return subject ? (build(subject) ?? []) : [];
  });
  await writeBuiltItemEvents(tx, events);
}
