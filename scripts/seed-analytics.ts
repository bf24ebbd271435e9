/**
 * Seeds the analytics read model at the issue's volume (`npm run seed:analytics`): one project with
 * 100,000 items created over the last two years and about 1,000,000 state changes, written straight
 * into the `analytics` schema set-based (generate_series), plus the project and its members in the
 * `projects` schema and their organization in `users`, so the benchmark's viewer can read it.
 *
 * DATABASE_URL names the database (migrated for analytics and projects first); without it a scratch
 * database `workgraph_analytics_bench` on postgresql://postgres@127.0.0.1:5432 is created.
 * Idempotent: it deletes its project's rows and writes them again.
 *
 * Each item goes Backlog → To do → (In progress → In review) 1 to 6 times → Done, one in ten is
 * reopened (In progress → In review → Done again), one in 25 is canceled from To do, one in 20 is
 * archived three days after its last change; changes after now are not made yet, so recent items are
 * still open. The daily cumulative-flow deltas are computed from the changes as the projection
 * writes them (+1 to the new state, -1 to the old one on the change's UTC day, -1 on the archive
 * day), and the flow dates by `recomputeProjectFlowDates`.
 */
import { Client } from 'pg';
import { createPrismaClient } from '../lib/db/prisma';
import { recomputeProjectFlowDates } from '../subgraphs/analytics/data/flow-dates';
import { PrismaClient } from '../subgraphs/analytics/generated/prisma/client';
import { bench, benchDatabaseUrl } from './analytics-bench-support';

const s = bench.stateIds;
const states: [string, string, string][] = [
  [s.backlog, 'Backlog', 'BACKLOG'],
  [s.todo, 'To do', 'TODO'],
  [s.inProgress, 'In progress', 'IN_PROGRESS'],
  [s.inReview, 'In review', 'IN_PROGRESS'],
  [s.done, 'Done', 'DONE'],
  [s.canceled, 'Canceled', 'CANCELED'],
];

const project = `'${bench.projectId}'::uuid`;
const literal = (values: string[], type: string) =>
  `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]::${type}[]`;
const stateIds = literal(
  states.map((state) => state[0]),
  'uuid',
);
const stateNames = literal(
  states.map((state) => state[1]),
  'text',
);
const stateCategories = literal(
  states.map((state) => state[2]),
  'text',
);

/** The state (1-6 of `states`) an item's version `v` entered. */
const stateOfVersion = `CASE
    WHEN v = 1 THEN 1 WHEN v = 2 THEN 2
    WHEN i.canceled THEN 6
    WHEN v < 3 + 2 * i.cycles THEN 3 + (v - 3) % 2
    WHEN v = 3 + 2 * i.cycles THEN 5
    ELSE 3 + (v - 4 - 2 * i.cycles) END`;

