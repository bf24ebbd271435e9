import { z } from 'zod';
import { badInput } from '../../../lib/errors';
import { toGlobalId, uuidPattern } from '../../../lib/ids';
import { countsOf, ParentCountRow } from '../../../lib/db/batched-pages';
import { parseRows } from '../../../lib/db/parse-rows';
import { fetchDirection, inDirections, startId, type Direction } from '../../../lib/keyset';
import { invalidCursor, type Page } from '../../../lib/relay';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import type { Label } from '../generated/prisma/client';
import { IdRow, LabelRow, PageIndex } from './rows';

export const maxLabelNameLength = 50;
export const maxLabelDescriptionLength = 500;

const colorPattern = /^#[0-9a-f]{6}$/i;

/** A trimmed name of 1..50 characters. */
export function validateLabelName(name: string, field = 'input.name'): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > maxLabelNameLength) {
    throw badInput(field, `The name must be 1-${maxLabelNameLength} characters.`);
  }
  return trimmed;
}

/** A colour as `#rrggbb`, normalised to lowercase. */
export function validateColor(color: string, field = 'input.color'): string {
  const trimmed = color.trim();
  if (!colorPattern.test(trimmed)) throw badInput(field, 'The colour must be written #rrggbb, for example #1d4ed8.');
  return trimmed.toLowerCase();
}

/** A description of at most 500 characters. */
export function validateShortDescription(description: string, field = 'input.description'): string {
  if (description.length > maxLabelDescriptionLength) {
    throw badInput(field, `The description must be at most ${maxLabelDescriptionLength} characters.`);
  }
  return description;
}

/** One page of a project's labels, in (name, id) order, walked in `direction` from (afterName, afterId). */
export interface LabelPageRequest {
  projectId: string;
  /** Null for the first page of a backward walk: the project's greatest name stands in (SQL collates names). */
  afterName: string | null;
  afterId: string;
  take: number;
  direction: Direction;
}

export const labelPageRequestKey = (r: LabelPageRequest): string =>
  JSON.stringify([r.projectId, r.afterName, r.afterId, r.take, r.direction]);

/**
 * Label cursors are [name, id]. A forward first page starts before every name (names are never
 * empty); a backward one at the project's greatest name with an id above every id.
 */
export function labelPageRequestOf(projectId: string, page: Page, path = ''): LabelPageRequest {
  const direction = fetchDirection(page);
  if (!page.cursor) {
    return direction === 'ASC'
      ? { projectId, afterName: '', afterId: startId(direction), take: page.take, direction }
      : { projectId, afterName: null, afterId: startId(direction), take: page.take, direction };
  }
  const [name, id] = page.cursor;
  if (page.cursor.length !== 2 || name === undefined || !id || !uuidPattern.test(id)) throw invalidCursor(page, path);
  return { projectId, afterName: name, afterId: id, take: page.take, direction };
}

export const labelCursorOf = (label: Label): string[] => [label.name, label.id];

const LabelPageRow = LabelRow.extend(PageIndex);

/**
 * Pages of many projects' labels in one statement; each page is a range scan of the unique index
 * (project_id, name) that stops after its rows (ids only break ties, and names are unique).
 */
export function labelPages(prisma: WorkItemsPrisma, requests: readonly LabelPageRequest[]): Promise<Label[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'labelPages',
      LabelPageRow,
      await prisma.$queryRaw`
      SELECT req.idx::int AS idx, l.id::text AS id, l.project_id::text AS "projectId", l.name, l.color, l.description,
        l.created_at AS "createdAt"
      FROM (
        SELECT u.project_id, u.after_id, u.take, u.idx, coalesce(
          u.after_name, (SELECT max(x.name) FROM label x WHERE x.project_id = u.project_id), ''
        ) AS after_name
        FROM unnest(
          ${group.map((r) => r.projectId)}::uuid[],
          ${group.map((r) => r.afterName)}::text[],
          ${group.map((r) => r.afterId)}::uuid[],
          ${group.map((r) => r.take)}::int[]
        ) WITH ORDINALITY AS u(project_id, after_name, after_id, take, idx)
      ) req
      CROSS JOIN LATERAL (
        SELECT * FROM label l
        WHERE l.project_id = req.project_id AND (l.name, l.id) ${k.compare} (req.after_name, req.after_id)
        ORDER BY l.name ${k.order}, l.id ${k.order}
        LIMIT req.take
      ) l
      ORDER BY req.idx, l.name ${k.order}, l.id ${k.order}`,
    );
    const pages: Label[][] = group.map(() => []);
    for (const { idx, ...label } of rows) pages[idx - 1]?.push(label);
    return pages;
  });
}

