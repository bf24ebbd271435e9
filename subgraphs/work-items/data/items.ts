import { z } from 'zod';
import { parseRow, parseRows } from '../../../lib/db/parse-rows';
import { poolRows } from '../../../lib/db/pool-rows';
import { Prisma, type CustomField, type Label, type WorkItem, type WorkflowState } from '../generated/prisma/client';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import { maxRankLength, ranksBetween, spreadRanks } from '../rules/ranks';
import { maxLabelsPerItem } from '../validation';
import { JsonColumn, LabelRow, PageIndex } from './rows';

/**
 * Every column of a work item row aliased `w`, named as Prisma's WorkItem: raw statements that
 * return items select this and pass rows through toWorkItem.
 */
export const workItemColumns = Prisma.sql`w.id::text AS id, w.project_id::text AS "projectId", w.number, w.type,
  w.title, w.description, w.state_id::text AS "stateId", w.state_entered_at AS "stateEnteredAt",
  w.priority::int AS priority, w.estimate, w.time_estimate_minutes AS "timeEstimateMinutes", w.release_id::text AS "releaseId", w.assignee_id::text AS "assigneeId", w.reporter_id::text AS "reporterId",
  w.parent_id::text AS "parentId", w.path::text[] AS path, w.due_date AS "dueDate", w.rank,
  w.custom_fields AS "customFields", w.version, w.client_mutation_id AS "clientMutationId",
  w.created_at AS "createdAt", w.updated_at AS "updatedAt", w.archived_at AS "archivedAt"`;

/** A row selected with workItemColumns (a due date may come back as text or as a Date). */
export const WorkItemRow = z.object({
  id: z.string(),
  projectId: z.string(),
  number: z.number().int(),
  type: z.string(),
  title: z.string(),
  description: z.string(),
  stateId: z.string(),
  stateEnteredAt: z.date(),
  priority: z.number().int(),
  estimate: z.number().nullable(),
  timeEstimateMinutes: z.number().int().nullable(),
  releaseId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  reporterId: z.string(),
  parentId: z.string().nullable(),
  path: z.array(z.string()).nullable(),
  dueDate: z.union([z.date(), z.string()]).nullable(),
  rank: z.string(),
  customFields: JsonColumn,
  version: z.number().int(),
  clientMutationId: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  archivedAt: z.date().nullable(),
});
export type WorkItemRow = z.infer<typeof WorkItemRow>;

/** A work item row of a batched page: `idx` is the request it answers, counting from 1. */
export const WorkItemPageRow = WorkItemRow.extend(PageIndex);

/** A raw row selected with workItemColumns as the WorkItem Prisma would return. */
export function toWorkItem(row: WorkItemRow): WorkItem {
  const dueDate =
    row.dueDate === null || row.dueDate instanceof Date
      ? row.dueDate
      : new Date(`${row.dueDate.slice(0, 10)}T00:00:00Z`);
  return { ...row, dueDate, path: row.path ?? [] };
}

/** Items by id, in one statement; missing ones left out. */
export function workItemsByIds(prisma: WorkItemsPrisma, ids: readonly string[]): Promise<WorkItem[]> {
  return poolRows(
    prisma,
    'workItemsByIds',
    WorkItemRow,
    Prisma.sql`SELECT ${workItemColumns} FROM work_items.work_item w WHERE w.id = ANY(${[...ids]}::uuid[])`,
  ).then((rows) => rows.map(toWorkItem));
}

/** Locks several items' rows in id order (so concurrent writers never deadlock) and returns them by id. */
export async function lockWorkItems(tx: WorkItemsTx, ids: readonly string[]): Promise<Map<string, WorkItem>> {
  const sorted = [...new Set(ids)].sort();
  const rows = parseRows(
    'lockWorkItems',
    WorkItemRow,
    await tx.$queryRaw`
      SELECT ${workItemColumns} FROM work_items.work_item w WHERE w.id = ANY(${sorted}::uuid[]) ORDER BY w.id FOR UPDATE`,
  );
  return new Map(rows.map((row) => [row.id, toWorkItem(row)]));
}

