/**
 * Query plans of the work item lists, the board, snapshots, the flow history and worklogs at 100,000 items
 * (`npm run explain:work-items`).
 *
 * Creates a scratch database on DATABASE_URL's server (default postgresql://postgres@127.0.0.1:5432/postgres),
 * migrates it, fills one project with 100,000 items and four more with 10,000 each, ANALYZEs, then
 * prints EXPLAIN (ANALYZE, BUFFERS) of the exact SQL the list and board builders produce, and a
 * summary table (query → index used → time). The scratch database is dropped at the end.
 */
import type { Sql } from '@prisma/client/runtime/client';
import { parseRows } from '../lib/db/parse-rows';
import { createPrismaClient } from '../lib/db/prisma';
import { toGlobalId } from '../lib/ids';
import { columnCountsSql, columnPagesSql } from '../subgraphs/work-items/data/board';
import { searchQueryOf, toItemFilter, type ItemFilter } from '../subgraphs/work-items/rules/item-filter';
import { searchCountSql, searchPageSql } from '../subgraphs/work-items/data/search';
import { crossProjectCountSql, crossProjectPageSql } from '../subgraphs/work-items/data/cross-project-lists';
import {
  itemCountsSql,
  itemCursorOf,
  itemPageSql,
  itemPagesSql,
  type ItemCursor,
  type ItemOrder,
} from '../subgraphs/work-items/data/work-item-lists';
import { toWorkItem, WorkItemPageRow, WorkItemRow } from '../subgraphs/work-items/data/items';
import { flowHistoryItemsSql, stateChangesSql } from '../subgraphs/work-items/data/work-item-flow-history';
import { snapshotSql } from '../subgraphs/work-items/events/work-item-snapshot';
import {
  scopeDayTotalsSql,
  scopeWorklogPageSql,
  scopeWorklogTotalsSql,
  type WorklogScope,
} from '../subgraphs/work-items/data/worklogs';
import { PrismaClient } from '../subgraphs/work-items/generated/prisma/client';
import type { CustomFieldFilter, WorkItemFilter } from '../subgraphs/work-items/generated/resolvers-types';
import { createPlanner, seedDatabase, uuidOf, withScratchDatabase } from './explain-support';

const mainItems = 100_000;
const otherProjects = 4;
const otherItems = 10_000;
const pageTake = 21;

