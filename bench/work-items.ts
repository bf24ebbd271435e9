import type autocannon from 'autocannon';
import { decodeGlobalId } from '../lib/ids';
import {
  benchDatabase,
  benchEnv,
  connections,
  duration,
  expectData,
  gql,
  ports,
  printResults,
  run,
  seedFixture,
  signedHeaders,
  signedTarget,
  startBenchSupergraph,
  urlOf,
} from './support';

const itemCount = Number(process.env.BENCH_ITEMS ?? 1000);

const boardSelection = `board {
  columns {
    state { name category }
    items(first: 50) {
      totalCount
      edges { node { key title priority estimate assignee { id } labels { name color } } }
    }
  }
}`;

/** Through the router: assignee names come from the users subgraph. */
export const boardQuery = `query Board($id: ID!) {
  project(id: $id) { ${boardSelection.replace('assignee { id }', 'assignee { name }')} }
}`;

/** Straight at the work-items subgraph, as the router asks it for the same board. */
const boardEntityQuery = `query Board($r: [_Any!]!) {
  _entities(representations: $r) { ... on Project { ${boardSelection} } }
}`;

const createMutation = `mutation Create($input: CreateWorkItemInput!) {
  createWorkItem(input: $input) { workItem { id key version state { name } } }
}`;

/** 1000 items through the router, as users would make them: some labelled, some assigned, some nested. */
export async function seedItems(routerUrl: string, token: string, projectId: string, assigneeId: string) {
  const labelIds: string[] = [];
  for (const [name, color] of [
    ['bug', '#dc2626'],
    ['frontend', '#2563eb'],
    ['backend', '#059669'],
  ] as const) {
    const { createLabel } = await gql<{ createLabel: { label: { id: string } } }>(
      routerUrl,
      'mutation($i: CreateLabelInput!) { createLabel(input: $i) { label { id } } }',
      { i: { projectId, name, color } },
      token,
    );
    labelIds.push(createLabel.label.id);
  }
  const { project } = await gql<{ project: { workflow: { states: { id: string }[] } } }>(
    routerUrl,
    'query($id: ID!) { project(id: $id) { workflow { states { id } } } }',
    { id: projectId },
    token,
  );
  const states = project.workflow.states.map((s) => s.id);
  const batch = 10;
  for (let start = 0; start < itemCount; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, itemCount - start) }, async (_, offset) => {
        const i = start + offset;
        const { createWorkItem } = await gql<{ createWorkItem: { workItem: { id: string } } }>(
          routerUrl,
          createMutation,
          {
            input: {
              projectId,
              type: i % 5 === 0 ? 'BUG' : 'TASK',
              title: `Seeded item ${i}`,
              description: 'Benchmark data.',
              priority: ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT'][i % 5],
              estimate: (i % 8) + 1,
              assigneeId: i % 2 === 0 ? assigneeId : null,
              labelIds: i % 3 === 0 ? [labelIds[i % labelIds.length]] : [],
            },
          },
          token,
        );
        const target = states[i % states.length];
        if (target !== states[0]) {
          await gql(
            routerUrl,
            'mutation($i: TransitionWorkItemInput!) { transitionWorkItem(input: $i) { workItem { id } } }',
            { i: { id: createWorkItem.workItem.id, toStateId: target } },
            token,
          );
        }
      }),
    );
  }
}

