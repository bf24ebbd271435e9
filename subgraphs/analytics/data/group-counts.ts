import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { AnalyticsPrisma } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { FlowGrouping } from '../metrics/groups';
import type { Window } from '../metrics/types';
import { endOf, startOf } from '../rules/flow-window';
import { durationSql, groupKeysSql, inProgressAtSql } from './flow-sql';
import { populationSql, type FlowPopulation } from './populations';

const GroupCountRow = z.object({
  key: z.string(),
  measure: z.enum(['LEAD', 'CYCLE', 'WIP']),
  days: z.number(),
  count: z.number(),
});
export type GroupCountRow = z.infer<typeof GroupCountRow>;

/**
 * Per group: the items finished in the window by lead and by cycle time in days, and how many were
 * in progress at its end (`days` 0), counted in SQL (indexes: project with finished_at, and the open
 * items' partial index or project with started_at).
 */
export async function groupCounts(
  prisma: AnalyticsPrisma,
  population: FlowPopulation,
  window: Window,
  by: FlowGrouping,
): Promise<GroupCountRow[]> {
  const start = startOf(window);
  const end = endOf(window);
  const finished = Prisma.sql`(f.finished_at >= ${start} AND f.finished_at < ${end})`;
  const inProgress = inProgressAtSql(end);
  return parseRows(
    'groupCounts',
    GroupCountRow,
    await prisma.$queryRaw`
      SELECT g.key, m.measure, m.days, count(*)::int AS count
      FROM analytics.item_fact f
      CROSS JOIN LATERAL (${groupKeysSql(by)}) g
      CROSS JOIN LATERAL (
        SELECT 'LEAD' AS measure, ${durationSql('LEAD')} AS days WHERE ${finished}
        UNION ALL SELECT 'CYCLE', ${durationSql('CYCLE')} WHERE ${finished}
        UNION ALL SELECT 'WIP', 0 WHERE ${inProgress}
      ) m
      WHERE ${populationSql(population)} AND (${finished} OR ${inProgress})
      GROUP BY g.key, m.measure, m.days`,
  );
}
