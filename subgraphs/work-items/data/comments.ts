import { badInput } from '../../../lib/errors';
import { parseRows } from '../../../lib/db/parse-rows';
import { countsOf, pageRequestsSql, pagesOf, ParentCountRow, type PageRequest } from '../../../lib/db/batched-pages';
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
 * Pages of many items' comments, oldest first, in one statement: each page is one range scan of the
 * index (work_item_id, created_at, id) that stops after its rows.
 */
const CommentPageRow = CommentRow.extend(PageIndex);

export async function commentPages(prisma: WorkItemsPrisma, requests: readonly PageRequest[]): Promise<Comment[][]> {
  const rows = parseRows(
    'commentPages',
    CommentPageRow,
    await prisma.$queryRaw`
    SELECT req.idx::int AS idx, c.id::text AS id, c.work_item_id::text AS "workItemId", c.author_id::text AS "authorId",
      c.body, c.mentioned_user_ids::text[] AS "mentionedUserIds", c.created_at AS "createdAt", c.updated_at AS "updatedAt"
    FROM ${pageRequestsSql(requests)}
    CROSS JOIN LATERAL (
      SELECT * FROM comment c
      WHERE c.work_item_id = req.parent_id AND (c.created_at, c.id) > (req.after_time, req.after_id)
      ORDER BY c.created_at, c.id
      LIMIT req.take
    ) c
    ORDER BY req.idx, c.created_at, c.id`,
  );
  return pagesOf(requests, rows, ({ idx: _idx, ...comment }) => comment);
}

/** How many comments each item has, in one statement. */
export async function commentCounts(prisma: WorkItemsPrisma, itemIds: readonly string[]): Promise<number[]> {
  const rows = parseRows(
    'commentCounts',
    ParentCountRow,
    await prisma.$queryRaw`
      SELECT work_item_id::text AS "parentId", count(*)::int AS count FROM comment
      WHERE work_item_id = ANY(${[...itemIds]}::uuid[])
      GROUP BY work_item_id`,
  );
  return countsOf(itemIds, rows);
}