// A board read and a createWorkItem through the router on a project of 1000 items, the same board read
// signed straight at the work-items subgraph, then both through the router at a fixed rate.
async function main() {
  const database = await benchDatabase();
  const supergraph = await startBenchSupergraph(benchEnv(database.url)).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  try {
    const routerUrl = urlOf(ports.router);
    const fixture = await seedFixture(routerUrl);
    const started = Date.now();
    await seedItems(routerUrl, fixture.token, fixture.projectId, fixture.mateId);
    console.log(`seeded ${itemCount} items through the router in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const routerHeaders = { 'content-type': 'application/json', authorization: `Bearer ${fixture.token}` };
    const board = JSON.stringify({ query: boardQuery, variables: { id: fixture.projectId } });
    const create = JSON.stringify({
      query: createMutation,
      variables: { input: { projectId: fixture.projectId, type: 'TASK', title: 'Benchmarked create' } },
    });
    const boardEntities = JSON.stringify({
      query: boardEntityQuery,
      variables: { r: [{ __typename: 'Project', id: fixture.projectId }] },
    });
    const caller = decodeGlobalId(fixture.userId)!.id;
    const workItemsUrl = urlOf(ports.workItems);
    type BoardData = { board?: { columns?: unknown[] } };
    const isBoard = (data: unknown) => ((data as { project?: BoardData })?.project?.board?.columns?.length ?? 0) > 0;
    const isEntityBoard = (data: unknown) =>
      ((data as { _entities?: BoardData[] })?._entities?.[0]?.board?.columns?.length ?? 0) > 0;
    const isCreate = (data: unknown) =>
      Boolean((data as { createWorkItem?: { workItem?: { key?: string } } })?.createWorkItem?.workItem?.key);
    await expectData(routerUrl, routerHeaders, board, isBoard);
    await expectData(workItemsUrl, signedHeaders(workItemsUrl, boardEntities, caller), boardEntities, isEntityBoard);
    await expectData(routerUrl, routerHeaders, create, isCreate);

    const { project } = await gql<{ project: { workItems: { edges: { node: { id: string } }[] } } }>(
      routerUrl,
      'query($id: ID!) { project(id: $id) { workItems(first: 1) { edges { node { id } } } } }',
      { id: fixture.projectId },
      fixture.token,
    );
    const item = JSON.stringify({
      query: `query Item($id: ID!) {
        workItem(id: $id) { key title version state { name } assignee { name } labels { name } project { key } }
      }`,
      variables: { id: project.workItems.edges[0]!.node.id },
    });
    const isItem = (data: unknown) => Boolean((data as { workItem?: { key?: string } })?.workItem?.key);
    await expectData(routerUrl, routerHeaders, item, isItem);
    // The same item's own fields, asked of the work-items subgraph directly.
    const ownItem = JSON.stringify({
      query: 'query Item($id: ID!) { workItem(id: $id) { key title version state { name } labels { name } } }',
      variables: { id: project.workItems.edges[0]!.node.id },
    });
    await expectData(workItemsUrl, signedHeaders(workItemsUrl, ownItem, caller), ownItem, isItem);

    const results: Record<string, autocannon.Result> = {};
    const full = { method: 'POST' as const, connections, duration };
    results['board via router'] = await run({ ...full, url: routerUrl, headers: routerHeaders, body: board });
    results['board via work-items subgraph'] = await run({
      ...full,
      ...signedTarget(workItemsUrl, boardEntities, caller),
    });
    results['workItem via work-items subgraph'] = await run({
      ...full,
      ...signedTarget(workItemsUrl, ownItem, caller),
    });
    results['createWorkItem via router'] = await run({ ...full, url: routerUrl, headers: routerHeaders, body: create });

    const fixedRate = Number(process.env.BENCH_RATE ?? 500);
    const atRate = { ...full, overallRate: fixedRate, url: routerUrl, headers: routerHeaders };
    results[`workItem via router @${fixedRate}/s`] = await run({ ...atRate, body: item });
    results[`board via router @${fixedRate}/s`] = await run({ ...atRate, body: board });
    results[`createWorkItem via router @${fixedRate}/s`] = await run({ ...atRate, body: create });

    printResults(results);
    const topology = process.env.BENCH_TOPOLOGY === 'processes' ? 'one process per service' : 'one process';
    console.log(`${itemCount} seeded items; ${topology}; ${connections} connections, ${duration} s per run`);
  } finally {
    await supergraph.stop();
    await database.drop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