/** The item's row, locked until the transaction ends: every write to an item goes through here first. */
export async function lockWorkItem(tx: WorkItemsTx, id: string): Promise<WorkItem | null> {
  return (await lockWorkItems(tx, [id])).get(id) ?? null;
}

/**
 * Locks items' rows against changes (moves, deletes) while children are added under them, in id
 * order (so concurrent writers never deadlock), and returns them by id.
 */
export async function shareLockWorkItems(tx: WorkItemsTx, ids: readonly string[]): Promise<Map<string, WorkItem>> {
  const sorted = [...new Set(ids)].sort();
  if (!sorted.length) return new Map();
  const rows = parseRows(
    'shareLockWorkItems',
    WorkItemRow,
    await tx.$queryRaw`
      SELECT ${workItemColumns} FROM work_items.work_item w WHERE w.id = ANY(${sorted}::uuid[]) ORDER BY w.id FOR SHARE`,
  );
  return new Map(rows.map((row) => [row.id, toWorkItem(row)]));
}

/** What a creator reads while holding the project's key lock: its first number and the project's rules. */
const NumberedSettings = z.object({
  number: z.number().int(),
  key: z.string(),
  organizationId: z.string(),
  hierarchyRules: JsonColumn,
  maxDepth: z.number().int(),
});
export type NumberedSettings = z.infer<typeof NumberedSettings>;

/**
 * The first of the project's next `count` item numbers. The UPDATE takes the project_settings row
 * lock until the transaction ends, so concurrent creators of one project run one after another:
 * numbers are sequential and unique, and a rolled-back create gives its numbers back.
 */
export async function takeNextNumbers(tx: WorkItemsTx, projectId: string, count: number): Promise<NumberedSettings> {
  const rows = parseRows(
    'takeNextNumbers',
    NumberedSettings,
    await tx.$queryRaw`
    UPDATE work_items.project_settings SET next_number = next_number + ${count}::int, updated_at = now()
    WHERE project_id = ${projectId}::uuid
    RETURNING (next_number - ${count}::int)::int AS number, key, organization_id::text AS "organizationId",
      hierarchy_rules AS "hierarchyRules", max_depth AS "maxDepth"`,
  );
  if (!rows[0]) throw new Error(`No project settings for ${projectId}`);
  return rows[0];
}