/** How many labels each project has, in one statement. */
export async function labelCounts(prisma: WorkItemsPrisma, projectIds: readonly string[]): Promise<number[]> {
  const rows = parseRows(
    'labelCounts',
    ParentCountRow,
    await prisma.$queryRaw`
      SELECT project_id::text AS "parentId", count(*)::int AS count FROM label
      WHERE project_id = ANY(${[...projectIds]}::uuid[])
      GROUP BY project_id`,
  );
  return countsOf(projectIds, rows);
}

/** Labels as history text, as item updates write it: global IDs in name order (then id), comma-separated. */
export function labelsHistoryText(labels: readonly { id: string; name: string }[]): string | null {
  if (!labels.length) return null;
  return [...labels]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
    .map((label) => toGlobalId('Label', label.id))
    .join(', ');
}

const CarriedLabelRow = z.object({ itemId: z.string(), labelId: z.string(), name: z.string() });

/**
 * Deletes a label inside the caller's transaction. Every item carrying it is locked, gets a `labels`
 * history entry (its label IDs in name order, before and after) and a new version; a fixed number
 * of statements whatever the number of items. Returns the ids of the items changed, null when the label is gone.
 */
export async function deleteLabelEverywhere(
  tx: WorkItemsTx,
  labelId: string,
  actorId: string,
  at: Date,
): Promise<string[] | null> {
  // The label's row first: items being given the label concurrently wait on its key, then fail.
  const label = parseRows(
    'lockLabel',
    IdRow,
    await tx.$queryRaw`SELECT id::text AS id FROM label WHERE id = ${labelId}::uuid FOR UPDATE`,
  );
  if (!label.length) return null;
  const locked = parseRows(
    'lockItemsOfLabel',
    IdRow,
    await tx.$queryRaw`
      SELECT wi.id::text AS id FROM work_item wi
      WHERE wi.id IN (SELECT work_item_id FROM work_item_label WHERE label_id = ${labelId}::uuid)
      ORDER BY wi.id
      FOR UPDATE`,
  );
  const itemIds = locked.map((row) => row.id);
  if (itemIds.length) {
    const carried = parseRows(
      'labelsCarried',
      CarriedLabelRow,
      await tx.$queryRaw`
        SELECT wl.work_item_id::text AS "itemId", l.id::text AS "labelId", l.name
        FROM work_item_label wl JOIN label l ON l.id = wl.label_id
        WHERE wl.work_item_id = ANY(${itemIds}::uuid[])`,
    );
    const before = new Map<string, { id: string; name: string }[]>(itemIds.map((id) => [id, []]));
    for (const row of carried) before.get(row.itemId)?.push({ id: row.labelId, name: row.name });
    await tx.$executeRaw`
      UPDATE work_item SET version = version + 1, updated_at = ${at}
      WHERE id = ANY(${itemIds}::uuid[])`;
    await tx.historyEntry.createMany({
      data: itemIds.map((workItemId) => {
        const old = before.get(workItemId) ?? [];
        const oldValue = labelsHistoryText(old);
        const newValue = labelsHistoryText(old.filter((label) => label.id !== labelId));
        return {
          workItemId,
          actorId,
          field: 'labels',
          ...(oldValue === null ? {} : { oldValue }),
          ...(newValue === null ? {} : { newValue }),
          createdAt: at,
        };
      }),
    });
  }
  await tx.$executeRaw`DELETE FROM label WHERE id = ${labelId}::uuid`;
  return itemIds;
}

/** The labels of these ids (any project: the caller checks), in no particular order. */
export function labelsByIds(db: WorkItemsPrisma, ids: readonly string[]): Promise<Label[]> {
  return db.label.findMany({ where: { id: { in: [...ids] } } });
}