/** One project: 6 workflow states, 10 labels, one custom field of each type, `count` items. */
function seedProjectSql(project: number, count: number): string {
  const p = `md5('project-${project}')::uuid`;
  return `
  INSERT INTO workflow_state (id, project_id, name, category, color, position)
  SELECT md5('state-${project}-' || i)::uuid, ${p}, 'State ' || i,
    (ARRAY['BACKLOG','TODO','IN_PROGRESS','IN_PROGRESS','DONE','CANCELED'])[i], '#000000', i - 1
  FROM generate_series(1, 6) i;
  INSERT INTO label (id, project_id, name, color)
  SELECT md5('label-${project}-' || i)::uuid, ${p}, 'Label ' || i, '#000000' FROM generate_series(1, 10) i;
  INSERT INTO custom_field (id, project_id, name, type, options, position)
  SELECT md5('field-${project}-' || t.type)::uuid, ${p}, t.type, t.type,
    CASE WHEN t.type IN ('SELECT', 'MULTI_SELECT') THEN ARRAY['red','green','blue','amber'] ELSE ARRAY[]::text[] END, t.pos
  FROM unnest(ARRAY['TEXT','NUMBER','DATE','SELECT','MULTI_SELECT','USER']) WITH ORDINALITY AS t(type, pos);
  INSERT INTO work_item (id, project_id, number, type, title, description, state_id, priority, assignee_id,
    reporter_id, parent_id, path, due_date, rank, custom_fields, created_at, updated_at, archived_at)
  SELECT md5('item-${project}-' || n)::uuid, ${p}, n,
    CASE WHEN n <= ${count / 100} THEN 'EPIC' ELSE (ARRAY['STORY','TASK','BUG','SUBTASK'])[1 + n % 4] END,
    (ARRAY['Fix','Add','Deploy','Refactor','Document','Test'])[1 + n % 6] || ' ' ||
      (ARRAY['login','billing','search','export','dashboard','settings','onboarding','reports','api','mobile'])[1 + (n / 7) % 10]
      || ' ' || n,
    'Details for item ' || n || ' about ' ||
      (ARRAY['performance','security','usability','accessibility','deployment'])[1 + n % 5],
    md5('state-${project}-' || (1 + (n * 7919) % 6))::uuid,
    (n * 31) % 5,
    CASE WHEN n % 7 = 0 THEN NULL ELSE md5('user-' || (n % 50))::uuid END,
    md5('user-' || (n % 13))::uuid,
    CASE WHEN n > ${count / 100} THEN md5('item-${project}-' || (1 + n % ${count / 100}))::uuid END,
    CASE WHEN n > ${count / 100} THEN ARRAY[md5('item-${project}-' || (1 + n % ${count / 100}))::uuid] ELSE ARRAY[]::uuid[] END,
    CASE WHEN n % 3 = 0 THEN NULL ELSE date '2026-01-01' + (n % 400) END,
    lpad(to_hex((n * 2654435761) % 4294967291), 8, '0') || '1',
    CASE WHEN n % 2 = 0 THEN jsonb_build_object(
      md5('field-${project}-TEXT')::uuid::text, 'text ' || (n % 100),
      md5('field-${project}-NUMBER')::uuid::text, n % 50,
      md5('field-${project}-DATE')::uuid::text, to_char(date '2026-01-01' + (n % 90), 'YYYY-MM-DD'),
      md5('field-${project}-SELECT')::uuid::text, (ARRAY['red','green','blue','amber'])[1 + n % 4],
      md5('field-${project}-MULTI_SELECT')::uuid::text, CASE WHEN n % 4 = 0 THEN '["red", "blue"]'::jsonb ELSE '["green", "amber"]'::jsonb END,
      md5('field-${project}-USER')::uuid::text, md5('user-' || (n % 50))::uuid::text
    ) ELSE '{}'::jsonb END,
    timestamptz '2025-01-01' + n * interval '5 minutes',
    timestamptz '2025-01-01' + n * interval '5 minutes' + ((n * 17) % 1000) * interval '1 hour',
    CASE WHEN n % 20 = 0 THEN timestamptz '2026-06-01' END
  FROM generate_series(1, ${count}) n;
  INSERT INTO work_item_label (work_item_id, label_id)
  SELECT md5('item-${project}-' || n)::uuid, md5('label-${project}-' || (1 + (n / 10) % 10))::uuid
  FROM generate_series(1, ${count}) n WHERE n % 10 < 3;
  INSERT INTO work_item_label (work_item_id, label_id)
  SELECT md5('item-${project}-' || n)::uuid, md5('label-${project}-' || (1 + (n / 10 + 1 + (n / 1000) % 9) % 10))::uuid
  FROM generate_series(1, ${count}) n WHERE n % 10 = 0;
  INSERT INTO work_item_watcher (work_item_id, user_id, project_id, watching, version)
  SELECT md5('item-${project}-' || n)::uuid, md5('user-' || (n % 13))::uuid, ${p}, n % 11 <> 0, 1
  FROM generate_series(1, ${count}) n;
  INSERT INTO work_item_watcher (work_item_id, user_id, project_id, watching, version)
  SELECT md5('item-${project}-' || n)::uuid, md5('user-' || (13 + n % 37))::uuid, ${p}, true, 2
  FROM generate_series(1, ${count}) n WHERE n % 5 = 0;
  INSERT INTO work_item_sprint (work_item_id, sprint_id, version)
  SELECT md5('item-${project}-' || n)::uuid,
    CASE WHEN n % 5000 = 3 THEN md5('sprint-${project}-small')::uuid
      WHEN n % 10 < 6 THEN md5('sprint-${project}-' || (n % 5))::uuid END, n
  FROM generate_series(1, ${count}) n WHERE n % 10 < 7;
  INSERT INTO work_item_link (id, source_id, target_id, type, created_by)
  SELECT gen_random_uuid(), md5('item-${project}-' || (n + 1))::uuid, md5('item-${project}-' || n)::uuid,
    CASE WHEN n % 100 = 0 THEN 'RELATES_TO' ELSE 'BLOCKS' END, md5('user-1')::uuid
  FROM generate_series(1, ${count} - 1) n WHERE n % 25 = 0;
  INSERT INTO comment (id, work_item_id, author_id, body, created_at, updated_at)
  SELECT md5('comment-${project}-' || n)::uuid, md5('item-${project}-' || n)::uuid, md5('user-' || (n % 13))::uuid,
    'Looked into the ' || (ARRAY['cache','queue','index','rollout'])[1 + (n / 4) % 4] || ' for item ' || n,
    timestamptz '2025-01-01' + n * interval '5 minutes', timestamptz '2025-01-01' + n * interval '5 minutes'
  FROM generate_series(1, ${count}) n WHERE n % 4 = 0;
  INSERT INTO release (id, project_id, name, release_date)
  SELECT md5('release-${project}-' || i)::uuid, ${p}, 'Release ' || i, date '2026-01-01' + i * 30
  FROM generate_series(1, 5) i;
  UPDATE work_item SET release_id = md5('release-${project}-' || (1 + number % 5))::uuid
  WHERE project_id = ${p} AND number % 3 = 0;
  INSERT INTO worklog (id, work_item_id, user_id, day, minutes, created_at, updated_at)
  SELECT gen_random_uuid(), md5('item-${project}-' || n)::uuid, md5('user-' || (n % 50))::uuid,
    date '2026-01-01' + (n % 365), 15 + (n * 7) % 240, now(), now()
  FROM generate_series(1, ${count}) n WHERE n % 2 = 0;
  INSERT INTO project_settings (project_id, organization_id, key, hierarchy_rules, updated_at)
  VALUES (${p}, md5('organization')::uuid, 'P${project}', '{}', now());
  INSERT INTO history_entry (id, work_item_id, actor_id, field, old_value, new_value, created_at, version)
  SELECT gen_random_uuid(), md5('item-${project}-' || n)::uuid, md5('user-' || (n % 13))::uuid, 'state', NULL,
    jsonb_build_object('id', md5('state-${project}-1')::uuid::text, 'name', 'State 1'),
    timestamptz '2025-01-01' + n * interval '5 minutes', 1
  FROM generate_series(1, ${count}) n;
  INSERT INTO history_entry (id, work_item_id, actor_id, field, old_value, new_value, created_at, version)
  SELECT gen_random_uuid(), md5('item-${project}-' || n)::uuid, md5('user-' || (n % 13))::uuid, 'state',
    jsonb_build_object('id', md5('state-${project}-1')::uuid::text, 'name', 'State 1'),
    jsonb_build_object('id', md5('state-${project}-' || (1 + (n * 7919) % 6))::uuid::text, 'name', 'State'),
    timestamptz '2025-01-01' + n * interval '5 minutes' + interval '1 hour', 2
  FROM generate_series(1, ${count}) n;`;
}