const seedSql = `
  DELETE FROM analytics.state_day_delta WHERE project_id = ${project};
  DELETE FROM analytics.state_change WHERE project_id = ${project};
  DELETE FROM analytics.item_fact WHERE project_id = ${project};
  DELETE FROM analytics.project_state WHERE project_id = ${project};
  DELETE FROM analytics.project_flow_settings WHERE project_id = ${project};
  DELETE FROM projects.project WHERE id = ${project};

  DELETE FROM users.organization WHERE id = '${bench.organizationId}';
  DELETE FROM users."user" WHERE email LIKE 'wg-bench-user-%@example.com';
  INSERT INTO users.organization (id, name, slug, updated_at)
  VALUES ('${bench.organizationId}', 'Analytics benchmark', 'wg-analytics-bench', now());
  INSERT INTO users."user" (id, email, name, password_hash, updated_at)
  SELECT md5('wg-bench-user-' || u)::uuid, 'wg-bench-user-' || u || '@example.com', 'Bench user ' || u, '!', now()
  FROM generate_series(0, 49) u;
  INSERT INTO users.organization_member (organization_id, user_id, role)
  SELECT '${bench.organizationId}', md5('wg-bench-user-' || u)::uuid, 'MEMBER' FROM generate_series(0, 49) u;

  INSERT INTO projects.project (id, organization_id, key, name, updated_at)
  VALUES (${project}, '${bench.organizationId}', 'BENCH', 'Analytics benchmark', now());
  INSERT INTO projects.project_member (project_id, user_id, role)
  SELECT ${project}, md5('wg-bench-user-' || u)::uuid, CASE WHEN u = 0 THEN 'MEMBER' ELSE 'VIEWER' END
  FROM generate_series(0, 49) u;

  INSERT INTO analytics.project_state (project_id, state_id, name, category, first_seen)
  SELECT ${project}, s.id, s.name, s.category, now() - interval '${bench.days + 1} days' + s.n * interval '1 minute'
  FROM unnest(${stateIds}, ${stateNames}, ${stateCategories}) WITH ORDINALITY AS s(id, name, category, n);

  CREATE TEMP TABLE bench_item ON COMMIT DROP AS
  SELECT n, md5('wg-bench-item-' || n)::uuid AS id,
    date_trunc('milliseconds', now() - interval '${bench.days} days'
      + (n - 1) * interval '${bench.days} days' / ${bench.items}) AS created_at,
    n % 25 = 3 AS canceled, 1 + (n * 7) % 6 AS cycles, n % 10 = 0 AS reopened, n % 20 = 11 AS archived,
    6 + (n * 7919) % 60 AS gap_hours
  FROM generate_series(1, ${bench.items}) n;

  CREATE TEMP TABLE bench_change ON COMMIT DROP AS
  SELECT i.id AS item_id, v AS version, i.n,
    i.created_at + CASE WHEN v = 1 THEN interval '0'
      ELSE ((v - 1) * i.gap_hours + (i.n * v * 31) % 5) * interval '1 hour' + (i.n % 60) * interval '1 minute' END AS at,
    (${stateOfVersion}) AS state
  FROM bench_item i,
    generate_series(1, CASE WHEN i.canceled THEN 3 ELSE 3 + 2 * i.cycles + CASE WHEN i.reopened THEN 3 ELSE 0 END END) v;
  DELETE FROM bench_change WHERE at > now();

  INSERT INTO analytics.state_change (item_id, version, project_id, at, actor_id, from_state_id, to_state_id,
    from_category, to_category)
  SELECT c.item_id, c.version, ${project}, c.at, md5('wg-bench-user-' || (c.n + c.version) % 50)::uuid,
    (${stateIds})[lag(c.state) OVER w], (${stateIds})[c.state], (${stateCategories})[lag(c.state) OVER w], (${stateCategories})[c.state]
  FROM bench_change c
  WINDOW w AS (PARTITION BY c.item_id ORDER BY c.version);

  INSERT INTO analytics.item_fact (id, project_id, organization_id, key, title, type, state_id, state_category,
    assignee_id, reporter_id, estimate, parent_id, label_ids, created_at, archived_at, version)
  SELECT i.id, ${project}, '${bench.organizationId}', 'BENCH-' || i.n, 'Benchmark item ' || i.n,
    CASE WHEN i.n % 100 = 1 THEN 'EPIC' ELSE (ARRAY['STORY','TASK','BUG','STORY','SUBTASK'])[1 + i.n % 5] END,
    last.to_state_id, last.to_category,
    CASE WHEN i.n % 10 <> 5 THEN md5('wg-bench-user-' || i.n % 50)::uuid END,
    md5('wg-bench-user-' || (i.n * 3) % 50)::uuid,
    CASE WHEN i.n % 4 <> 0 THEN 1 + i.n % 8 END,
    CASE WHEN i.n % 100 <> 1 THEN md5('wg-bench-item-' || (1 + (i.n - 1) / 100 * 100))::uuid END,
    CASE i.n % 3 WHEN 0 THEN '{}'::uuid[]
      WHEN 1 THEN ARRAY[md5('wg-bench-label-' || i.n % 20)::uuid]
      ELSE ARRAY[md5('wg-bench-label-' || i.n % 20)::uuid, md5('wg-bench-label-' || (i.n + 7) % 20)::uuid] END,
    i.created_at,
    CASE WHEN i.archived AND last.at + interval '3 days' <= now() THEN last.at + interval '3 days' END,
    last.version + CASE WHEN i.archived AND last.at + interval '3 days' <= now() THEN 1 ELSE 0 END
  FROM bench_item i
  JOIN LATERAL (
    SELECT sc.version, sc.at, sc.to_state_id, sc.to_category FROM analytics.state_change sc
    WHERE sc.item_id = i.id ORDER BY sc.version DESC LIMIT 1
  ) last ON true;

  INSERT INTO analytics.state_day_delta (project_id, day, state_id, delta)
  SELECT ${project}, day, state_id, sum(delta)::int
  FROM (
    SELECT (sc.at AT TIME ZONE 'UTC')::date AS day, sc.to_state_id AS state_id, 1 AS delta
    FROM analytics.state_change sc WHERE sc.project_id = ${project}
    UNION ALL
    SELECT (sc.at AT TIME ZONE 'UTC')::date, sc.from_state_id, -1
    FROM analytics.state_change sc WHERE sc.project_id = ${project} AND sc.from_state_id IS NOT NULL
    UNION ALL
    SELECT (f.archived_at AT TIME ZONE 'UTC')::date, f.state_id, -1
    FROM analytics.item_fact f WHERE f.project_id = ${project} AND f.archived_at IS NOT NULL
  ) d
  GROUP BY day, state_id
  HAVING sum(delta) <> 0;`;