/** The state new items start in: the project's first state by position. */
export async function initialStateOf(tx: WorkItemsTx, projectId: string): Promise<WorkflowState> {
  const state = await tx.workflowState.findFirst({
    where: { projectId },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
  if (!state) throw new Error(`Project ${projectId} has no workflow state`);
  return state;
}

const RankRow = z.object({ rank: z.string() });
const CountRow = z.object({ count: z.number().int() });

/**
 * `count` increasing ranks after the last item of a board column (the caller holds the project's key
 * lock, so concurrent creators read each other's ranks). When ranks would grow too long the column is
 * renumbered once with evenly spread ranks, leaving room for the new ones at its end.
 */
export async function appendRanks(
  tx: WorkItemsTx,
  projectId: string,
  stateId: string,
  count: number,
): Promise<string[]> {
  const [last] = parseRows(
    'lastRankOfColumn',
    RankRow,
    await tx.$queryRaw`
      SELECT rank FROM work_items.work_item WHERE project_id = ${projectId}::uuid AND state_id = ${stateId}::uuid
      ORDER BY rank DESC, id DESC LIMIT 1`,
  );
  const appended = ranksBetween(last?.rank ?? null, null, count);
  if (appended.every((rank) => rank.length <= maxRankLength)) return appended;
  const { count: columnSize } = parseRow(
    'columnSize',
    CountRow,
    await tx.$queryRaw`
      SELECT count(*)::int AS count FROM work_items.work_item
      WHERE project_id = ${projectId}::uuid AND state_id = ${stateId}::uuid`,
  );
  const ranks = spreadRanks(columnSize + count);
  await tx.$executeRaw`
    UPDATE work_items.work_item w SET rank = r.rank
    FROM (
      SELECT id, row_number() OVER (ORDER BY rank, id) AS n FROM work_items.work_item
      WHERE project_id = ${projectId}::uuid AND state_id = ${stateId}::uuid
    ) o JOIN unnest(${ranks.slice(0, columnSize)}::text[]) WITH ORDINALITY AS r(rank, n) ON r.n = o.n
    WHERE w.id = o.id`;
  return ranks.slice(columnSize);
}

/**
 * The project's settings row, locked until the transaction ends: creations, re-parentings and
 * custom field definition changes queue on it (see the README's gotchas).
 */
export async function lockProject(tx: WorkItemsTx, projectId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM work_items.project_settings WHERE project_id = ${projectId}::uuid FOR UPDATE`;
}

/** The project's settings row, share-locked: custom field definitions cannot change until the transaction ends. */
export async function shareLockProject(tx: WorkItemsTx, projectId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM work_items.project_settings WHERE project_id = ${projectId}::uuid FOR SHARE`;
}

/** The project's custom field definitions as this transaction sees them, in position order. */
export function fieldDefinitions(tx: WorkItemsTx, projectId: string): Promise<CustomField[]> {
  return tx.customField.findMany({ where: { projectId }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] });
}

const ItemLabelRow = LabelRow.extend({ workItemId: z.string() });

/** Labels of many items in one statement, each item's in name order (at most `maxLabelsPerItem`). */
export async function labelsOfItems(
  prisma: WorkItemsPrisma | WorkItemsTx,
  itemIds: readonly string[],
): Promise<(Label & { workItemId: string })[]> {
  return poolRows(
    prisma,
    'labelsOfItems',
    ItemLabelRow,
    Prisma.sql`
    SELECT "workItemId", id, "projectId", name, color, description, "createdAt" FROM (
      SELECT wl.work_item_id::text AS "workItemId", l.id::text AS id, l.project_id::text AS "projectId", l.name,
        l.color, l.description, l.created_at AS "createdAt",
        row_number() OVER (PARTITION BY wl.work_item_id ORDER BY l.name, l.id) AS n
      FROM work_items.work_item_label wl JOIN work_items.label l ON l.id = wl.label_id
      WHERE wl.work_item_id = ANY(${[...itemIds]}::uuid[])
    ) labels
    WHERE n <= ${maxLabelsPerItem}
    ORDER BY name, id`,
  );
}

/** Replaces an item's labels with `labelIds` (already checked to be labels of its project). */
/**
 * Many items' label changes in two statements: every removed (item, label) pair deleted, every added
 * one inserted.
 */
export async function setLabelsOfItems(
  tx: WorkItemsTx,
  changes: readonly { itemId: string; current: readonly string[]; labelIds: readonly string[] }[],
): Promise<void> {
  const removed = changes.flatMap(({ itemId, current, labelIds }) =>
    current.filter((id) => !labelIds.includes(id)).map((labelId) => ({ itemId, labelId })),
  );
  const added = changes.flatMap(({ itemId, current, labelIds }) =>
    labelIds.filter((id) => !current.includes(id)).map((labelId) => ({ workItemId: itemId, labelId })),
  );
  if (removed.length) {
    await tx.$executeRaw`
      DELETE FROM work_items.work_item_label l
      USING unnest(${removed.map((r) => r.itemId)}::uuid[], ${removed.map((r) => r.labelId)}::uuid[]) AS r(item_id, label_id)
      WHERE l.work_item_id = r.item_id AND l.label_id = r.label_id`;
  }
  if (added.length) await tx.workItemLabel.createMany({ data: added, skipDuplicates: true });
}

export async function setLabels(tx: WorkItemsTx, itemId: string, current: string[], labelIds: string[]): Promise<void> {
  const removed = current.filter((id) => !labelIds.includes(id));
  const added = labelIds.filter((id) => !current.includes(id));
  if (removed.length) await tx.workItemLabel.deleteMany({ where: { workItemId: itemId, labelId: { in: removed } } });
  if (added.length) {
    await tx.workItemLabel.createMany({
      data: added.map((labelId) => ({ workItemId: itemId, labelId })),
      skipDuplicates: true,
    });
  }
}
