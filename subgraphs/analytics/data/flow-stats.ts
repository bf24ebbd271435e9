import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { FlowCounts } from '../metrics/flow-counts';
import type { Window } from '../metrics/types';
import type { AnalyticsPrisma } from '../db';

const DayCountRow = z.object({ measure: z.enum(['CREATED', 'LEAD']), day: z.string(), count: z.number() });
const DurationCountRow = z.object({ measure: z.enum(['LEAD', 'CYCLE']), days: z.number(), count: z.number() });

/**
 * Whole projects' flow over a window from the daily pre-aggregates (primary key: project, measure,
 * day, days): items created and finished per day (a day's LEAD rows count every item finished on
 * it), and lead and cycle times per number of days.
 */
export async function flowCounts(
  prisma: AnalyticsPrisma,
  projectIds: readonly string[],
  window: Window,
): Promise<FlowCounts> {
  const [days, durations] = await Promise.all([
    prisma.$queryRaw`
      SELECT measure, to_char(day, 'YYYY-MM-DD') AS day, sum(count)::int AS count
      FROM analytics.flow_day_stat
      WHERE project_id = ANY(${[...projectIds]}::uuid[]) AND measure IN ('CREATED', 'LEAD')
        AND day >= ${window.from}::date AND day <= ${window.to}::date
      GROUP BY measure, day`,
    prisma.$queryRaw`
      SELECT measure, days, sum(count)::int AS count
      FROM analytics.flow_day_stat
      WHERE project_id = ANY(${[...projectIds]}::uuid[]) AND measure IN ('LEAD', 'CYCLE')
        AND day >= ${window.from}::date AND day <= ${window.to}::date
      GROUP BY measure, days`,
  ]);
  const createdByDay = new Map<string, number>();
  const finishedByDay = new Map<string, number>();
  for (const row of parseRows('flowDayCounts', DayCountRow, days)) {
    (row.measure === 'CREATED' ? createdByDay : finishedByDay).set(row.day, row.count);
  }
  const byDuration = parseRows('flowDurationCounts', DurationCountRow, durations);
  const bucketsOf = (measure: 'LEAD' | 'CYCLE') =>
    byDuration.filter((row) => row.measure === measure).map(({ days: length, count }) => ({ days: length, count }));
  return { createdByDay, finishedByDay, leadTime: bucketsOf('LEAD'), cycleTime: bucketsOf('CYCLE') };
}
