/**
 * Query plans of the sprints subgraph's reads and read-model writes at production-like volume
 * (`npm run explain:sprints`).
 *
 * Creates a scratch database on DATABASE_URL's server (default postgresql://postgres@127.0.0.1:5432/postgres),
 * migrates the sprints schema, fills 200 projects × 40 sprints with 200,000 read-model items and their
 * memberships, scope changes, history and capacities, ANALYZEs, then prints EXPLAIN (ANALYZE, BUFFERS)
 * of each query (a second run, after a warm-up) and a summary table (query → indexes used → time).
 * Raw SQL is taken from the data functions themselves; Prisma-built reads are written out by hand
 * next to the name of the function they mirror. Writes (and locks) run in transactions that are rolled back.
 * The scratch database is dropped at the end.
 */
import { sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { createPrismaClient } from '../lib/db/prisma';
import type { SprintsPrisma } from '../subgraphs/sprints/db';
import { openMembersOfSprints, remainingPointsUnder } from '../subgraphs/sprints/data/metric-reads';
import { closeMembers, lockReadModelItems } from '../subgraphs/sprints/data/sprint-items';
import { lockSprints } from '../subgraphs/sprints/data/sprint-writes';
import { PrismaClient } from '../subgraphs/sprints/generated/prisma/client';
import { insertHistory, upsertIfNewer, type WorkItemState } from '../subgraphs/sprints/projection/read-model-writes';
import { removeFromOpenSprintIfGone } from '../subgraphs/sprints/projection/remove-from-sprint';
import { createPlanner, rolledBack, rawSqlOf, seedDatabase, uuidOf, withScratchDatabase } from './explain-support';

const projects = 200;
const sprintsPerProject = 40;
/** Sprints 1..35 of each project are completed, 36 is active, 37..40 are planned. */
const activeSprint = 36;
const itemsPerProject = 1000;
const itemsPerSprint = 40;
/** Project.sprints and Sprint.workItems default page sizes, plus the row that tells whether a next page exists. */
const sprintPageTake = 21;
const itemPageTake = 51;

const startOf = (p: string, s: string) => `(date '2024-01-01' + (${s} - 1) * 14 + ${p} % 7)`;
/** The item a sprint's k-th membership points at: items 21.. of the project, so open sprints never share one. */
const memberOf = (s: string, k: string) =>
  `(21 + ((${s} - 1) * ${itemsPerSprint} + ${k} - 1) % ${itemsPerProject - 20})`;

/**
 * Per project: 20 epics, 280 stories under them, 700 subtasks under the stories; 40 sprints of 40
 * items each; an ADDED scope change per membership plus 4 items added and removed again per sprint;
 * 3 to 5 history rows per item; 5 capacities per sprint.
 */
const seedSql = `
  INSERT INTO work_item (id, project_id, organization_id, key, type, parent_id, estimate, state_category,
    archived, deleted, version, changed_at)
  SELECT md5('item-' || p || '-' || n)::uuid, md5('project-' || p)::uuid, md5('org-' || p % 20)::uuid,
    'P' || p || '-' || n,
    CASE WHEN n <= 20 THEN 'EPIC' WHEN n <= 300 THEN 'STORY' ELSE 'SUBTASK' END,
    CASE WHEN n <= 20 THEN NULL
      WHEN n <= 300 THEN md5('item-' || p || '-' || (1 + n % 20))::uuid
      ELSE md5('item-' || p || '-' || (21 + n % 280))::uuid END,
    CASE WHEN n % 6 = 0 THEN NULL ELSE 1 + n % 8 END,
    (ARRAY['BACKLOG','TODO','IN_PROGRESS','DONE','DONE','CANCELED'])[1 + (n * 7) % 6],
    n % 50 = 0, false, 3 + n % 3, timestamptz '2025-06-01' + n * interval '1 minute'
  FROM generate_series(1, ${projects}) p, generate_series(1, ${itemsPerProject}) n;

  INSERT INTO work_item_history (id, event_id, work_item_id, version, occurred_at, actor_id, estimate,
    state_category, archived, deleted, project_id)
  SELECT md5('history-' || w.id || '-' || v)::uuid, md5('event-' || w.id || '-' || v)::uuid, w.id, v,
    w.changed_at - (w.version - v) * interval '1 day', md5('user-' || v % 50)::uuid, w.estimate,
    CASE WHEN v = w.version THEN w.state_category ELSE (ARRAY['BACKLOG','TODO','IN_PROGRESS','IN_PROGRESS'])[v] END,
    v = w.version AND w.archived, false, w.project_id
  FROM work_item w, generate_series(1, w.version) v;

  INSERT INTO sprint (id, project_id, organization_id, name, goal, start_date, end_date, state, started_at,
    started_by_id, completed_at, completed_by_id, committed_points, committed_item_count, completed_points,
    completed_item_count, carried_over_points, carried_over_item_count, carried_over_to_id, created_by_id,
    created_at, updated_at)
  SELECT md5('sprint-' || p || '-' || s)::uuid, md5('project-' || p)::uuid, md5('org-' || p % 20)::uuid,
    'Sprint ' || s, '', ${startOf('p', 's')}, ${startOf('p', 's')} + 13,
    CASE WHEN s < ${activeSprint} THEN 'COMPLETED' WHEN s = ${activeSprint} THEN 'ACTIVE' ELSE 'PLANNED' END,
    CASE WHEN s <= ${activeSprint} THEN ${startOf('p', 's')} + time '09:00' END,
    CASE WHEN s <= ${activeSprint} THEN md5('user-' || p % 50)::uuid END,
    CASE WHEN s < ${activeSprint} THEN ${startOf('p', 's')} + 13 + time '17:00' END,
    CASE WHEN s < ${activeSprint} THEN md5('user-' || p % 50)::uuid END,
    CASE WHEN s <= ${activeSprint} THEN 100 + (p * s) % 40 END,
    CASE WHEN s <= ${activeSprint} THEN ${itemsPerSprint} END,
    CASE WHEN s < ${activeSprint} THEN 70 + (p * s) % 30 END,
    CASE WHEN s < ${activeSprint} THEN 30 END,
    CASE WHEN s < ${activeSprint} THEN 20 + (p * s) % 10 END,
    CASE WHEN s < ${activeSprint} THEN 8 END,
    CASE WHEN s < ${activeSprint} - 1 THEN md5('sprint-' || p || '-' || (s + 1))::uuid END,
    md5('user-' || p % 50)::uuid, ${startOf('p', 's')} - 7, ${startOf('p', 's')} - 7
  FROM generate_series(1, ${projects}) p, generate_series(1, ${sprintsPerProject}) s;

  INSERT INTO sprint_item (sprint_id, work_item_id, added_at, added_by_id, open, outcome, final_points)
  SELECT md5('sprint-' || p || '-' || s)::uuid, md5('item-' || p || '-' || ${memberOf('s', 'k')})::uuid,
    ${startOf('p', 's')} - 2 + k * interval '1 minute', md5('user-' || p % 50)::uuid, s >= ${activeSprint},
    CASE WHEN s < ${activeSprint} THEN (ARRAY['COMPLETED','COMPLETED','CARRIED_OVER','CANCELED'])[1 + k % 4] END,
    CASE WHEN s < ${activeSprint} THEN 1 + k % 8 END
  FROM generate_series(1, ${projects}) p, generate_series(1, ${sprintsPerProject}) s,
    generate_series(1, ${itemsPerSprint}) k;

  INSERT INTO scope_change (id, sprint_id, work_item_id, kind, reason, actor_id, at)
  SELECT md5('scope-' || sprint_id || '-' || work_item_id)::uuid, sprint_id, work_item_id, 'ADDED', 'PLANNING',
    added_by_id, added_at
  FROM sprint_item;

  INSERT INTO scope_change (id, sprint_id, work_item_id, kind, reason, actor_id, at)
  SELECT md5('scope-' || p || '-' || s || '-' || k || '-' || kind)::uuid, md5('sprint-' || p || '-' || s)::uuid,
    md5('item-' || p || '-' || ${memberOf('s', 'k + 500')})::uuid, kind,
    CASE WHEN kind = 'ADDED' OR k % 2 = 0 THEN 'PLANNING' ELSE 'ARCHIVED' END, md5('user-' || p % 50)::uuid,
    ${startOf('p', 's')} + CASE WHEN kind = 'ADDED' THEN 1 ELSE 3 END + k * interval '1 hour'
  FROM generate_series(1, ${projects}) p, generate_series(1, ${sprintsPerProject}) s, generate_series(1, 4) k,
    unnest(ARRAY['ADDED','REMOVED']) kind;

  INSERT INTO member_capacity (sprint_id, user_id, position, days_off, focus_factor, points_per_day)
  SELECT md5('sprint-' || p || '-' || s)::uuid, md5('user-' || (p + u) % 50)::uuid, u - 1,
    ARRAY[${startOf('p', 's')} + u], 0.8, 1 + u % 3
  FROM generate_series(1, ${projects}) p, generate_series(1, ${sprintsPerProject}) s, generate_series(1, 5) u;`;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const sprintId = (p: number, s: number) => uuidOf(`sprint-${p}-${s}`);
const itemId = (p: number, n: number) => uuidOf(`item-${p}-${n}`);

type SprintsExecutor = Pick<SprintsPrisma, '$queryRaw' | '$executeRaw'>;

async function main(): Promise<void> {
  await withScratchDatabase('wg_explain_sprints', 'sprints', async (url) => {
    await seedDatabase(
      url,
      'sprints',
      `Seeding ${projects} projects × ${sprintsPerProject} sprints, ${projects * itemsPerProject} read-model items…`,
      async (db) => {
        await db.query(seedSql);
        await db.query('VACUUM ANALYZE');
        const { rows } = await db.query<{ name: string; rows: string }>(
          `SELECT relname AS name, n_live_tup::text AS rows FROM pg_stat_user_tables WHERE schemaname = 'sprints'
           AND n_live_tup > 0 ORDER BY n_live_tup DESC`,
        );
        console.log(rows.map((row) => `${row.name}: ${row.rows}`).join(', '));
      },
    );
    const client = createPrismaClient(PrismaClient, { url, domain: 'sprints' });
    try {
      const planner = createPlanner();
      const explain = (name: string, query: Sql, executor: SprintsExecutor = client, warm = true) =>
        planner.explain(name, query, executor, warm);

      const p = 7;
      const projectId = uuidOf(`project-${p}`);
      const sprintsOfProject = range(1, sprintsPerProject).map((s) => sprintId(p, s));
      const twentySprints = sprintsOfProject.slice(0, 20);
      const activeId = sprintId(p, activeSprint);
      // A page of sprints across projects whose figures are open: the 5 open sprints of 4 projects.
      const openSprints = range(p, p + 3).flatMap((q) =>
        range(activeSprint, sprintsPerProject).map((s) => sprintId(q, s)),
      );
      const [after20] = await client.$queryRaw<{ startDate: Date; id: string }[]>`
      SELECT start_date AS "startDate", id::text AS id FROM sprint WHERE id = ${sprintsOfProject[19]}::uuid`;
      const cursorDate = after20!.startDate.toISOString().slice(0, 10);
      const cursorId = after20!.id;

      // projectSprintsPage (Project.sprints): no filter, first page.
      await explain(
        'Project.sprints: first page',
        sql`SELECT * FROM sprint WHERE project_id = ${projectId}::uuid
          ORDER BY start_date ASC, id ASC LIMIT ${sprintPageTake}`,
      );
      // projectSprintsPage: filter states.
      await explain(
        'Project.sprints: states PLANNED, ACTIVE',
        sql`SELECT * FROM sprint WHERE project_id = ${projectId}::uuid AND state IN ('PLANNED', 'ACTIVE')
          ORDER BY start_date ASC, id ASC LIMIT ${sprintPageTake}`,
      );
      // projectSprintsPage: page after the 20th sprint.
      await explain(
        'Project.sprints: page after sprint 20',
        sql`SELECT * FROM sprint WHERE project_id = ${projectId}::uuid
            AND (start_date > ${cursorDate}::date OR (start_date = ${cursorDate}::date AND id > ${cursorId}::uuid))
          ORDER BY start_date ASC, id ASC LIMIT ${sprintPageTake}`,
      );
      await explain(
        'Project.sprints: states COMPLETED, after sprint 20',
        sql`SELECT * FROM sprint WHERE project_id = ${projectId}::uuid AND state IN ('COMPLETED')
            AND (start_date > ${cursorDate}::date OR (start_date = ${cursorDate}::date AND id > ${cursorId}::uuid))
          ORDER BY start_date ASC, id ASC LIMIT ${sprintPageTake}`,
      );
      // countProjectSprints (Project.sprints totalCount).
      await explain(
        'Project.sprints count',
        sql`SELECT count(*) FROM (SELECT id FROM sprint WHERE project_id = ${projectId}::uuid) sub`,
      );
      await explain(
        'Project.sprints count: states COMPLETED',
        sql`SELECT count(*) FROM (SELECT id FROM sprint WHERE project_id = ${projectId}::uuid AND state IN ('COMPLETED')) sub`,
      );
      // sprintLoaders.sprintById (20 ids); lockSprints' second read is the same.
      await explain('sprintById (20)', sql`SELECT * FROM sprint WHERE id = ANY(${twentySprints}::uuid[])`);
      // sprintLoaders.activeSprintByProject (20 projects); otherActiveSprint is the same for one.
      await explain(
        'activeSprintByProject (20 projects)',
        sql`SELECT * FROM sprint WHERE project_id = ANY(${range(1, 20).map((q) => uuidOf(`project-${q}`))}::uuid[])
            AND state = 'ACTIVE'`,
      );
      // sprintLoaders.openSprintByWorkItem / openSprintsOfItems (100 items, 59 of them in an open
      // sprint): the memberships, then Prisma's `include: { sprint: true }` by their sprint ids.
      const hundredItems = range(400, 499).map((n) => itemId(p, n));
      await explain(
        'openSprintByWorkItem (100 items)',
        sql`SELECT * FROM sprint_item WHERE work_item_id = ANY(${hundredItems}::uuid[]) AND open = true`,
      );
      await explain(
        'openSprintByWorkItem: their sprints',
        sql`SELECT * FROM sprint WHERE id = ANY(${range(activeSprint, sprintsPerProject).map((s) => sprintId(p, s))}::uuid[])`,
      );
      // sprintLoaders.workItemById and WorkItemLookup.ensureKnown (100 items).
      await explain('workItemById (100)', sql`SELECT * FROM work_item WHERE id = ANY(${hundredItems}::uuid[])`);

      // sprintItemsPage (Sprint.workItems): first page, and the page after the 20th item.
      await explain(
        'Sprint.workItems: first page',
        sql`SELECT * FROM sprint_item WHERE sprint_id = ${activeId}::uuid ORDER BY seq ASC LIMIT ${itemPageTake}`,
      );
      const [item20] = await client.$queryRaw<{ seq: bigint }[]>`
      SELECT seq FROM sprint_item WHERE sprint_id = ${activeId}::uuid ORDER BY seq OFFSET 19 LIMIT 1`;
      await explain(
        'Sprint.workItems: page after item 20',
        sql`SELECT * FROM sprint_item WHERE sprint_id = ${activeId}::uuid AND seq > ${item20!.seq}
          ORDER BY seq ASC LIMIT ${itemPageTake}`,
      );
      // Sprint.workItems totalCount.
      await explain(
        'Sprint.workItems count',
        sql`SELECT count(*) FROM (SELECT sprint_id, work_item_id FROM sprint_item WHERE sprint_id = ${activeId}::uuid) sub`,
      );
      // membersOf (start/complete), deleteSprint's item list: every membership of a sprint in order.
      await explain(
        'membersOf: all memberships of a sprint',
        sql`SELECT * FROM sprint_item WHERE sprint_id = ${activeId}::uuid ORDER BY seq ASC`,
      );
      // removeWorkItemsFromSprint: which of these items are members.
      await explain(
        'removeWorkItemsFromSprint: present members (100)',
        sql`SELECT work_item_id FROM sprint_item WHERE sprint_id = ${activeId}::uuid
            AND work_item_id = ANY(${hundredItems}::uuid[])`,
      );

      // scopeChangesOfSprints (metricLoaders.sprintTimeline, 20 sprints).
      await explain(
        'scope changes of 20 sprints',
        sql`SELECT * FROM scope_change WHERE sprint_id = ANY(${twentySprints}::uuid[]) ORDER BY at ASC, seq ASC`,
      );
      // itemsOverTime: history and current rows of the items those changes name (800 of them).
      const [changed] = await client.$queryRaw<{ ids: string[] }[]>`
      SELECT (array_agg(DISTINCT work_item_id::text))[1:800] AS ids
      FROM scope_change WHERE sprint_id = ANY(${twentySprints}::uuid[])`;
      const changedItems = changed!.ids;
      await explain(
        `itemsOverTime: history of ${changedItems.length} items`,
        sql`SELECT * FROM work_item_history WHERE work_item_id = ANY(${changedItems}::uuid[])`,
      );
      await explain(
        `itemsOverTime: current rows of ${changedItems.length} items`,
        sql`SELECT * FROM work_item WHERE id = ANY(${changedItems}::uuid[])`,
      );
      await explain(
        'openMembersOfSprints (20 open sprints)',
        await rawSqlOf<SprintsPrisma>((executor) => openMembersOfSprints(executor, openSprints)),
      );
      // capacitiesOfSprints (metricLoaders.sprintCapacities, 20 sprints).
      await explain(
        'capacities of 20 sprints',
        sql`SELECT * FROM member_capacity WHERE sprint_id = ANY(${twentySprints}::uuid[]) ORDER BY sprint_id ASC, position ASC`,
      );
      // capacityOf (setSprintCapacity).
      await explain(
        'capacityOf one sprint',
        sql`SELECT * FROM member_capacity WHERE sprint_id = ${activeId}::uuid ORDER BY position ASC`,
      );
      // lastCompletedSprints (Project.velocity, Project.forecast).
      await explain(
        'lastCompletedSprints (10)',
        sql`SELECT * FROM sprint WHERE project_id = ${projectId}::uuid AND state = 'COMPLETED'
          ORDER BY completed_at DESC, id DESC LIMIT 10`,
      );
      const epicId = itemId(p, 3);
      // isEpicOfProject (Project.forecast by epic).
      await explain(
        'isEpicOfProject',
        sql`SELECT id FROM work_item WHERE id = ${epicId}::uuid AND project_id = ${projectId}::uuid
            AND type = 'EPIC' AND deleted = false LIMIT 1`,
      );
      await explain(
        'remainingPointsUnder (epic)',
        await rawSqlOf<SprintsPrisma>((executor) => remainingPointsUnder(executor, epicId)),
      );

      // Writes: each explained (and run) in a transaction that is rolled back.
      const inOpenSprint = itemId(p, 450);
      const [current] = await client.$queryRaw<{ version: number }[]>`
      SELECT version FROM work_item WHERE id = ${inOpenSprint}::uuid`;
      const stateAt = (version: number): WorkItemState => ({
        id: inOpenSprint,
        projectId,
        organizationId: uuidOf(`org-${p % 20}`),
        key: `P${p}-450`,
        type: 'SUBTASK',
        parentId: itemId(p, 21 + (450 % 280)),
        estimate: 5,
        stateCategory: 'DONE',
        archived: true,
        deleted: false,
        version,
        changedAt: new Date('2026-01-01T10:00:00Z'),
      });
      const outcomes = range(0, itemsPerSprint - 1).map((k) => ({
        workItemId: itemId(p, 21 + (((activeSprint - 1) * itemsPerSprint + k) % (itemsPerProject - 20))),
        outcome: 'COMPLETED' as const,
        finalPoints: 3,
      }));
      const writes: [string, (executor: SprintsPrisma) => Promise<unknown>][] = [
        ['lockSprints (1)', (executor) => lockSprints(executor, [activeId])],
        ['upsertIfNewer (newer version)', (executor) => upsertIfNewer(executor, stateAt(current!.version + 1))],
        [
          'insertHistory',
          (executor) =>
            insertHistory(executor, stateAt(current!.version + 1), { eventId: uuidOf('new-event'), actorId: null }),
        ],
        [
          'removeFromOpenSprintIfGone: lock the open sprint of an item',
          (executor) =>
            removeFromOpenSprintIfGone(executor, stateAt(current!.version + 1), { actorId: null, at: new Date() }),
        ],
        ['lockReadModelItems (100)', (executor) => lockReadModelItems(executor, hundredItems)],
        ['closeMembers (complete a sprint of 40)', (executor) => closeMembers(executor, activeId, outcomes)],
      ];
      for (const [name, write] of writes) {
        const statement = await rawSqlOf<SprintsPrisma>(write);
        // Warmed up in a transaction of its own, so the explained run writes as the real one would.
        await rolledBack(client, (tx) => tx.$executeRaw(statement));
        await rolledBack(client, (tx) => explain(name, statement, tx, false));
      }

      planner.printSummary(`Time at ${projects * itemsPerProject} items`);
    } finally {
      await client.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