async function main(): Promise<void> {
  const url = await benchDatabaseUrl();
  console.log(`Seeding ${bench.items} items over ${bench.days} days into ${url.replace(/\/\/[^@]*@/, '//')}…`);
  const started = Date.now();
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('BEGIN');
    for (const statement of seedSql
      .split(/;\s*\n/)
      .map((text) => text.trim())
      .filter(Boolean)) {
      await db.query(statement);
    }
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  console.log(`Items, changes and daily deltas written in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

  const prisma = createPrismaClient(PrismaClient, { url, domain: 'analytics' });
  try {
    const flowStarted = Date.now();
    const updated = await prisma.$transaction((tx) => recomputeProjectFlowDates(tx, bench.projectId), {
      timeout: 600_000,
      maxWait: 60_000,
    });
    console.log(`Flow dates of ${updated} items in ${((Date.now() - flowStarted) / 1000).toFixed(1)} s.`);
  } finally {
    await prisma.$disconnect();
  }

  await db.query(
    'VACUUM ANALYZE analytics.item_fact, analytics.state_change, analytics.state_day_delta, analytics.project_state',
  );
  const { rows } = await db.query<{ name: string; count: string }>(
    `SELECT 'item_fact' AS name, count(*)::text AS count FROM analytics.item_fact WHERE project_id = $1
     UNION ALL SELECT 'state_change', count(*)::text FROM analytics.state_change WHERE project_id = $1
     UNION ALL SELECT 'state_day_delta', count(*)::text FROM analytics.state_day_delta WHERE project_id = $1
     UNION ALL SELECT 'archived', count(*)::text FROM analytics.item_fact WHERE project_id = $1 AND archived_at IS NOT NULL
     UNION ALL SELECT 'finished', count(*)::text FROM analytics.item_fact WHERE project_id = $1 AND finished_at IS NOT NULL
     UNION ALL SELECT 'in progress', count(*)::text FROM analytics.item_fact WHERE project_id = $1
       AND started_at IS NOT NULL AND finished_at IS NULL AND discarded_at IS NULL AND archived_at IS NULL`,
    [bench.projectId],
  );
  await db.end();
  console.log(rows.map((row) => `${row.name}: ${row.count}`).join(', '));
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
