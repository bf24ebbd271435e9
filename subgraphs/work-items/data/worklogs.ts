import { sqltag, type Sql } from '@prisma/client/runtime/client';
import { z } from 'zod';
import { pageRequestsSql, pagesOf, type PageRequest } from '../../../lib/db/batched-pages';
import { inDirections, keysetSql, type Direction } from '../../../lib/keyset';
import { parseRows } from '../../../lib/db/parse-rows';
import { formatCalendarDate } from '../../../lib/graphql-scalars';
import type { WorklogSnapshot } from '../../../lib/events/envelope';
import { conflict, notFound } from '../../../lib/errors';
import { byId, groupedBy } from '../../../lib/loader-results';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import { itemWorklogChanged, writeItemEvents } from '../events/work-item-events';
import type { Worklog } from '../generated/prisma/client';
import { maxMinutesPerDay, personTotalsShown } from '../rules/worklogs';
import { originOf, type Actor } from './actor';
import { DayColumn, PageIndex } from './rows';

// Worklogs are not item changes: the item's version and history stay; their own events are published.

const worklogColumns = sqltag`l.id::text AS id, l.work_item_id::text AS "workItemId", l.user_id::text AS "userId",
  l.day::text AS day, l.minutes, l.note, l.created_at AS "createdAt", l.updated_at AS "updatedAt"`;

const WorklogRow = z.object({
  id: z.string(),
  workItemId: z.string(),
  userId: z.string(),
  day: DayColumn,
  minutes: z.number().int(),
  note: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const WorklogPageRow = WorklogRow.extend(PageIndex);

/** Pages of many items' worklogs in the order they were logged, one index range scan each, in one statement. */
export async function worklogPages(prisma: WorkItemsPrisma, requests: readonly PageRequest[]): Promise<Worklog[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'worklogPages',
      WorklogPageRow,
      await prisma.$queryRaw`
        SELECT req.idx::int AS idx, ${worklogColumns}
        FROM ${pageRequestsSql(group)}
        CROSS JOIN LATERAL (
          SELECT * FROM worklog l
          WHERE l.work_item_id = req.parent_id AND (l.created_at, l.id) ${k.compare} (req.after_time, req.after_id)
          ORDER BY l.created_at ${k.order}, l.id ${k.order}
          LIMIT req.take
        ) l
        ORDER BY req.idx, l.created_at ${k.order}, l.id ${k.order}`,
    );
    return pagesOf(group, rows, ({ idx: _idx, ...worklog }) => worklog);
  });
}

export interface WorklogTotals {
  count: number;
  minutes: number;
}

const ItemTotalsRow = z.object({ id: z.string(), count: z.number().int(), minutes: z.number().int() });

/** How many worklogs each item has and their minutes, in one statement. */
export async function itemWorklogTotals(prisma: WorkItemsPrisma, itemIds: readonly string[]): Promise<WorklogTotals[]> {
  const rows = parseRows(
    'itemWorklogTotals',
    ItemTotalsRow,
    await prisma.$queryRaw`
      SELECT work_item_id::text AS id, count(*)::int AS count, sum(minutes)::int AS minutes
      FROM worklog WHERE work_item_id = ANY(${[...itemIds]}::uuid[])
      GROUP BY work_item_id`,
  );
  return byId(itemIds, rows).map((row) => ({ count: row?.count ?? 0, minutes: row?.minutes ?? 0 }));
}

export const PersonTimeRow = z.object({ workItemId: z.string(), userId: z.string(), minutes: z.number().int() });
export type PersonTimeRow = z.infer<typeof PersonTimeRow>;

/** Each item's people with the most minutes logged on it (at most personTotalsShown), in one statement. */
export async function personTimes(prisma: WorkItemsPrisma, itemIds: readonly string[]): Promise<PersonTimeRow[][]> {
  const rows = parseRows(
    'personTimes',
    PersonTimeRow,
    await prisma.$queryRaw`
      SELECT "workItemId", "userId", minutes FROM (
        SELECT work_item_id::text AS "workItemId", user_id::text AS "userId", sum(minutes)::int AS minutes,
          row_number() OVER (PARTITION BY work_item_id ORDER BY sum(minutes) DESC, user_id) AS place
        FROM worklog WHERE work_item_id = ANY(${[...itemIds]}::uuid[])
        GROUP BY work_item_id, user_id
      ) totals
      WHERE place <= ${personTotalsShown}
      ORDER BY "workItemId", place`,
  );
  return groupedBy(itemIds, rows, (row) => row.workItemId);
}

