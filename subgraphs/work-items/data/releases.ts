import { sqltag, type Sql } from '@prisma/client/runtime/client';
import { z } from 'zod';
import { conflict, notFound } from '../../../lib/errors';
import { countsOf, ParentCountRow } from '../../../lib/db/batched-pages';
import { parseRows } from '../../../lib/db/parse-rows';
import { formatCalendarDate } from '../../../lib/graphql-scalars';
import { byId } from '../../../lib/loader-results';
import { toGlobalId, uuidPattern } from '../../../lib/ids';
import { parseIsoDate } from '../../../lib/iso-dates';
import { fetchDirection, inDirections, startId, type Direction } from '../../../lib/keyset';
import { invalidCursor, type Page } from '../../../lib/relay';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import { itemChanged, writeItemEvents } from '../events/work-item-events';
import type { Release } from '../generated/prisma/client';
import { originOf, type Actor } from './actor';
import { DayColumn, IdRow, PageIndex } from './rows';
import { withUniqueName } from './unique-name';

/** The most releases a project keeps: its list sorts them by date, in memory per page. */
export const maxReleasesPerProject = 1000;

const duplicateName = () => conflict('The project already has a release with this name.', { field: 'input.name' });

const ReleaseRow = z.object({
  id: z.string(),
  projectId: z.string(),
  name: z.string(),
  description: z.string(),
  startDate: DayColumn.nullable(),
  releaseDate: DayColumn.nullable(),
  releasedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

/**
 * One page of a project's releases: unreleased first, then by release date (undated last), name and
 * id. The cursor is that sort key; the first page starts before every release.
 */
export interface ReleasePageRequest {
  projectId: string;
  released: boolean | null;
  /** The key the page starts from; a null name stands for the project's greatest (a backward first page). */
  after: { released: boolean; date: string; name: string | null; id: string };
  take: number;
  direction: Direction;
}

export const releasePageRequestKey = (r: ReleasePageRequest): string =>
  JSON.stringify([r.projectId, r.released, r.after, r.take, r.direction]);

export const releaseCursorOf = (release: Release): string[] => [
  release.releasedAt ? '1' : '0',
  release.releaseDate ? formatCalendarDate(release.releaseDate) : 'infinity',
  release.name,
  release.id,
];

export function releasePageRequestOf(projectId: string, released: boolean | null, page: Page): ReleasePageRequest {
  const direction = fetchDirection(page);
  if (!page.cursor) {
    const after =
      direction === 'ASC'
        ? { released: false, date: '-infinity', name: '', id: startId(direction) }
        : { released: true, date: 'infinity', name: null, id: startId(direction) };
    return { projectId, released, after, take: page.take, direction };
  }
  const [flag, date, name, id] = page.cursor;
  // A real day of years 0001-9999 (or 'infinity'): anything else would fail its cast in PostgreSQL.
  const validDate = date === 'infinity' || (date !== undefined && parseIsoDate(date) !== null);
  const valid = page.cursor.length === 4 && ['0', '1'].includes(flag ?? '') && validDate && name !== undefined;
  if (!valid || !id || !uuidPattern.test(id)) throw invalidCursor(page);
  return {
    projectId,
    released,
    after: { released: flag === '1', date: date!, name: name!, id },
    take: page.take,
    direction,
  };
}

const releaseColumns = sqltag`r.id::text AS id, r.project_id::text AS "projectId", r.name, r.description,
  r.start_date::text AS "startDate", r.release_date::text AS "releaseDate", r.released_at AS "releasedAt",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

/** The list order: unreleased first, then by release date (undated last), name and id. */
const releaseSortKey = sqltag`(r.released_at IS NOT NULL), coalesce(r.release_date, 'infinity'::date), r.name, r.id`;
const releaseSortKeyIn = (order: Sql) =>
  sqltag`(r.released_at IS NOT NULL) ${order}, coalesce(r.release_date, 'infinity'::date) ${order}, r.name ${order}, r.id ${order}`;

/** Pages of many projects' releases in one statement (a project holds at most maxReleasesPerProject). */
export function releasePages(prisma: WorkItemsPrisma, requests: readonly ReleasePageRequest[]): Promise<Release[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'releasePages',
      ReleaseRow.extend(PageIndex),
      await prisma.$queryRaw`
        SELECT req.idx::int AS idx, ${releaseColumns}
        FROM (
          SELECT u.project_id, u.released, u.after_released, u.after_date, u.after_id, u.take, u.idx, coalesce(
            u.after_name, (SELECT max(x.name) FROM release x WHERE x.project_id = u.project_id), ''
          ) AS after_name
          FROM unnest(
            ${group.map((r) => r.projectId)}::uuid[],
            ${group.map((r) => r.released)}::boolean[],
            ${group.map((r) => r.after.released)}::boolean[],
            ${group.map((r) => r.after.date)}::date[],
            ${group.map((r) => r.after.name)}::text[],
            ${group.map((r) => r.after.id)}::uuid[],
            ${group.map((r) => r.take)}::int[]
          ) WITH ORDINALITY AS u(project_id, released, after_released, after_date, after_name, after_id, take, idx)
        ) req
        CROSS JOIN LATERAL (
          SELECT * FROM release r
          WHERE r.project_id = req.project_id
            AND (req.released IS NULL OR (r.released_at IS NOT NULL) = req.released)
            AND (${releaseSortKey}) ${k.compare} (req.after_released, req.after_date, req.after_name, req.after_id)
          ORDER BY ${releaseSortKeyIn(k.order)}
          LIMIT req.take
        ) r
        ORDER BY req.idx, ${releaseSortKeyIn(k.order)}`,
    );
    const pages: Release[][] = group.map(() => []);
    for (const { idx, ...release } of rows) pages[idx - 1]?.push(release);
    return pages;
  });
}

/** How many releases each (project, released) list has, in one statement. */
export async function releaseCounts(
  prisma: WorkItemsPrisma,
  keys: readonly { projectId: string; released: boolean | null }[],
): Promise<number[]> {
  const rows = parseRows(
    'releaseCounts',
    ParentCountRow,
    await prisma.$queryRaw`
      SELECT req.idx::text AS "parentId", count(r.id)::int AS count
      FROM unnest(${keys.map((k) => k.projectId)}::uuid[], ${keys.map((k) => k.released)}::boolean[])
        WITH ORDINALITY AS req(project_id, released, idx)
      JOIN release r ON r.project_id = req.project_id
        AND (req.released IS NULL OR (r.released_at IS NOT NULL) = req.released)
      GROUP BY req.idx`,
  );
  return countsOf(
    keys.map((_key, i) => String(i + 1)),
    rows,
  );
}

export const ReleaseProgressRow = z.object({
  id: z.string(),
  itemCount: z.number().int(),
  doneCount: z.number().int(),
  canceledCount: z.number().int(),
  points: z.number(),
  donePoints: z.number(),
});
export type ReleaseProgressRow = z.infer<typeof ReleaseProgressRow>;

/** Each release's unarchived items counted by state category, with their points, in one statement. */
export async function releaseProgress(
  prisma: WorkItemsPrisma,
  releaseIds: readonly string[],
): Promise<ReleaseProgressRow[]> {
  const rows = parseRows(
    'releaseProgress',
    ReleaseProgressRow,
    await prisma.$queryRaw`
      SELECT w.release_id::text AS id, count(*)::int AS "itemCount",
        count(*) FILTER (WHERE s.category = 'DONE')::int AS "doneCount",
        count(*) FILTER (WHERE s.category = 'CANCELED')::int AS "canceledCount",
        coalesce(sum(w.estimate), 0)::float8 AS points,
        coalesce(sum(w.estimate) FILTER (WHERE s.category = 'DONE'), 0)::float8 AS "donePoints"
      FROM work_item w JOIN workflow_state s ON s.id = w.state_id
      WHERE w.release_id = ANY(${[...releaseIds]}::uuid[]) AND w.archived_at IS NULL
      GROUP BY w.release_id`,
  );
  const empty = { itemCount: 0, doneCount: 0, canceledCount: 0, points: 0, donePoints: 0 };
  return byId(releaseIds, rows).map((row, i) => row ?? { id: releaseIds[i]!, ...empty });
}

/** Adds a release (CONFLICT on input.name when taken, or past maxReleasesPerProject). */
export async function createRelease(
  tx: WorkItemsTx,
  input: { projectId: string; name: string; description: string; startDate: Date | null; releaseDate: Date | null },
): Promise<Release> {
  // The project's settings row serialises creations, so two cannot both pass the limit.
  await tx.$queryRaw`SELECT 1 FROM project_settings WHERE project_id = ${input.projectId}::uuid FOR UPDATE`;
  const count = await tx.release.count({ where: { projectId: input.projectId } });
  if (count >= maxReleasesPerProject) {
    throw conflict(`A project has at most ${maxReleasesPerProject} releases: delete old ones first.`);
  }
  return withUniqueName(() => tx.release.create({ data: input }), duplicateName);
}

/** Writes what differs (one statement, none when nothing does); CONFLICT on input.name when taken. */
export async function updateRelease(
  db: WorkItemsPrisma,
  release: Release,
  changes: Partial<Pick<Release, 'name' | 'description' | 'startDate' | 'releaseDate' | 'releasedAt'>>,
): Promise<Release> {
  if (!Object.keys(changes).length) return release;
  return withUniqueName(
    () => db.release.update({ where: { id: release.id }, data: { ...changes, updatedAt: new Date() } }),
    duplicateName,
  );
}

/**
 * Deletes a release under its row lock. Its items (locked in id order) are planned for none: each
 * gets a `release` history entry, a new version and one `work_item.updated` (`release`), in a fixed
 * number of statements. Returns how many items it held; NOT_FOUND when it is gone.
 */
export async function deleteRelease(tx: WorkItemsTx, actor: Actor, id: string): Promise<number> {
  // The release's row first: items being planned for it concurrently wait on its key, then fail.
  const locked = parseRows(
    'lockRelease',
    IdRow,
    await tx.$queryRaw`SELECT id::text AS id FROM release WHERE id = ${id}::uuid FOR UPDATE`,
  );
  if (!locked.length) throw notFound('Release');
  const items = parseRows(
    'lockItemsOfRelease',
    IdRow,
    await tx.$queryRaw`SELECT id::text AS id FROM work_item WHERE release_id = ${id}::uuid ORDER BY id FOR UPDATE`,
  );
  const itemIds = items.map((item) => item.id);
  if (itemIds.length) {
    await tx.$executeRaw`
      UPDATE work_item SET release_id = NULL, version = version + 1, updated_at = ${actor.at}
      WHERE id = ANY(${itemIds}::uuid[])`;
    await tx.historyEntry.createMany({
      data: itemIds.map((workItemId) => ({
        workItemId,
        actorId: actor.userId,
        field: 'release',
        oldValue: toGlobalId('Release', id),
        createdAt: actor.at,
      })),
    });
    await writeItemEvents(tx, itemIds, (subject) => itemChanged(originOf(actor), subject, [{ field: 'release' }]));
  }
  await tx.release.delete({ where: { id } });
  return itemIds.length;
}
