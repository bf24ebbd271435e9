import { badInput, notFound } from '../../../lib/errors';
import { parseRows } from '../../../lib/db/parse-rows';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import { itemCommentDeleted, itemCommented, writeItemEvents } from '../events/work-item-events';
import type { Comment } from '../generated/prisma/client';
import { originOf, type Actor } from './actor';
import { IdRow } from './rows';

// Comments are not item fields: the item's version and history stay as they are.

/** A comment by id, or null. */
export function findComment(db: WorkItemsPrisma, id: string): Promise<Comment | null> {
  return db.comment.findUnique({ where: { id } });
}

/**
 * Adds a comment by the actor, with `work_item.commented` naming the mentioned members. A reply first
 * takes a key-share lock on its thread's first comment, so a thread deleted meanwhile is BAD_USER_INPUT
 * on `input.replyTo` rather than a reply deleted without its event.
 */
export async function addComment(
  tx: WorkItemsTx,
  actor: Actor,
  input: { workItemId: string; body: string; mentionedUserIds: string[]; parentId: string | null },
): Promise<Comment> {
  const { at, userId: authorId } = actor;
  if (input.parentId) {
    const thread = parseRows(
      'lockThread',
      IdRow,
      await tx.$queryRaw`SELECT id::text AS id FROM comment WHERE id = ${input.parentId}::uuid FOR KEY SHARE`,
    );
    if (!thread.length) throw badInput('input.replyTo', 'The comment to reply to has been deleted.');
  }
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
 * Deletes a comment of the item with its replies, one `work_item.comment_deleted` each (replies first)
 * in the same transaction: NOT_FOUND (nothing written) when it is already gone. The row is locked
 * first so a reply being added meanwhile either is in the list or fails.
 */
export async function deleteComment(
  tx: WorkItemsTx,
  actor: Actor,
  input: { id: string; workItemId: string },
): Promise<void> {
  const locked = parseRows(
    'lockComment',
    IdRow,
    await tx.$queryRaw`
      SELECT id::text AS id FROM comment
      WHERE id = ${input.id}::uuid AND work_item_id = ${input.workItemId}::uuid FOR UPDATE`,
  );
  if (!locked.length) throw notFound('Comment');
  const replies = await tx.comment.findMany({
    where: { parentId: input.id },
    select: { id: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const deletedIds = [...replies.map((reply) => reply.id), input.id];
  await writeItemEvents(tx, [input.workItemId], (subject) =>
    deletedIds.map((id) => itemCommentDeleted(originOf(actor), subject, id)),
  );
  await tx.comment.deleteMany({ where: { id: { in: deletedIds } } });
}
