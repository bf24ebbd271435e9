import { z } from 'zod';
import { parseRow, parseRows } from '../../../lib/db/parse-rows';
import type { AnalyticsPrisma } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { ControlChartPoint } from '../metrics/control-chart';
import type { Window } from '../metrics/types';
import { endOf, startOf } from '../rules/flow-window';
import { cycleDaysSql } from './flow-sql';
import { populationSql, type FlowPopulation } from './populations';

const PointRow = z.object({ id: z.string(), finishedAt: z.date(), cycleTimeDays: z.number() });

/**
 * A page of the control chart (items finished in the window, in order of finishing, then id), each
 * with the mean cycle time of itself and up to `rollingWindow - 1` points before it, as
 * `metrics/control-chart.ts` computes it for the whole list. Reads the page and the points before it
 * that the rolling mean needs (index: project, finished_at), never the whole window.
 */
export async function controlChartPage(
  prisma: AnalyticsPrisma,
  population: FlowPopulation,
  window: Window,
  rollingWindow: number,
  page: { after: { time: Date; id: string } | null; take: number },
): Promise<ControlChartPoint[]> {
  const inWindow = Prisma.sql`${populationSql(population)}
    AND f.finished_at >= ${startOf(window)} AND f.finished_at < ${endOf(window)}`;
  const columns = Prisma.sql`f.id::text AS id, f.finished_at AS "finishedAt", ${cycleDaysSql} AS "cycleTimeDays"`;
  const after = page.after
    ? Prisma.sql`AND (f.finished_at, f.id) > (${page.after.time}, ${page.after.id}::uuid)`
    : Prisma.empty;
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
  const points = parseRows('controlChartPage', PointRow, rows);
  const all = [...earlier, ...points];
  return points.map((point, i) => {
    const end = earlier.length + i + 1;
    const span = all.slice(Math.max(0, end - rollingWindow), end);
    return { ...point, rollingAverageDays: span.reduce((sum, p) => sum + p.cycleTimeDays, 0) / span.length };
  });
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
