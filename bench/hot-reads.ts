import type { ChildProcess } from 'node:child_process';
import { decodeGlobalId } from '../lib/ids';
import { startCpuMeter, perRequest, type CpuTarget } from './process-cpu';
import { seedSprints } from './sprints';
import {
  benchDatabase,
  benchEnv,
  connections,
  duration,
  expectData,
  gql,
  run,
  seedFixture,
  signedHeaders,
  signedTarget,
  spawnTs,
  stopChild,
  urlOf,
  waitFor,
} from './support';
import { boardQuery, seedItems } from './work-items';
import { subgraphEntry, subgraphRegistry, type SubgraphName } from '../subgraphs/registry';

const boardSelection = `board { columns { state { name category } items(first: 50) {
  totalCount edges { node { key title priority estimate assignee { id } labels { name color } } } } } }`;
const listSelection =
  'workItems(first: 50) { totalCount edges { node { key title priority assignee { id } project { id } } } }';
const itemSelection = 'key title version priority state { name } assignee { id } labels { name } project { id }';
const sprintFigures = `activeSprint { name state committedPoints completedPoints remainingPoints overcommitted
  scopeChange { addedPoints removedPoints reestimatedPoints }
  burndown { date remainingPoints completedPoints idealRemainingPoints }
  burnup { date scopePoints completedPoints } }
  velocity { mean median standardDeviation sprints { completedPoints } }`;

const entities = (type: string, selection: string, id: string) =>
  JSON.stringify({
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${selection} } } }`,
    variables: { r: [{ __typename: type, id }] },
  });

interface Service {
  name: string;
  child: ChildProcess;
}

async function stopServices(services: Service[]) {
  for (const service of [...services].reverse()) await stopChild(service.child);
}

// Ports of its own (HOT_READS_PORTS + offset, the router on + 50), clear of the other benchmarks', so
// two copies of the code (before and after a change) can run side by side.
const portBase = Number(process.env.HOT_READS_PORTS ?? 4600);
const portOf = (name: SubgraphName) => portBase + subgraphEntry(name).defaultPort - 4000;
const routerPort = portBase + 50;

function hotReadsEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...benchEnv(databaseUrl),
    ROUTER_PORT: String(routerPort),
    ...Object.fromEntries(
      subgraphRegistry.flatMap((entry) => [
        [entry.portEnv, String(portOf(entry.name))],
        [entry.urlEnv, urlOf(portOf(entry.name))],
      ]),
    ),
  };
}

/** Every subgraph and the router in its own process, one after the other (each migrates its schema). */
async function startServices(env: NodeJS.ProcessEnv): Promise<Service[]> {
  const services: Service[] = [];
  const all = [
    ...subgraphRegistry.map((entry) => ['scripts/start-subgraph.ts', [entry.name], portOf(entry.name)] as const),
    ['router/main.ts', [], routerPort] as const,
  ];
  try {
    for (const [script, args, port] of all) {
      services.push({ name: args[0] ?? 'router', child: spawnTs(script, env, [...args]) });
      await waitFor(`http://127.0.0.1:${port}/readyz`, 600);
    }
  } catch (error) {
    await stopServices(services);
    throw error;
  }
  return services;
}

// The hot reads of work-items and sprints (board, one item, the main list, the sprint page, a sprint
// by id), each straight at its subgraph and through the router, with requests/s, p50/p99 and CPU-ms
// per request of the subgraph, the router and PostgreSQL, measured over the same autocannon run.
async function main() {
  const database = await benchDatabase();
  const services = await startServices(hotReadsEnv(database.url)).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  try {
    const routerUrl = urlOf(routerPort);
    const fixture = await seedFixture(routerUrl);
    await seedItems(routerUrl, fixture.token, fixture.projectId, fixture.mateId);
    const sprintId = await seedSprints(routerUrl, fixture.token, fixture.projectId);
    const caller = decodeGlobalId(fixture.userId)!.id;
    const { project } = await gql<{ project: { workItems: { edges: { node: { id: string } }[] } } }>(
      routerUrl,
      'query($id: ID!) { project(id: $id) { workItems(first: 1) { edges { node { id } } } } }',
      { id: fixture.projectId },
      fixture.token,
    );
    const itemId = project.workItems.edges[0]!.node.id;
    const workItemsUrl = urlOf(portOf('work-items'));
    const sprintsUrl = urlOf(portOf('sprints'));
    const pidOf = (name: string) => services.find((s) => s.name === name)!.child.pid!;
    const direct = {
      'board (work-items)': [workItemsUrl, entities('Project', boardSelection, fixture.projectId), 'work-items'],
      'item by key (work-items)': [workItemsUrl, entities('WorkItem', itemSelection, itemId), 'work-items'],
      'list of 50 (work-items)': [workItemsUrl, entities('Project', listSelection, fixture.projectId), 'work-items'],
      'sprint page (sprints)': [sprintsUrl, entities('Project', sprintFigures, fixture.projectId), 'sprints'],
      'sprint by id (sprints)': [
        sprintsUrl,
        JSON.stringify({
          query: 'query($id: ID!) { sprint(id: $id) { name state startDate endDate committedPoints } }',
          variables: { id: sprintId },
        }),
        'sprints',
      ],
    } as const;
    const viaRouter = {
      'board via router': boardQuery,
      'list of 50 with assignee and project via router': `query($id: ID!) { project(id: $id) {
        workItems(first: 50) { edges { node { key title assignee { name } project { key name } } } } } }`,
      'sprint page via router': `query($id: ID!) { project(id: $id) { ${sprintFigures} } }`,
    };
    const rows: Record<string, string | number>[] = [];
    const measure = async (label: string, options: Parameters<typeof run>[0], targets: CpuTarget[]) => {
      const meter = startCpuMeter(targets);
      const result = await run({ ...options, connections, duration });
      const cpu = perRequest(meter.stop(), result.requests.total);
      rows.push({
        target: label,
        'requests/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        errors: result.errors + result.non2xx,
        ...Object.fromEntries(Object.entries(cpu).map(([name, ms]) => [`${name} CPU-ms/req`, ms.toFixed(2)])),
      });
    };
    const postgres: CpuTarget = { name: 'postgres', comm: 'postgres' };
    const only = process.env.HOT_READS_ONLY;
    const chosen = (label: string) => !only || label.includes(only);
    for (const [label, [url, body, service]] of Object.entries(direct).filter(([label]) => chosen(label))) {
      await expectData(url, signedHeaders(url, body, caller), body, (data) => data !== null);
      await measure(label, signedTarget(url, body, caller), [{ name: 'subgraph', pid: pidOf(service) }, postgres]);
    }
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${fixture.token}` };
    for (const [label, query] of Object.entries(viaRouter).filter(([label]) => chosen(label))) {
      const body = JSON.stringify({ query, variables: { id: fixture.projectId } });
      await expectData(routerUrl, headers, body, (data) => data !== null);
      const service = label.startsWith('sprint') ? 'sprints' : 'work-items';
      await measure(label, { url: routerUrl, method: 'POST', headers, body }, [
        { name: 'subgraph', pid: pidOf(service) },
        { name: 'router', pid: pidOf('router') },
        postgres,
      ]);
    }
    console.table(rows);
    console.log(`${connections} connections, ${duration} s per run; CPU of every postgres process on the machine`);
  } finally {
    await stopServices(services);
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
