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
import { seedItems } from './work-items';

const sprintCount = Number(process.env.BENCH_SPRINTS ?? 6);
const itemsPerSprint = 40;

const figures = `name state committedPoints completedPoints remainingPoints overcommitted
  scopeChange { addedPoints removedPoints reestimatedPoints }
  burndown { date remainingPoints completedPoints idealRemainingPoints }
  burnup { date scopePoints completedPoints }`;

/** A sprint board's header and charts, plus the project's velocity: what a sprint page shows. */
const sprintPageQuery = `query SprintPage($id: ID!) {
  project(id: $id) { activeSprint { ${figures} } velocity { mean median standardDeviation sprints { completedPoints } } }
}`;

/** The same, signed straight at the sprints subgraph, as the router asks it. */
const sprintPageEntityQuery = `query SprintPage($r: [_Any!]!) {
  _entities(representations: $r) { ... on Project { activeSprint { ${figures} } velocity { mean median standardDeviation sprints { completedPoints } } } }
}`;

const sprintQuery = 'query Sprint($id: ID!) { sprint(id: $id) { name state startDate endDate committedPoints } }';

const createSprintMutation = `mutation Create($input: CreateSprintInput!) {
  createSprint(input: $input) { sprint { id name state } }
}`;

async function call<T>(routerUrl: string, token: string, query: string, input: object): Promise<T> {
  return gql<T>(routerUrl, query, { input }, token);
}

/** `sprintCount - 1` completed sprints of 40 items each and an active one, all two weeks long, in 2026. */
export async function seedSprints(routerUrl: string, token: string, projectId: string): Promise<string> {
  const { project } = await gql<{ project: { workItems: { edges: { node: { id: string } }[] } } }>(
    routerUrl,
    'query($id: ID!) { project(id: $id) { workItems(first: 100) { edges { node { id } } } } }',
    { id: projectId },
    token,
  );
  const itemIds = project.workItems.edges.map((edge) => edge.node.id);
  let sprintId = '';
  for (let s = 0; s < sprintCount; s += 1) {
    const start = new Date(Date.UTC(2026, 0, 5 + 14 * s));
    const end = new Date(start.getTime() + 11 * 86_400_000);
    const { createSprint } = await call<{ createSprint: { sprint: { id: string } } }>(
      routerUrl,
      token,
      createSprintMutation,
      {
        projectId,
        name: `Sprint ${s + 1}`,
        startDate: start.toISOString().slice(0, 10),
        endDate: end.toISOString().slice(0, 10),
      },
    );
    sprintId = createSprint.sprint.id;
    const slice = itemIds.slice((s * 13) % 60, ((s * 13) % 60) + itemsPerSprint);
    await call(
      routerUrl,
      token,
      'mutation($input: AddWorkItemsToSprintInput!) { addWorkItemsToSprint(input: $input) { sprint { id } } }',
      {
        sprintId,
        workItemIds: slice,
      },
    );
    await call(
      routerUrl,
      token,
      'mutation($input: StartSprintInput!) { startSprint(input: $input) { sprint { id } } }',
      {
        id: sprintId,
      },
    );
    if (s < sprintCount - 1) {
      await call(
        routerUrl,
        token,
        'mutation($input: CompleteSprintInput!) { completeSprint(input: $input) { sprint { id } } }',
        {
          id: sprintId,
        },
      );
    }
  }
  return sprintId;
}

// The sprint page (active sprint figures, burndown, burnup, velocity) through the router and signed
// straight at the sprints subgraph, a plain sprint read at the subgraph, and createSprint at a fixed rate.
async function main() {
  const database = await benchDatabase();
  const supergraph = await startBenchSupergraph(benchEnv(database.url)).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  try {
    const routerUrl = urlOf(ports.router);
    const fixture = await seedFixture(routerUrl);
    await seedItems(routerUrl, fixture.token, fixture.projectId, fixture.mateId);
    // Let the sprints read model catch up with the seeded items' events.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const activeSprintId = await seedSprints(routerUrl, fixture.token, fixture.projectId);
    const userId = decodeGlobalId(fixture.userId)!.id;

    const routerHeaders = { 'content-type': 'application/json', authorization: `Bearer ${fixture.token}` };
    const page = JSON.stringify({ query: sprintPageQuery, variables: { id: fixture.projectId } });
    const pageEntities = JSON.stringify({
      query: sprintPageEntityQuery,
      variables: { r: [{ __typename: 'Project', id: fixture.projectId }] },
    });
    const sprint = JSON.stringify({ query: sprintQuery, variables: { id: activeSprintId } });
    const sprintsUrl = urlOf(ports.sprints);
    type PageData = { activeSprint?: { burndown?: unknown[] } };
    const isPage = (data: unknown) =>
      ((data as { project?: PageData })?.project?.activeSprint?.burndown?.length ?? 0) > 0;
    const isEntityPage = (data: unknown) =>
      ((data as { _entities?: PageData[] })?._entities?.[0]?.activeSprint?.burndown?.length ?? 0) > 0;
    const isSprint = (data: unknown) => Boolean((data as { sprint?: { name?: string } })?.sprint?.name);
    await expectData(routerUrl, routerHeaders, page, isPage);
    await expectData(sprintsUrl, signedHeaders(sprintsUrl, pageEntities, userId), pageEntities, isEntityPage);
    await expectData(sprintsUrl, signedHeaders(sprintsUrl, sprint, userId), sprint, isSprint);

    let created = 0;
    const nextCreate = () => {
      created += 1;
      const start = new Date(Date.UTC(2027, 0, 1) + created * 86_400_000);
      return JSON.stringify({
        query: createSprintMutation,
        variables: {
          input: {
            projectId: fixture.projectId,
            name: `Planned ${created}`,
            startDate: start.toISOString().slice(0, 10),
            endDate: new Date(start.getTime() + 13 * 86_400_000).toISOString().slice(0, 10),
          },
        },
      });
    };

    const results: Record<string, autocannon.Result> = {};
    const full = { method: 'POST' as const, connections, duration };
    results['sprint page via router'] = await run({ ...full, url: routerUrl, headers: routerHeaders, body: page });
    results['sprint page via sprints subgraph'] = await run({
      ...full,
      ...signedTarget(sprintsUrl, pageEntities, userId),
    });
    results['sprint via sprints subgraph'] = await run({ ...full, ...signedTarget(sprintsUrl, sprint, userId) });
    const fixedRate = Number(process.env.BENCH_RATE ?? 500);
    const atRate = { ...full, overallRate: fixedRate, url: routerUrl, headers: routerHeaders };
    results[`sprint page via router @${fixedRate}/s`] = await run({ ...atRate, body: page });
    results[`createSprint via router @${fixedRate}/s`] = await run({
      ...atRate,
      requests: [{ setupRequest: (request) => ({ ...request, body: nextCreate() }) }],
    });

    printResults(results);
    console.log(
      `${sprintCount} sprints of ${itemsPerSprint} items (${sprintCount - 1} completed); ${connections} connections, ${duration} s per run`,
    );
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
