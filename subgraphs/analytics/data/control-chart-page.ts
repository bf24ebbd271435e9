import { z } from 'zod';
import { parseRow, parseRows } from '../../../lib/db/parse-rows';
import { keysetSql, type Direction } from '../../../lib/keyset';
import type { AnalyticsPrisma } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { ControlChartPoint } from '../metrics/control-chart';
import type { Window } from '../metrics/types';
import { endOf, startOf } from '../rules/flow-window';
import { cycleDaysSql } from './flow-sql';
import { populationSql, type FlowPopulation } from './populations';

const PointRow = z.object({ id: z.string(), finishedAt: z.date(), cycleTimeDays: z.number() });

/** Each point with the mean cycle time of itself and up to `rollingWindow - 1` points before it (`earlier`, in order). */
function withRollingAverages(
  earlier: readonly z.infer<typeof PointRow>[],
  points: readonly z.infer<typeof PointRow>[],
  rollingWindow: number,
): ControlChartPoint[] {
  const all = [...earlier, ...points];
  return points.map((point, i) => {
    const end = earlier.length + i + 1;
    const span = all.slice(Math.max(0, end - rollingWindow), end);
    return { ...point, rollingAverageDays: span.reduce((sum, p) => sum + p.cycleTimeDays, 0) / span.length };
  });
}

/**
 * A page of the control chart (items finished in the window, in order of finishing, then id), each
 * with the mean cycle time of itself and up to `rollingWindow - 1` points before it, as
 * `metrics/control-chart.ts` computes it for the whole list. Reads the page and the points before it
 * that the rolling mean needs (index: project, finished_at), never the whole window. A backward page
 * (`last`/`before`) is read newest first from its cursor, the points the means need read with it, and
 * returned newest first, as toConnection expects.
 */
export async function controlChartPage(
  prisma: AnalyticsPrisma,
  population: FlowPopulation,
  window: Window,
  rollingWindow: number,
  page: { after: { time: Date; id: string } | null; take: number; direction: Direction },
): Promise<ControlChartPoint[]> {
  const inWindow = Prisma.sql`${populationSql(population)}
    AND f.finished_at >= ${startOf(window)} AND f.finished_at < ${endOf(window)}`;
  const columns = Prisma.sql`f.id::text AS id, f.finished_at AS "finishedAt", ${cycleDaysSql} AS "cycleTimeDays"`;
  const k = keysetSql(page.direction);
  const after = page.after
    ? Prisma.sql`AND (f.finished_at, f.id) ${k.compare} (${page.after.time}, ${page.after.id}::uuid)`
    : Prisma.empty;
  if (page.direction === 'DESC') {
    const fetched = parseRows(
      'controlChartPage',
      PointRow,
      await prisma.$queryRaw`
        SELECT ${columns} FROM analytics.item_fact f WHERE ${inWindow} ${after}
        ORDER BY f.finished_at DESC, f.id DESC LIMIT ${page.take + rollingWindow - 1}`,
    );
    const points = fetched.slice(0, page.take).reverse();
    const earlier = fetched.slice(page.take).reverse();
    return withRollingAverages(earlier, points, rollingWindow).reverse();
  }
  const [before, rows] = await Promise.all([
    page.after && rollingWindow > 1
      ? prisma.$queryRaw`
          SELECT ${columns} FROM analytics.item_fact f
          WHERE ${inWindow} AND (f.finished_at, f.id) <= (${page.after.time}, ${page.after.id}::uuid)
          ORDER BY f.finished_at DESC, f.id DESC LIMIT ${rollingWindow - 1}`
      : [],
    prisma.$queryRaw`
      SELECT ${columns} FROM analytics.item_fact f WHERE ${inWindow} ${after}
      ORDER BY f.finished_at, f.id LIMIT ${page.take}`,
  ]);
  const earlier = parseRows('controlChartBefore', PointRow, before).reverse();
  return withRollingAverages(earlier, parseRows('controlChartPage', PointRow, rows), rollingWindow);
}

/** How many items of the population finished in the window (index: project, finished_at). */
export async function finishedCount(prisma: AnalyticsPrisma, population: FlowPopulation, window: Window) {
  return parseRow(
    'finishedCount',
    z.object({ count: z.number() }),
    await prisma.$queryRaw`
      SELECT count(*)::int AS count FROM analytics.item_fact f
      WHERE ${populationSql(population)} AND f.finished_at >= ${startOf(window)} AND f.finished_at < ${endOf(window)}`,
  ).count;
}
