import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { WorkItemsPrisma } from '../db';

/** A comment with its item's project and organization, as other services attach things to it. */
export const CommentTargetRow = z.object({
  id: z.string(),
  workItemId: z.string(),
  projectId: z.string(),
  organizationId: z.string(),
  authorId: z.string(),
});
export type CommentTargetRow = z.infer<typeof CommentTargetRow>;

/** The comments of these uuids with their item, project and organization (one statement); missing ones left out. */
export async function commentTargetRows(db: WorkItemsPrisma, ids: readonly string[]): Promise<CommentTargetRow[]> {
  if (!ids.length) return [];
  return parseRows(
    'commentTargetRows',
    CommentTargetRow,
    await db.$queryRaw`
      SELECT c.id::text AS id, c.work_item_id::text AS "workItemId", w.project_id::text AS "projectId",
        ps.organization_id::text AS "organizationId", c.author_id::text AS "authorId"
      FROM work_items.comment c
      JOIN work_items.work_item w ON w.id = c.work_item_id
      JOIN work_items.project_settings ps ON ps.project_id = w.project_id
      WHERE c.id = ANY(${[...new Set(ids)]}::uuid[])`,
  );
}
