import { badInput } from '../../../lib/errors';
import { parseRows } from '../../../lib/db/parse-rows';
import { sqltag, type Sql } from '@prisma/client/runtime/client';
import { countsOf, pageRequestsSql, pagesOf, ParentCountRow, type PageRequest } from '../../../lib/db/batched-pages';
import { inDirections } from '../../../lib/keyset';
import type { WorkItemsPrisma } from '../db';
import type { Comment } from '../generated/prisma/client';
import { maxMentionsPerComment, parseMentions } from '../rules/mentions';
import { CommentRow, PageIndex } from './rows';

export const maxCommentLength = 20_000;

/**
 * A comment body: markdown kept as written, 1..20,000 characters and not only whitespace, mentioning
 * at most 50 people.
 */
export function validateCommentBody(body: string, field = 'input.body'): string {
  if (!body.trim()) throw badInput(field, 'The comment must not be empty.');
  if (body.length > maxCommentLength) {
    throw badInput(field, `The comment must be at most ${maxCommentLength.toLocaleString('en-US')} characters.`);
  }
  if (parseMentions(body).length > maxMentionsPerComment) {
    throw badInput(field, `A comment may mention at most ${maxMentionsPerComment} people.`);
  }
  return body;
}

/**
 * Which comments a list holds, by its parent: every comment of an item, the comments that start an
 * item's threads, or a thread's replies. Each has an index on (parent, created_at, id).
 */
export type CommentList = 'item' | 'threads' | 'replies';

const parentMatch: Record<CommentList, (parent: Sql) => Sql> = {
  item: (parent) => sqltag`c.work_item_id = ${parent}`,
  threads: (parent) => sqltag`c.work_item_id = ${parent} AND c.parent_id IS NULL`,
  replies: (parent) => sqltag`c.parent_id = ${parent}`,
};

/**
 * Pages of many lists' comments, oldest first, in one statement: each page is one range scan of the
 * list's index that stops after its rows.
 */
const CommentPageRow = CommentRow.extend(PageIndex);

export async function commentPages(
  prisma: WorkItemsPrisma,
  list: CommentList,
  requests: readonly PageRequest[],
): Promise<Comment[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'commentPages',
      CommentPageRow,
      await prisma.$queryRaw`
      SELECT req.idx::int AS idx, c.id::text AS id, c.work_item_id::text AS "workItemId", c.author_id::text AS "authorId",
        c.body, c.mentioned_user_ids::text[] AS "mentionedUserIds", c.created_at AS "createdAt", c.updated_at AS "updatedAt",
        c.parent_id::text AS "parentId"
      FROM ${pageRequestsSql(group)}
      CROSS JOIN LATERAL (
        SELECT * FROM comment c
        WHERE ${parentMatch[list](sqltag`req.parent_id`)} AND (c.created_at, c.id) ${k.compare} (req.after_time, req.after_id)
        ORDER BY c.created_at ${k.order}, c.id ${k.order}
        LIMIT req.take
      ) c
      ORDER BY req.idx, c.created_at ${k.order}, c.id ${k.order}`,
    );
    return pagesOf(group, rows, ({ idx: _idx, ...comment }) => comment);
  });
}

/** How many comments each list has, in one statement. */
export async function commentCounts(
  prisma: WorkItemsPrisma,
  list: CommentList,
  parentIds: readonly string[],
): Promise<number[]> {
  const parentColumn = list === 'replies' ? sqltag`c.parent_id` : sqltag`c.work_item_id`;
  const rows = parseRows(
    'commentCounts',
    ParentCountRow,
    await prisma.$queryRaw`
      SELECT ${parentColumn}::text AS "parentId", count(*)::int AS count FROM comment c
      WHERE ${parentMatch[list](sqltag`ANY(${[...parentIds]}::uuid[])`)}
      GROUP BY ${parentColumn}`,
  );
  return countsOf(parentIds, rows);
}