/** Which worklogs of an organization's readable projects a list or a timesheet covers. */
export interface WorklogScope {
  projectIds: readonly string[];
  from: Date;
  to: Date;
  userId: string | null;
}

function scopeSql(scope: WorklogScope): Sql {
  const user = scope.userId ? sqltag`AND l.user_id = ${scope.userId}::uuid` : sqltag``;
  return sqltag`w.project_id = ANY(${[...scope.projectIds]}::uuid[])
    AND l.day BETWEEN ${formatCalendarDate(scope.from)}::date AND ${formatCalendarDate(scope.to)}::date ${user}`;
}

/**
 * A page of the scope's worklogs by day, then id, after the cursor's (day, id): with a person, one range
 * scan of (user_id, day, id); without, one of (day, id); each row's project is read by the item's key.
 */
/** A page of the scope's worklogs by (day, id), walked in `after.direction` from its key. */
export const scopeWorklogPageSql = (scope: WorklogScope, after: WorklogPageStart, take: number): Sql => {
  const k = keysetSql(after.direction);
  return sqltag`
    SELECT ${worklogColumns}
    FROM worklog l JOIN work_item w ON w.id = l.work_item_id
    WHERE ${scopeSql(scope)}
      AND (l.day, l.id) ${k.compare} ((${after.time}::timestamptz AT TIME ZONE 'UTC')::date, ${after.id}::uuid)
    ORDER BY l.day ${k.order}, l.id ${k.order}
    LIMIT ${take}`;
};

/** Where a scope's page starts: a (day as a UTC midnight, id) key and the direction it is read in. */
export interface WorklogPageStart {
  time: string;
  id: string;
  direction: Direction;
}

export async function scopeWorklogPage(
  prisma: WorkItemsPrisma,
  scope: WorklogScope,
  after: WorklogPageStart,
  take: number,
): Promise<Worklog[]> {
  return parseRows('scopeWorklogPage', WorklogRow, await prisma.$queryRaw(scopeWorklogPageSql(scope, after, take)));
}

const ScopeTotalsRow = z.object({ count: z.number().int(), minutes: z.number().int() });

/** How many worklogs the scope holds and their minutes (one statement). */
export const scopeWorklogTotalsSql = (scope: WorklogScope): Sql => sqltag`
  SELECT count(*)::int AS count, coalesce(sum(l.minutes), 0)::int AS minutes
  FROM worklog l JOIN work_item w ON w.id = l.work_item_id
  WHERE ${scopeSql(scope)}`;

export async function scopeWorklogTotals(prisma: WorkItemsPrisma, scope: WorklogScope): Promise<WorklogTotals> {
  const [totals] = parseRows(
    'scopeWorklogTotals',
    ScopeTotalsRow,
    await prisma.$queryRaw(scopeWorklogTotalsSql(scope)),
  );
  return totals ?? { count: 0, minutes: 0 };
}

const DayTotalRow = z.object({ day: DayColumn, minutes: z.number().int() });

/** The scope's minutes per day that has worklogs, in day order (one statement). */
export const scopeDayTotalsSql = (scope: WorklogScope): Sql => sqltag`
  SELECT l.day::text AS day, sum(l.minutes)::int AS minutes
  FROM worklog l JOIN work_item w ON w.id = l.work_item_id
  WHERE ${scopeSql(scope)}
  GROUP BY l.day ORDER BY l.day`;

export async function scopeDayTotals(
  prisma: WorkItemsPrisma,
  scope: WorklogScope,
): Promise<{ day: Date; minutes: number }[]> {
  return parseRows('scopeDayTotals', DayTotalRow, await prisma.$queryRaw(scopeDayTotalsSql(scope)));
}

const snapshotOf = (worklog: Worklog): WorklogSnapshot => ({
  id: worklog.id,
  userId: worklog.userId,
  day: formatCalendarDate(worklog.day),
  minutes: worklog.minutes,
});

