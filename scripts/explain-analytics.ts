/**
 * Query plans of every statement the analytics flow metrics run for a 90-day window, on the project
 * `npm run seed:analytics` wrote (100,000 items, about 1,000,000 state changes): `npm run explain:analytics`,
 * with the seed's DATABASE_URL (none: the scratch database `workgraph_analytics_bench`).
 *
 * The SQL is taken from the data functions themselves (`rawSqlOf`), each planned with EXPLAIN
 * (ANALYZE, BUFFERS) after a warm-up, then a summary table (statement → indexes used → time). Exits
 * 1 when a plan reads a table of more than 1,000 rows with a sequential scan.
 */
import type { Sql } from '@prisma/client/runtime/client';
import { createPrismaClient } from '../lib/db/prisma';
import type { AnalyticsPrisma } from '../subgraphs/analytics/db';
import { countItemsInStatesAt, itemsInStatesAt } from '../subgraphs/analytics/data/drill-down';
import {
  createdItems,
  finishedItems,
  itemsInProgressAt,
  populationSize,
  populationTimelines,
  projectStates,
  stateCountDeltas,
} from '../subgraphs/analytics/data/flow-reads';
import type { FlowPopulation } from '../subgraphs/analytics/data/populations';
import { openChildren } from '../subgraphs/analytics/data/remaining-items';
import { PrismaClient } from '../subgraphs/analytics/generated/prisma/client';
import { bench, benchDatabaseUrl } from './analytics-bench-support';
import { createPlanner, rawSqlOf } from './explain-support';

/** A sequential scan of a table this large fails the script. */
const seqScanLimit = 1000;

const dayMs = 86_400_000;

async function main(): Promise<void> {
  const url = await benchDatabaseUrl();
  const prisma = createPrismaClient(PrismaClient, { url, domain: 'analytics' });
  let failures: string[] = [];
  try {
    const [seeded] = await prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM analytics.item_fact WHERE project_id = ${bench.projectId}::uuid`;
    if (!seeded?.count) throw new Error('The benchmark project has no items: run `npm run seed:analytics` first.');
    const tableRows = new Map(
      (
        await prisma.$queryRaw<{ name: string; rows: number }[]>`
          SELECT relname AS name, greatest(reltuples, 0)::int AS rows FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'analytics' AND c.relkind = 'r'`
      ).map((row) => [row.name, row.rows]),
    );

    // The window the metrics measure by default: the last 90 days up to today (UTC).
    const today = new Date(new Date().toISOString().slice(0, 10));
    const from = new Date(today.getTime() - 89 * dayMs);
    const end = new Date(today.getTime() + dayMs);
    const day = (at: Date) => at.toISOString().slice(0, 10);
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
      ['createdItems (project)', (db) => createdItems(db, project, from, end)],
      ['itemsInProgressAt (project, end of window)', (db) => itemsInProgressAt(db, project, end)],
      ['itemsInProgressAt (one assignee)', (db) => itemsInProgressAt(db, oneAssignee, end)],
      ['projectStates', (db) => projectStates(db, [bench.projectId])],
      ['stateCountDeltas', (db) => stateCountDeltas(db, [bench.projectId], day(from), day(today))],
      [
        'itemsInStatesAt (one day, first page)',
        (db) => itemsInStatesAt(db, project, started, middleDayEnd, { afterId: null, take: 21 }),
      ],
      ['countItemsInStatesAt (one day)', (db) => countItemsInStatesAt(db, project, started, middleDayEnd)],
      ['populationSize (one assignee)', (db) => populationSize(db, oneAssignee)],
      ['populationTimelines (one assignee)', (db) => populationTimelines(db, oneAssignee, end)],
      ['openChildren (epic)', (db) => openChildren(db, bench.epicId)],
    ];

    const planner = createPlanner();
    for (const [name, run] of statements) {
      const statement: Sql = await rawSqlOf<AnalyticsPrisma>(run);
      const plan = await planner.explain(name, statement, prisma);
      for (const line of plan) {
        const table = /Seq Scan on (\S+)/.exec(line)?.[1];
        const rows = table ? (tableRows.get(table.replace(/^analytics\./, '')) ?? 0) : 0;
        if (table && rows > seqScanLimit) failures.push(`${name}: Seq Scan on ${table} (${rows} rows)`);
      }
    }
    planner.printSummary(`Time at ${seeded.count} items`);
  } finally {
    await prisma.$disconnect();
  }
  failures = [...new Set(failures)];
  if (failures.length) {
    console.error(`\nSequential scans of tables over ${seqScanLimit} rows:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`\nEvery statement reads through an index (no Seq Scan on a table over ${seqScanLimit} rows).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
