import { Prisma } from '../generated/prisma/client';
import { noGroup, type FlowGrouping } from '../metrics/groups';

// SQL over `analytics.item_fact f` that states the rules of `metrics/` (flow dates, durations,
// groups) for the reads that count in the database.

const utcDay = (column: Prisma.Sql) => Prisma.sql`(${column} AT TIME ZONE 'UTC')::date`;

/** The calendar days of a lead or cycle time as `flow_day_stat_rows` (the migration) counts them. */
export function durationSql(measure: 'LEAD' | 'CYCLE'): Prisma.Sql {
  const start = measure === 'LEAD' ? Prisma.sql`f.created_at` : Prisma.sql`coalesce(f.started_at, f.finished_at)`;
  return Prisma.sql`${utcDay(Prisma.sql`f.finished_at`)} - ${utcDay(start)} + 1`;
}

/** An item's cycle time in calendar days (`metrics/lead-cycle-times.ts`). */
export const cycleDaysSql = durationSql('CYCLE');

/** Started before `end`, and not finished, discarded, archived or deleted by then (`metrics/open-items.ts`). */
export const inProgressAtSql = (end: Date) => Prisma.sql`(f.started_at < ${end}
  AND (f.finished_at IS NULL OR f.finished_at >= ${end}) AND (f.discarded_at IS NULL OR f.discarded_at >= ${end})
  AND (f.archived_at IS NULL OR f.archived_at >= ${end}) AND (f.deleted_at IS NULL OR f.deleted_at >= ${end}))`;

/**
 * The groups an item of `analytics.item_fact f` falls in, as rows of `key` (the rule of
 * `metrics/groups.ts` keysOf): its assignee or type, each of its labels, each team attached to its
 * project, or `none`.
 */
export function groupKeysSql(by: FlowGrouping): Prisma.Sql {
  switch (by) {
    case 'ASSIGNEE':
      return Prisma.sql`SELECT coalesce(f.assignee_id::text, ${noGroup}) AS key`;
    case 'TYPE':
      return Prisma.sql`SELECT f.type AS key`;
    case 'LABEL':
      return Prisma.sql`SELECT DISTINCT unnest(CASE WHEN cardinality(f.label_ids) = 0 THEN ARRAY[${noGroup}::text]
        ELSE f.label_ids::text[] END) AS key`;
    case 'TEAM':
      return Prisma.sql`SELECT coalesce(tp.team_id::text, ${noGroup}) AS key
        FROM (SELECT 1) one LEFT JOIN analytics.team_project tp ON tp.project_id = f.project_id`;
  }
}
