import type { ChildProcess } from 'node:child_process';
import { perRequest, startCpuMeter } from './process-cpu';
import {
  benchDatabase,
  benchEnv,
  benchRedis,
  connections,
  duration,
  expectData,
  gql,
  ports,
  run,
  seedFixture,
  spawnTs,
  stopChild,
  subgraphProcesses,
  urlOf,
  waitFor,
} from './support';

const itemQuery = `query Item($id: ID!) {
  workItem(id: $id) { key title state { name } assignee { name } project { key name } }
}`;

/**
 * CPU-ms per request of each process for one work item with its assignee and project through the
 * router, each service in its own process sharing Redis (REDIS_URL, default the machine's).
 */
async function main() {
  const database = await benchDatabase();
  const redis = benchRedis('bench-role-cache');
  const env = { ...benchEnv(database.url), REDIS_URL: redis.url, REDIS_KEY_PREFIX: redis.keyPrefix };
  const children: [string, ChildProcess][] = [];
  try {
    for (const [script, args, port] of [...subgraphProcesses(), ['router/main.ts', [], ports.router] as const]) {
      children.push([args[0] ?? 'router', spawnTs(script, env, [...args])]);
      await waitFor(`http://127.0.0.1:${port}/readyz`);
    }
    const routerUrl = urlOf(ports.router);
    const fixture = await seedFixture(routerUrl);
    const { createWorkItem } = await gql<{ createWorkItem: { workItem: { id: string } } }>(
      routerUrl,
      'mutation($i: CreateWorkItemInput!) { createWorkItem(input: $i) { workItem { id } } }',
      { i: { projectId: fixture.projectId, type: 'TASK', title: 'Measured', assigneeId: fixture.mateId } },
      fixture.token,
    );
    const body = JSON.stringify({ query: itemQuery, variables: { id: createWorkItem.workItem.id } });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${fixture.token}` };
    await expectData(routerUrl, headers, body, (data) => Boolean((data as { workItem?: unknown }).workItem));
    await run({ url: routerUrl, method: 'POST', headers, body, connections, duration: 2 });
    const meter = startCpuMeter([
      ...children.map(([name, child]) => ({ name, pid: child.pid! })),
      { name: 'postgres', comm: 'postgres' },
    ]);
    const result = await run({ url: routerUrl, method: 'POST', headers, body, connections, duration });
    const cpu = perRequest(meter.stop(), result.requests.total);
    console.log(
      `work item with assignee and project: ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}`,
    );
    console.table(
      Object.fromEntries(Object.entries(cpu).map(([name, ms]) => [name, { 'CPU-ms/req': Number(ms.toFixed(3)) }])),
    );
  } finally {
    for (const [, child] of children.reverse()) await stopChild(child);
    await database.drop();
    await redis.clear();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
