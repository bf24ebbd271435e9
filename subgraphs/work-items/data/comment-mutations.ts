import { notFound } from '../../../lib/errors';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import { itemCommentDeleted, itemCommented, writeItemEvents } from '../events/work-item-events';
import type { Comment } from '../generated/prisma/client';
import { originOf, type Actor } from './actor';

// Comments are not item fields: the item's version and history stay as they are.

/** A comment by id, or null. */
export function findComment(db: WorkItemsPrisma, id: string): Promise<Comment | null> {
  return db.comment.findUnique({ where: { id } });
}

/** Adds a comment by the actor, with `work_item.commented` naming the mentioned members. */
export async function addComment(
  tx: WorkItemsTx,
  actor: Actor,
  input: { workItemId: string; body: string; mentionedUserIds: string[] },
): Promise<Comment> {
  const { at, userId: authorId } = actor;
  const created = await tx.comment.create({ data: { ...input, authorId, createdAt: at, updatedAt: at } });
  await writeItemEvents(tx, [input.workItemId], (subject) => itemCommented(originOf(actor), subject, created));
  return created;
}

/** Rewrites a comment's body and mentions (one statement, no event). */
export function updateComment(
  db: WorkItemsPrisma,
  input: { id: string; body: string; mentionedUserIds: string[] },
): Promise<Comment> {
  const { id, body, mentionedUserIds } = input;
  return db.comment.update({ where: { id }, data: { body, mentionedUserIds, updatedAt: new Date() } });
}

/**
 * Deletes a comment of the item, with `work_item.comment_deleted` in the same transaction: NOT_FOUND
 * (nothing written) when it is already gone.
 */
export async function deleteComment(
  tx: WorkItemsTx,
  actor: Actor,
  input: { id: string; workItemId: string },
): Promise<void> {
  const { count } = await tx.comment.deleteMany({ where: { id: input.id, workItemId: input.workItemId } });
  if (count === 0) throw notFound('Comment');
  await writeItemEvents(tx, [input.workItemId], (subject) => itemCommentDeleted(originOf(actor), subject, input.id));
}
