import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import type { WorkItemLinkType } from '../generated/resolvers-types';

/** The most relations an item has, counting both directions; linking beyond is a CONFLICT. */
export const maxRelationsPerItem = 100;

/** The types links are stored as: every other type is one of these seen from the other end. */
export type StoredLinkType = 'BLOCKS' | 'RELATES_TO' | 'DUPLICATES' | 'CLONES';

const inverses: Record<WorkItemLinkType, WorkItemLinkType> = {
  BLOCKS: 'BLOCKED_BY',
  BLOCKED_BY: 'BLOCKS',
  RELATES_TO: 'RELATES_TO',
  DUPLICATES: 'DUPLICATED_BY',
  DUPLICATED_BY: 'DUPLICATES',
  CLONES: 'CLONED_BY',
  CLONED_BY: 'CLONES',
};

const storedTypes = new Set<string>(['BLOCKS', 'RELATES_TO', 'DUPLICATES', 'CLONES']);

/** The relation as the other item sees it: BLOCKS ⇄ BLOCKED_BY, RELATES_TO is its own inverse. */
export function inverseLinkType(type: WorkItemLinkType): WorkItemLinkType {
  return inverses[type];
}

export interface CanonicalLink {
  sourceId: string;
  targetId: string;
  type: StoredLinkType;
}

/**
 * The one row a relation is stored as: BLOCKED_BY, DUPLICATED_BY and CLONED_BY become their inverse
 * with the ends swapped; RELATES_TO is undirected and stored with source_id < target_id. Lowercase
 * uuid text compares in the same order as PostgreSQL compares uuids.
 */
export function canonicalLink(sourceId: string, targetId: string, type: WorkItemLinkType): CanonicalLink {
  if (type === 'RELATES_TO') {
    const [a, b] = sourceId < targetId ? [sourceId, targetId] : [targetId, sourceId];
    return { sourceId: a, targetId: b, type };
  }
  if (storedTypes.has(type)) return { sourceId, targetId, type: type as StoredLinkType };
  return { sourceId: targetId, targetId: sourceId, type: inverses[type] as StoredLinkType };
}

/** A stored link's type as seen from one of its ends. */
export function linkTypeSeenFrom(storedType: string, fromSource: boolean): WorkItemLinkType {
  const type = storedType as WorkItemLinkType;
  return fromSource ? type : inverses[type];
}

/** One relation of an item, seen from that item. */
export interface RelationRow {
  linkId: string;
  itemId: string;
  otherItemId: string;
  otherProjectId: string;
  type: WorkItemLinkType;
  createdById: string;
  createdAt: Date;
}

/** A stored link seen from one of its ends (`outgoing` when that end is its source). */
const StoredRelationRow = z.object({
  linkId: z.string(),
  itemId: z.string(),
  otherItemId: z.string(),
  otherProjectId: z.string(),
  storedType: z.string(),
  outgoing: z.boolean(),
  createdById: z.string(),
  createdAt: z.date(),
});

/**
 * The relations of many items in one statement: the links leaving them (index on source_id first)
 * and those arriving at them (index on target_id), each seen from the requested item, oldest first,
 * at most `maxRelationsPerItem` per item.
 */
export async function relationsOfItems(prisma: WorkItemsPrisma, itemIds: readonly string[]): Promise<RelationRow[]> {
  const ids = [...itemIds];
  const rows = parseRows(
    'relationsOfItems',
    StoredRelationRow,
    await prisma.$queryRaw`
    SELECT "linkId", "itemId", "otherItemId", "otherProjectId", "storedType", outgoing, "createdById", "createdAt"
    FROM (
      SELECT r.*, row_number() OVER (PARTITION BY r."itemId" ORDER BY r."createdAt", r."linkId") AS n
      FROM (
        SELECT l.id::text AS "linkId", l.source_id::text AS "itemId", l.target_id::text AS "otherItemId",
          o.project_id::text AS "otherProjectId", l.type AS "storedType", true AS outgoing,
          l.created_by::text AS "createdById", l.created_at AS "createdAt"
        FROM work_item_link l JOIN work_item o ON o.id = l.target_id
        WHERE l.source_id = ANY(${ids}::uuid[])
        UNION ALL
        SELECT l.id::text, l.target_id::text, l.source_id::text, o.project_id::text, l.type, false,
          l.created_by::text, l.created_at
        FROM work_item_link l JOIN work_item o ON o.id = l.source_id
        WHERE l.target_id = ANY(${ids}::uuid[])
      ) r
    ) ranked
    WHERE n <= ${maxRelationsPerItem}
    ORDER BY "createdAt", "linkId"`,
  );
  return rows.map(({ storedType, outgoing, ...row }) => ({ ...row, type: linkTypeSeenFrom(storedType, outgoing) }));
}

const LinkCountRow = z.object({ id: z.string(), count: z.number().int() });

/** How many links each item has, both directions counted; call it with the items locked. */
export async function linkCounts(tx: WorkItemsTx, itemIds: readonly string[]): Promise<Map<string, number>> {
  const rows = parseRows(
    'linkCounts',
    LinkCountRow,
    await tx.$queryRaw`
      SELECT i.id::text AS id,
        (SELECT count(*) FROM work_item_link l WHERE l.source_id = i.id)::int
          + (SELECT count(*) FROM work_item_link l WHERE l.target_id = i.id)::int AS count
      FROM unnest(${[...itemIds]}::uuid[]) AS i(id)`,
  );
  return new Map(rows.map((row) => [row.id, row.count]));
}

/** An item (`id`) and the project of one of its open blockers. */
const BlockerRow = z.object({ id: z.string(), projectId: z.string() });

/**
 * The projects of the items blocking each item: BLOCKS links targeting it from unarchived items
 * whose state's category is neither DONE nor CANCELED. One statement for all items (index on
 * (target_id, type)); the caller keeps the projects the viewer may read.
 */
export async function blockerProjectIds(prisma: WorkItemsPrisma, itemIds: readonly string[]): Promise<string[][]> {
  const rows = parseRows(
    'blockerProjectIds',
    BlockerRow,
    await prisma.$queryRaw`
      SELECT DISTINCT l.target_id::text AS id, s.project_id::text AS "projectId"
      FROM work_item_link l
      JOIN work_item s ON s.id = l.source_id
      JOIN workflow_state st ON st.id = s.state_id
      WHERE l.target_id = ANY(${[...itemIds]}::uuid[]) AND l.type = 'BLOCKS'
        AND s.archived_at IS NULL AND st.category NOT IN ('DONE', 'CANCELED')`,
  );
  const byItem = new Map<string, string[]>(itemIds.map((id) => [id, []]));
  for (const row of rows) byItem.get(row.id)?.push(row.projectId);
  return itemIds.map((id) => byItem.get(id) ?? []);
}

/** Stores the link once; false when the same link already exists (the transaction stays usable). */
export async function insertLink(
  prisma: WorkItemsPrisma | WorkItemsTx,
  link: CanonicalLink,
  createdBy: string,
): Promise<boolean> {
  const { count } = await prisma.workItemLink.createMany({ data: [{ ...link, createdBy }], skipDuplicates: true });
  return count > 0;
}

/** Removes the link; false when there was none. */
export async function deleteLink(prisma: WorkItemsPrisma | WorkItemsTx, link: CanonicalLink): Promise<boolean> {
  const { count } = await prisma.workItemLink.deleteMany({ where: link });
  return count > 0;
}