async function main(): Promise<void> {
  await withScratchDatabase('wg_explain', 'work_items', async (url) => {
    await seedDatabase(
      url,
      'work_items',
      `Seeding ${mainItems} items in one project and ${otherItems} in ${otherProjects} others…`,
      async (db) => {
        await db.query(seedProjectSql(0, mainItems));
        for (let project = 1; project <= otherProjects; project++) await db.query(seedProjectSql(project, otherItems));
        await db.query('VACUUM ANALYZE');
      },
    );

    const projectId = uuidOf('project-0');
    const stateIds = [1, 2, 3, 4, 5, 6].map((i) => uuidOf(`state-0-${i}`));
    const label = (i: number) => uuidOf(`label-0-${i}`);
    const field = (type: string) => uuidOf(`field-0-${type}`);
    const user = (i: number) => uuidOf(`user-${i}`);
    const fid = (type: string) => toGlobalId('CustomField', field(type));
    const client = createPrismaClient(PrismaClient, { url, domain: 'work_items' });
    try {
      const fields = await client.customField.findMany({ where: { projectId } });
      const filterOf = (filter: WorkItemFilter): ItemFilter => toItemFilter(filter, 'filter', fields);

      const planner = createPlanner();
      const explain = (name: string, query: Sql) => planner.explain(name, query, client);

      const page = (filter: ItemFilter, order: ItemOrder, cursor: ItemCursor | null = null, backward = false) =>
        itemPagesSql([{ projectId, filter, order, cursor, take: pageTake, backward }]);
      const defaultOrder: ItemOrder = { field: 'CREATED_AT', direction: 'DESC' };
      const none = filterOf({});

      const filters: [string, WorkItemFilter][] = [
        ['no filter (unarchived)', {}],
        ['stateIds', { stateIds: [toGlobalId('WorkflowState', stateIds[2]!)] }],
        ['stateCategories', { stateCategories: ['IN_PROGRESS'] }],
        ['types', { types: ['BUG'] }],
        ['assigneeIds', { assigneeIds: [toGlobalId('User', user(7))] }],
        ['unassigned: true', { unassigned: true }],
        ['assigneeIds + unassigned', { assigneeIds: [toGlobalId('User', user(7))], unassigned: true }],
        ['labelIds (all of 2)', { labelIds: [toGlobalId('Label', label(1)), toGlobalId('Label', label(2))] }],
        ['parentId', { parentId: toGlobalId('WorkItem', uuidOf('item-0-5')) }],
        ['priorities', { priorities: ['URGENT'] }],
        ['due range (one month)', { dueAfter: new Date('2026-03-01'), dueBefore: new Date('2026-03-31') }],
        ['custom TEXT', { customFields: [{ fieldId: toGlobalId('CustomField', field('TEXT')), text: 'text 42' }] }],
        ['custom NUMBER', { customFields: [{ fieldId: toGlobalId('CustomField', field('NUMBER')), number: 7 }] }],
        [
          'custom DATE',
          { customFields: [{ fieldId: toGlobalId('CustomField', field('DATE')), date: new Date('2026-02-01') }] },
        ],
        ['custom SELECT', { customFields: [{ fieldId: toGlobalId('CustomField', field('SELECT')), option: 'blue' }] }],
        [
          'custom MULTI_SELECT',
          { customFields: [{ fieldId: toGlobalId('CustomField', field('MULTI_SELECT')), option: 'amber' }] },
        ],
        [
          'custom USER',
          {
            customFields: [{ fieldId: toGlobalId('CustomField', field('USER')), userId: toGlobalId('User', user(3)) }],
          },
        ],
        ...(
          [
            ['NUMBER range', { fieldId: fid('NUMBER'), numberValue: { gte: 10, lt: 12 } }],
            ['NUMBER above every value (walks the project)', { fieldId: fid('NUMBER'), numberValue: { gt: 1000 } }],
            ['DATE before', { fieldId: fid('DATE'), dateValue: { lt: new Date('2026-01-05') } }],
            ['TEXT contains', { fieldId: fid('TEXT'), textValue: { contains: 'xt 4' } }],
            ['SELECT nin', { fieldId: fid('SELECT'), optionValue: { nin: ['red', 'blue'] } }],
            ['MULTI_SELECT in', { fieldId: fid('MULTI_SELECT'), optionValue: { in: ['green', 'red'] } }],
            ['USER eq', { fieldId: fid('USER'), userValue: { eq: toGlobalId('User', user(3)) } }],
            ['USER null', { fieldId: fid('USER'), null: true }],
          ] satisfies [string, CustomFieldFilter][]
        ).map(([name, condition]): [string, WorkItemFilter] => [`custom ${name}`, { customFields: [condition] }]),
        ['archived: ONLY', { archived: 'ONLY' }],
        ['archived: ANY', { archived: 'ANY' }],
        ['search "dep"', { search: 'dep' }],
        ['search "deploy billing 4217"', { search: 'deploy billing 4217' }],
        [
          'language: assignee eq or priority gte',
          { or: [{ assignee: { eq: toGlobalId('User', user(7)) } }, { priority: { gte: 'URGENT' } }] },
        ],
        ['language: not state category DONE', { not: { stateCategory: { in: ['DONE', 'CANCELED'] } } }],
        ['language: labels nin', { labels: { nin: [toGlobalId('Label', label(1))] } }],
        ['language: estimate range', { estimate: { gte: 2, lt: 5 } }],
        ['language: createdAt after', { createdAt: { gte: new Date('2026-01-10T00:00:00Z') } }],
        ['language: title contains', { title: { contains: 'billing' } }],
        ['language: release eq', { release: { eq: toGlobalId('Release', uuidOf('release-0-2')) } }],
        ['language: release null', { release: { null: true } }],
        ['language: sprint eq', { sprint: { eq: toGlobalId('Sprint', uuidOf('sprint-0-2')) } }],
        [
          'language: sprint in two',
          { sprint: { in: ['sprint-0-1', 'sprint-0-3'].map((name) => toGlobalId('Sprint', uuidOf(name))) } },
        ],
        ['language: sprint null (the backlog)', { sprint: { null: true } }],
        [
          'language: sprint eq, a sprint of 20 items',
          { sprint: { eq: toGlobalId('Sprint', uuidOf('sprint-0-small')) } },
        ],
        ['language: watcher eq', { watcher: { eq: toGlobalId('User', user(7)) } }],
        ['language: watcher nin', { watcher: { nin: [toGlobalId('User', user(7))] } }],
        ['language: watcher null (nobody watches)', { watcher: { null: true } }],
        ['blocked', { blocked: true }],
        ['not blocked, assigned to one user', { blocked: false, assignee: { eq: toGlobalId('User', user(7)) } }],
        [
          'language: nested and/or/not',
          {
            and: [
              { or: [{ assignee: { null: true } }, { type: { eq: 'BUG' } }] },
              { not: { labels: { in: [toGlobalId('Label', label(2))] } } },
            ],
          },
        ],
      ];
      for (const [name, filter] of filters)
        await explain(`filter ${name}, newest first`, page(filterOf(filter), defaultOrder));

      const fields5 = ['RANK', 'CREATED_AT', 'UPDATED_AT', 'PRIORITY', 'DUE_DATE'] as const;
      for (const field of fields5) {
        for (const direction of ['ASC', 'DESC'] as const) {
          const order: ItemOrder = { field, direction };
          await explain(`sort ${field} ${direction}, first page`, page(none, order));
          await explain(`sort ${field} ${direction}, last page (last: 20)`, page(none, order, null, true));
          // A page deep in the list: the cursor of the 50,000th item.
          const deep = parseRows(
            'explainDeepPage',
            WorkItemRow,
            await client.$queryRaw(
              itemPageSql({ projectId, filter: none, order, cursor: null, take: 50_000, backward: false }),
            ),
          ).map((row) => toWorkItem(row));
          const [value, id] = itemCursorOf(order)(deep.at(-1)!);
          await explain(
            `sort ${field} ${direction}, page after item 50,000`,
            page(none, order, { value: value!, id: id! }),
          );
        }
      }
      await explain(
        'sort PRIORITY DESC with filter stateCategories',
        page(filterOf({ stateCategories: ['TODO'] }), { field: 'PRIORITY', direction: 'DESC' }),
      );

      const allProjects = Array.from({ length: otherProjects + 1 }, (_, i) => uuidOf(`project-${i}`));
      const across = (filter: ItemFilter, order: ItemOrder) =>
        crossProjectPageSql({ projectIds: allProjects, filter, order, cursor: null, take: pageTake, backward: false });
      await explain('across 5 projects, newest first', across(none, defaultOrder));
      await explain(
        'across 5 projects, assigned to one user',
        across(filterOf({ assignee: { eq: toGlobalId('User', user(7)) } }), defaultOrder),
      );
      await explain(
        'across 5 projects, watching (watched by one user)',
        across(filterOf({ watcher: { eq: toGlobalId('User', user(20)) } }), defaultOrder),
      );
      await explain('across 5 projects, PRIORITY DESC', across(none, { field: 'PRIORITY', direction: 'DESC' }));
      await explain('across 5 projects: count', crossProjectCountSql({ projectIds: allProjects, filter: none }));
      const searchAcross = (words: string) => ({
        projectIds: allProjects,
        tsquery: searchQueryOf(words)!,
        after: null,
        take: pageTake,
        direction: 'DESC' as const,
      });
      for (const words of ['deploy billing 4217', 'rollout 4', 'deploy']) {
        await explain(`search "${words}" across 5 projects, best first`, searchPageSql(searchAcross(words)));
        await explain(`search "${words}" across 5 projects: count`, searchCountSql(searchAcross(words)));
      }

      const columns = stateIds.map((stateId) => ({
        projectId,
        stateId,
        afterRank: '',
        afterId: '00000000-0000-0000-0000-000000000000',
        take: pageTake,
        direction: 'ASC' as const,
      }));
      await explain('board: 6 columns, first pages', columnPagesSql(columns, none));
      await explain(
        'board: 6 columns, last pages (last: 20)',
        columnPagesSql(
          columns.map((c) => ({
            ...c,
            afterRank: '~',
            afterId: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
            direction: 'DESC',
          })),
          none,
        ),
      );
      const later = parseRows(
        'explainColumnPages',
        WorkItemPageRow,
        await client.$queryRaw(
          columnPagesSql(
            columns.map((c) => ({ ...c, take: 5000 })),
            none,
          ),
        ),
      );
      const lastOf = (stateId: string) => later.filter((row) => row.stateId === stateId).at(-1)!;
      await explain(
        'board: 6 columns, pages after item 5,000 of each',
        columnPagesSql(
          columns.map((c) => ({ ...c, afterRank: lastOf(c.stateId).rank, afterId: lastOf(c.stateId).id })),
          none,
        ),
      );
      await explain(
        'board: 6 columns filtered by assignee',
        columnPagesSql(columns, filterOf({ assigneeIds: [toGlobalId('User', user(7))] })),
      );
      await explain('board column counts', columnCountsSql(columns, none));
      await explain('count: no filter', itemCountsSql([{ projectId, filter: none }]));
      await explain('count: search "dep"', itemCountsSql([{ projectId, filter: filterOf({ search: 'dep' }) }]));
      await explain(
        'count: labelIds (all of 2)',
        itemCountsSql([
          { projectId, filter: filterOf({ labelIds: [toGlobalId('Label', label(1)), toGlobalId('Label', label(2))] }) },
        ]),
      );

      // Snapshots (events, workItemSnapshots) and workItemFlowHistory: one statement per page each.
      const firstHundred = await client.$queryRaw<{ id: string }[]>(flowHistoryItemsSql(projectId, null, 100));
      const hundredIds = firstHundred.map((row) => row.id);
      await explain('snapshots of 100 items (labels by subquery)', snapshotSql(hundredIds));
      await explain('flow history: first page of 100 items', flowHistoryItemsSql(projectId, null, 101));
      const deepItems = await client.$queryRaw<{ id: string }[]>(flowHistoryItemsSql(projectId, null, 50_000));
      await explain(
        'flow history: page of 100 after item 50,000',
        flowHistoryItemsSql(projectId, deepItems.at(-1)!.id, 101),
      );
      await explain('flow history: state changes of 100 items', stateChangesSql(hundredIds));

      const month = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-31T00:00:00Z') };
      const firstPage = { time: '-infinity', id: '00000000-0000-0000-0000-000000000000', direction: 'ASC' as const };
      const scopes: [string, WorklogScope][] = [
        ["worklogs: one person's month, 5 projects", { ...month, projectIds: allProjects, userId: user(7) }],
        ['worklogs: everyone, one month, 5 projects', { ...month, projectIds: allProjects, userId: null }],
        ["worklogs: one project's month", { ...month, projectIds: [projectId], userId: null }],
      ];
      for (const [name, scope] of scopes) {
        await explain(`${name}: first page`, scopeWorklogPageSql(scope, firstPage, pageTake));
        await explain(`${name}: totals`, scopeWorklogTotalsSql(scope));
        await explain(`${name}: per day`, scopeDayTotalsSql(scope));
      }

      planner.printSummary('Time at 100k');
    } finally {
      await client.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
