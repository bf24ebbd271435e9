/**
 * Query plans of every statement the analytics flow metrics run for a 90-day window, on the project
 * `npm run seed:analytics` wrote (100,000 items, about 1,000,000 state changes): `npm run explain:analytics`,
 * with the seed's DATABASE_URL (none: the scratch database `workgraph_analytics_bench`).
 *
 * The SQL is taken from the data functions themselves (`rawSqlOf`), each planned with EXPLAIN
 * (ANALYZE, BUFFERS) after a warm-up, then a summary table (statement → indexes used → time). Exits
 * 1 when a sequential scan reads more than 1,000 rows it does not need (its "Rows Removed by
 * Filter"): a scan of a table whose rows all belong to the answer, such as one project's daily counts
 * in a database holding only that project, is the right plan and passes.
 */
import type { Sql } from '@prisma/client/runtime/client';
import { createPrismaClient } from '../lib/db/prisma';
import type { AnalyticsPrisma } from '../subgraphs/analytics/db';
import { controlChartPage, finishedCount } from '../subgraphs/analytics/data/control-chart-page';
import { itemsDatedIn, itemsInStatesAt } from '../subgraphs/analytics/data/drill-down';
import { flowCounts } from '../subgraphs/analytics/data/flow-stats';
import { groupCounts } from '../subgraphs/analytics/data/group-counts';
import {
  createdItems,
  finishedItems,
  itemsInProgressAt,
  populationSize,
  populationStateDeltas,
  projectStates,
  stateCountDeltas,
} from '../subgraphs/analytics/data/flow-reads';
import type { FlowPopulation } from '../subgraphs/analytics/data/populations';
import { openChildren } from '../subgraphs/analytics/data/remaining-items';
import { PrismaClient } from '../subgraphs/analytics/generated/prisma/client';
import { bench, benchDatabaseUrl } from './analytics-bench-support';
import { createPlanner, rawSqlOf } from './explain-support';

/** A sequential scan that reads and throws away more rows than this fails the script. */
const seqScanLimit = 1000;

/** The sequential scans of a plan (EXPLAIN ANALYZE text) with the rows each filtered out. */
function wastefulScans(plan: readonly string[]): { table: string; removed: number }[] {
  const scans: { table: string; removed: number }[] = [];
  let current: { table: string; removed: number } | null = null;
  for (const line of plan) {
    const table = /Seq Scan on (\S+)/.exec(line)?.[1];
    if (table) scans.push((current = { table, removed: 0 }));
    else if (line.includes('->')) current = null;
    const removed = /Rows Removed by Filter: (\d+)/.exec(line)?.[1];
    if (current && removed) current.removed += Number(removed);
  }
  return scans.filter((scan) => scan.removed > seqScanLimit);
}

const dayMs = 86_400_000;

async function main(): Promise<void> {
  const url = await benchDatabaseUrl();
  const prisma = createPrismaClient(PrismaClient, { url, domain: 'analytics' });
  let failures: string[] = [];
  try {
    const [seeded] = await prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM analytics.item_fact WHERE project_id = ${bench.projectId}::uuid`;
    if (!seeded?.count) throw new Error('The benchmark project has no items: run `npm run seed:analytics` first.');
    // The window the metrics measure by default: the last 90 days up to today (UTC).
    const today = new Date(new Date().toISOString().slice(0, 10));
    const from = new Date(today.getTime() - 89 * dayMs);
    const end = new Date(today.getTime() + dayMs);
    const day = (at: Date) => at.toISOString().slice(0, 10);
    const window = { from: day(from), to: day(today) };
    const project: FlowPopulation = { projectIds: [bench.projectId], itemIds: null, filter: null };
    const oneAssignee: FlowPopulation = {
      ...project,
      filter: { types: null, assigneeIds: [bench.assigneeId], unassigned: null, labelIds: null, parentId: null },
    };
    const started = [bench.stateIds.inProgress, bench.stateIds.inReview];
    // A drill-down into one day of the cumulative flow: the end of the window's middle day.
    const middleDayEnd = new Date(from.getTime() + 45 * dayMs);

    const statements: [string, (prisma: AnalyticsPrisma) => Promise<unknown>][] = [
      ['finishedItems (project)', (db) => finishedItems(db, project, from, end)],
      ['finishedItems (one assignee)', (db) => finishedItems(db, oneAssignee, from, end)],
      ['createdItems (one assignee)', (db) => createdItems(db, oneAssignee, from, end)],
      ['itemsInProgressAt (project, end of window)', (db) => itemsInProgressAt(db, project, end)],
      ['itemsInProgressAt (one assignee)', (db) => itemsInProgressAt(db, oneAssignee, end)],
      ['projectStates', (db) => projectStates(db, [bench.projectId])],
      ['stateCountDeltas', (db) => stateCountDeltas(db, [bench.projectId], day(from), day(today))],
      [
        'itemsInStatesAt (one day, first page)',
        (db) => itemsInStatesAt(db, project, started, middleDayEnd, { afterId: null, take: 21, direction: 'ASC' }),
      ],
      ['populationSize (one assignee)', (db) => populationSize(db, oneAssignee)],
      [
        'populationStateDeltas (one assignee)',
        (db) => populationStateDeltas(db, oneAssignee, day(from), day(today), end),
      ],
      ['flowCounts (daily pre-aggregates, one of two statements)', (db) => flowCounts(db, [bench.projectId], window)],
      ['groupCounts (by assignee)', (db) => groupCounts(db, project, window, 'ASSIGNEE')],
      ['groupCounts (by label)', (db) => groupCounts(db, project, window, 'LABEL')],
      [
        'controlChartPage (first page)',
        (db) => controlChartPage(db, project, window, 10, { after: null, take: 101, direction: 'ASC' }),
      ],
      ['finishedCount (one assignee)', (db) => finishedCount(db, oneAssignee, window)],
      [
        'itemsDatedIn (a throughput day)',
        (db) =>
          itemsDatedIn(
            db,
            {
              population: project,
              on: 'finished',
              between: { from: day(middleDayEnd), to: day(middleDayEnd) },
              count: 0,
            },
            { afterId: null, take: 21, direction: 'ASC' },
          ),
      ],
      [
        'itemsDatedIn (a cycle time bucket of one assignee)',
        (db) =>
          itemsDatedIn(
            db,
            {
              population: project,
              on: 'finished',
              between: window,
              duration: { measure: 'CYCLE', days: 3 },
              group: { by: 'ASSIGNEE', key: bench.assigneeId },
              count: 0,
            },
            { afterId: null, take: 21, direction: 'ASC' },
          ),
      ],
      ['openChildren (epic)', (db) => openChildren(db, bench.epicId)],
    ];

    const planner = createPlanner();
    for (const [name, run] of statements) {
      const statement: Sql = await rawSqlOf<AnalyticsPrisma>(run);
      const plan = await planner.explain(name, statement, prisma);
      for (const scan of wastefulScans(plan)) {
        failures.push(`${name}: Seq Scan on ${scan.table} filtered out ${scan.removed} rows`);
      }
    }
    planner.printSummary(`Time at ${seeded.count} items`);
  } finally {
    await prisma.$disconnect();
  }
  failures = [...new Set(failures)];
  if (failures.length) {
    console.error(`\nSequential scans reading over ${seqScanLimit} rows they do not need:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`\nNo statement reads more than ${seqScanLimit} rows it does not need through a sequential scan.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