const DayTotal = z.object({ minutes: z.number().int() });

/**
 * CONFLICT on `field` when the person's other worklogs of the day and these minutes pass one day. The
 * person's day is locked first (advisory, until the transaction ends), so two racing worklogs cannot
 * both pass.
 */
async function checkDayTotal(
  tx: WorkItemsTx,
  input: { userId: string; day: Date; minutes: number; exceptId: string | null; field: string },
): Promise<void> {
  const day = formatCalendarDate(input.day);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`worklog:${input.userId}:${day}`}, 0))`;
  const [logged] = parseRows(
    'worklogDayTotal',
    DayTotal,
    await tx.$queryRaw`
      SELECT coalesce(sum(minutes), 0)::int AS minutes FROM worklog
      WHERE user_id = ${input.userId}::uuid AND day = ${day}::date
        AND id IS DISTINCT FROM ${input.exceptId}::uuid`,
  );
  const already = logged?.minutes ?? 0;
  if (already + input.minutes > maxMinutesPerDay) {
    throw conflict(
      `You have already logged ${already} minutes on ${day}: a day holds at most ${maxMinutesPerDay} minutes.`,
      { field: input.field, loggedMinutes: already },
    );
  }
}

/** Logs the actor's time on an item, with `work_item.worklog_added`. */
export async function addWorklog(
  tx: WorkItemsTx,
  actor: Actor,
  input: { workItemId: string; day: Date; minutes: number; note: string },
): Promise<Worklog> {
  const { userId, at } = actor;
  await checkDayTotal(tx, { userId, day: input.day, minutes: input.minutes, exceptId: null, field: 'input.minutes' });
  const worklog = await tx.worklog.create({ data: { ...input, userId, createdAt: at, updatedAt: at } });
  await writeItemEvents(tx, [input.workItemId], (subject) =>
    itemWorklogChanged('work_item.worklog_added', originOf(actor), subject, snapshotOf(worklog)),
  );
  return worklog;
}

/** A worklog's row, locked until the transaction ends; NOT_FOUND when it is gone. */
async function lockWorklog(tx: WorkItemsTx, id: string): Promise<Worklog> {
  const [worklog] = parseRows(
    'lockWorklog',
    WorklogRow,
    await tx.$queryRaw`SELECT ${worklogColumns} FROM worklog l WHERE l.id = ${id}::uuid FOR UPDATE`,
  );
  if (!worklog) throw notFound('Worklog');
  return worklog;
}

/**
 * Changes a worklog's day, minutes or note (undefined: as it is), with `work_item.worklog_updated`
 * when something changed; the worklog as it is when nothing did.
 */
export async function updateWorklog(
  tx: WorkItemsTx,
  actor: Actor,
  input: { id: string; day?: Date; minutes?: number; note?: string },
): Promise<Worklog> {
  const current = await lockWorklog(tx, input.id);
  const day = input.day ?? current.day;
  const minutes = input.minutes ?? current.minutes;
  const note = input.note ?? current.note;
  if (day.getTime() === current.day.getTime() && minutes === current.minutes && note === current.note) return current;
  const field = input.minutes === undefined ? 'input.day' : 'input.minutes';
  await checkDayTotal(tx, { userId: current.userId, day, minutes, exceptId: current.id, field });
  const worklog = await tx.worklog.update({
    where: { id: current.id },
    data: { day, minutes, note, updatedAt: actor.at },
  });
  await writeItemEvents(tx, [worklog.workItemId], (subject) =>
    itemWorklogChanged('work_item.worklog_updated', originOf(actor), subject, snapshotOf(worklog)),
  );
  return worklog;
}

/** Deletes a worklog with `work_item.worklog_deleted` naming it as it was; NOT_FOUND when it is gone. */
export async function deleteWorklog(tx: WorkItemsTx, actor: Actor, id: string): Promise<Worklog> {
  const worklog = await lockWorklog(tx, id);
  await writeItemEvents(tx, [worklog.workItemId], (subject) =>
    itemWorklogChanged('work_item.worklog_deleted', originOf(actor), subject, snapshotOf(worklog)),
  );
  await tx.worklog.delete({ where: { id } });
  return worklog;
}
