import { z } from 'zod';
import { conflict, notFound } from '../../../lib/errors';
import { parseRows } from '../../../lib/db/parse-rows';
import { groupedBy } from '../../../lib/loader-results';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import { maxReactionGroupsPerComment, reactorsShown } from '../rules/reactions';
import { IdRow } from './rows';

// Reactions are not item changes: no version, history, event or notification.

export const ReactionGroupRow = z.object({
  commentId: z.string(),
  emoji: z.string(),
  count: z.number().int(),
  viewerHasReacted: z.boolean(),
  reactorIds: z.array(z.string()),
});
export type ReactionGroupRow = z.infer<typeof ReactionGroupRow>;

/**
 * Each comment's reaction groups in the order each emoji was first used, with the first reactors
 * and whether the viewer is one of them: one statement on the primary key for all the comments.
 */
export async function reactionGroups(
  prisma: WorkItemsPrisma,
  commentIds: readonly string[],
  viewerId: string | null,
): Promise<ReactionGroupRow[][]> {
  const rows = parseRows(
    'reactionGroups',
    ReactionGroupRow,
    await prisma.$queryRaw`
      SELECT comment_id::text AS "commentId", emoji, count(*)::int AS count,
        coalesce(bool_or(user_id = ${viewerId}::uuid), false) AS "viewerHasReacted",
        (array_agg(user_id::text ORDER BY created_at, user_id))[1:${reactorsShown}::int] AS "reactorIds"
      FROM comment_reaction
      WHERE comment_id = ANY(${[...commentIds]}::uuid[])
      GROUP BY comment_id, emoji
      ORDER BY comment_id, min(created_at), emoji`,
  );
  return groupedBy(commentIds, rows, (row) => row.commentId);
}

const ReactionState = z.object({ groups: z.number().int(), present: z.boolean() });

/**
 * Adds the user's reaction, once: the comment's row is locked so two new emoji cannot both pass the
 * limit of groups. NOT_FOUND when the comment is gone, CONFLICT when a 21st emoji would start.
 */
export async function addReaction(
  tx: WorkItemsTx,
  input: { commentId: string; emoji: string; userId: string; at: Date },
): Promise<void> {
  const { commentId, emoji } = input;
  const locked = parseRows(
    'lockCommentForReaction',
    IdRow,
    await tx.$queryRaw`SELECT id::text AS id FROM comment WHERE id = ${commentId}::uuid FOR NO KEY UPDATE`,
  );
  if (!locked.length) throw notFound('Comment');
  const [state] = parseRows(
    'reactionState',
    ReactionState,
    await tx.$queryRaw`
      SELECT count(DISTINCT emoji)::int AS groups, coalesce(bool_or(emoji = ${emoji}), false) AS present
      FROM comment_reaction WHERE comment_id = ${commentId}::uuid`,
  );
  if (!state?.present && (state?.groups ?? 0) >= maxReactionGroupsPerComment) {
    throw conflict(
      `A comment has at most ${maxReactionGroupsPerComment} different reactions: react with one it already has.`,
    );
  }
  await tx.commentReaction.createMany({
    data: [{ commentId, emoji, userId: input.userId, createdAt: input.at }],
    skipDuplicates: true,
  });
}

/** Takes back the user's reaction with the emoji, if there is one (one statement). */
export async function removeReaction(
  db: WorkItemsPrisma,
  input: { commentId: string; emoji: string; userId: string },
): Promise<void> {
  await db.commentReaction.deleteMany({ where: input });
}
