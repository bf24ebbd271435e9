import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { AnalyticsPrisma } from '../db';
import { Prisma } from '../generated/prisma/client';
import { populationSql, type FlowPopulation } from './populations';
import { stateClassesSql } from './flow-dates';
import { inProgressAtSql } from './flow-sql';

/** One item's facts as the metrics read them. */
export const FactRow = z.object({
  id: z.string(),
  projectId: z.string(),
  key: z.string(),
  type: z.string(),
  stateId: z.string(),
  assigneeId: z.string().nullable(),
  labelIds: z.array(z.string()),
  parentId: z.string().nullable(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  discardedAt: z.date().nullable(),
  archivedAt: z.date().nullable(),
  deletedAt: z.date().nullable(),
});
export type FactRow = z.infer<typeof FactRow>;

const factColumns = Prisma.sql`
  f.id::text AS id, f.project_id::text AS "projectId", f.key, f.type, f.state_id::text AS "stateId",
  f.assignee_id::text AS "assigneeId", f.label_ids::text[] AS "labelIds", f.parent_id::text AS "parentId",
  f.created_at AS "createdAt", f.started_at AS "startedAt", f.finished_at AS "finishedAt",
  f.discarded_at AS "discardedAt", f.archived_at AS "archivedAt", f.deleted_at AS "deletedAt"`;

/** Items finished in [from, to): throughput, lead and cycle times, the control chart (index: project, finished_at). */
export async function finishedItems(prisma: AnalyticsPrisma, population: FlowPopulation, from: Date, to: Date) {
  return parseRows(
    'finishedItems',
    FactRow,
    await prisma.$queryRaw`
      SELECT ${factColumns} FROM analytics.item_fact f
      WHERE ${populationSql(population)} AND f.finished_at >= ${from} AND f.finished_at < ${to}
      ORDER BY f.finished_at, f.id`,
  );
}

/** Items created in [from, to) (index: project, created_at). */
export async function createdItems(prisma: AnalyticsPrisma, population: FlowPopulation, from: Date, to: Date) {
  return parseRows(
    'createdItems',
    FactRow,
    await prisma.$queryRaw`
      SELECT ${factColumns} FROM analytics.item_fact f
      WHERE ${populationSql(population)} AND f.created_at >= ${from} AND f.created_at < ${to}
      ORDER BY f.created_at, f.id`,
  );
}

/**
 * Items in progress at `end`: started before it, not finished, discarded, archived or deleted by then.
 * For a window ending now the partial index of open items answers.
 */
export async function itemsInProgressAt(prisma: AnalyticsPrisma, population: FlowPopulation, end: Date) {
  return parseRows(
    'itemsInProgressAt',
    FactRow,
    await prisma.$queryRaw`
      SELECT ${factColumns} FROM analytics.item_fact f
      WHERE ${populationSql(population)} AND ${inProgressAtSql(end)}
      ORDER BY f.started_at, f.id`,
  );
}

export const ProjectStateRow = z.object({
  projectId: z.string(),
  stateId: z.string(),
  name: z.string(),
  category: z.string(),
  class: z.enum(['before', 'started', 'done', 'discarded']),
  firstSeen: z.date(),
});
export type ProjectStateRow = z.infer<typeof ProjectStateRow>;

/** The projects' states with their flow class under each project's settings. */
export async function projectStates(prisma: AnalyticsPrisma, projectIds: readonly string[]) {
  return parseRows(
    'projectStates',
    ProjectStateRow,
    await prisma.$queryRaw`
      SELECT ps.project_id::text AS "projectId", ps.state_id::text AS "stateId", ps.name, ps.category,
        c.class, ps.first_seen AS "firstSeen"
      FROM analytics.project_state ps
      JOIN (${stateClassesSql(Prisma.sql`SELECT unnest(${[...projectIds]}::uuid[])`)}) c
        ON c.project_id = ps.project_id AND c.state_id = ps.state_id`,
  );
}

const CountRow = z.object({ day: z.string().nullable(), stateId: z.string(), count: z.number() });

/**
 * Whole projects' live items per state: the count before the window (`day` null) and each day's
 * change within it, from the daily deltas (primary key: project, day, state). The running sum gives
 * each day's count.
 */
export async function stateCountDeltas(
  prisma: AnalyticsPrisma,
  projectIds: readonly string[],
  from: string,
  to: string,
) {
  return parseRows(
    'stateCountDeltas',
    CountRow,
    await prisma.$queryRaw`
      SELECT NULL AS day, state_id::text AS "stateId", sum(delta)::int AS count
      FROM analytics.state_day_delta
      WHERE project_id = ANY(${[...projectIds]}::uuid[]) AND day < ${from}::date
      GROUP BY state_id
      UNION ALL
      SELECT to_char(day, 'YYYY-MM-DD'), state_id::text, sum(delta)::int
      FROM analytics.state_day_delta
      WHERE project_id = ANY(${[...projectIds]}::uuid[]) AND day >= ${from}::date AND day <= ${to}::date
      GROUP BY day, state_id`,
  );
}

/**
 * A narrowed population's items per state, as `stateCountDeltas` gives whole projects: each state
 * entry before `end` holds until the item's next entry or its archiving or deletion (+1 on the day
 * it began, -1 on the day it ended), summed before the window (`day` null) and per day within it
 * (indexes: the population's, then state_change by item and version).
 */
export async function populationStateDeltas(
  prisma: AnalyticsPrisma,
  population: FlowPopulation,
  from: string,
  to: string,
  end: Date,
) {
  return parseRows(
    'populationStateDeltas',
    CountRow,
    await prisma.$queryRaw`
      WITH spans AS (
        SELECT sc.to_state_id AS state_id, (sc.at AT TIME ZONE 'UTC')::date AS began,
          least(
            lead((sc.at AT TIME ZONE 'UTC')::date) OVER (PARTITION BY sc.item_id ORDER BY sc.version),
            (least(f.archived_at, f.deleted_at) AT TIME ZONE 'UTC')::date
          ) AS ended
        FROM analytics.item_fact f JOIN analytics.state_change sc ON sc.item_id = f.id
        WHERE ${populationSql(population)} AND sc.at < ${end}
      ), deltas AS (
        SELECT state_id, began AS day, 1 AS delta FROM spans
        UNION ALL SELECT state_id, ended, -1 FROM spans WHERE ended IS NOT NULL
      )
      SELECT CASE WHEN day < ${from}::date THEN NULL ELSE to_char(day, 'YYYY-MM-DD') END AS day,
        state_id::text AS "stateId", sum(delta)::int AS count
      FROM deltas WHERE day <= ${to}::date
      GROUP BY 1, 2`,
  );
}

/** How many items of the population there are, to refuse one too large to measure item by item. */
export async function populationSize(prisma: AnalyticsPrisma, population: FlowPopulation): Promise<number> {
  const [row] = parseRows(
    'populationSize',
    z.object({ count: z.number() }),
    await prisma.$queryRaw`SELECT count(*)::int AS count FROM analytics.item_fact f WHERE ${populationSql(population)}`,
  );
  return row?.count ?? 0;
}
