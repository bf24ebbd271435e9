import type { ChildProcess } from 'node:child_process';
import {
  benchDatabase,
  benchEnv,
  connections,
  duration,
  expectData,
  gql,
  joinByInvitation,
  run,
  seedFixture,
  spawnTs,
  stopChild,
  urlOf,
  waitFor,
} from './support';
import { perRequest, startCpuMeter } from './process-cpu';
import { subgraphEntry, subgraphRegistry } from '../subgraphs/registry';

// Two routers in front of the same subgraphs, identical but for ROUTER_SHARE_SUBGRAPH_CALLS, measured
// one after the other on each query, with one user on every connection and with a user per
// connection: requests/s and CPU-ms per request of the router and of the subgraphs' process.
const queries = {
  'one subgraph': 'query($id: ID!) { project(id: $id) { key name viewerRole } }',
  'two subgraphs':
    'query($id: ID!) { project(id: $id) { key name organization { name slug } members { totalCount edges { role node { name } } } } }',
};
// Clear of the other benchmarks' ports (and of a NATS server on 4222): BENCH_PORT_BASE, 5600 by default.
const base = Number(process.env.BENCH_PORT_BASE ?? 5600);
const mainRouterPort = base;
const sharingPorts = { on: base + 3, off: base + 4 };
const portOf = (name: Parameters<typeof subgraphEntry>[0]) => base + 100 + subgraphEntry(name).defaultPort - 4000;
const portsEnv = () =>
  Object.fromEntries([
    ['ROUTER_PORT', String(mainRouterPort)],
    ...subgraphRegistry.flatMap((entry) => [
      [entry.portEnv, String(portOf(entry.name))],
      [entry.urlEnv, urlOf(portOf(entry.name))],
    ]),
  ]);

async function memberTokens(routerUrl: string, owner: string, organizationId: string, projectId: string) {
  const tokens: string[] = [owner];
  for (let i = 1; i < connections; i += 1) {
    const email = `member-${i}@example.com`;
    const { signUp } = await gql<{ signUp: { accessToken: string; user: { id: string } } }>(
      routerUrl,
      'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { id } } }',
      { i: { email, password: 'bench password 123', name: `Member ${i}` } },
    );
    await joinByInvitation(routerUrl, owner, organizationId, { email, token: signUp.accessToken });
    await gql(
      routerUrl,
      'mutation($i: AddProjectMemberInput!) { addProjectMember(input: $i) { role } }',
      { i: { projectId, userId: signUp.user.id, role: 'MEMBER' } },
      owner,
    );
    tokens.push(signUp.accessToken);
  }
  return tokens;
}

// A fresh database migrates first: on a busy machine that takes longer than one waitFor.
async function waitLonger(url: string) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await waitFor(url);
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

async function main() {
  const database = await benchDatabase();
  const env = { ...benchEnv(database.url), ...portsEnv(), SIGN_UP_RATE_LIMIT_PER_MINUTE: '1000' };
  const supergraph = spawnTs('scripts/start.ts', env);
  const routers: Record<string, ChildProcess> = {};
  try {
    await waitLonger(`http://127.0.0.1:${mainRouterPort}/readyz`);
    for (const [sharing, port] of Object.entries(sharingPorts)) {
      routers[sharing] = spawnTs('router/main.ts', {
        ...env,
        ROUTER_PORT: String(port),
        ROUTER_SHARE_SUBGRAPH_CALLS: sharing === 'on' ? 'true' : 'false',
      });
      await waitLonger(`http://127.0.0.1:${port}/readyz`);
    }
    const fixture = await seedFixture(urlOf(mainRouterPort));
    const tokens = await memberTokens(urlOf(mainRouterPort), fixture.token, fixture.organizationId, fixture.projectId);
    const rows: Record<string, unknown>[] = [];
    for (const [label, query] of Object.entries(queries)) {
      const body = JSON.stringify({ query, variables: { id: fixture.projectId } });
      for (const users of ['one user', `${connections} users`]) {
        for (const [sharing, port] of Object.entries(sharingPorts)) {
          const url = urlOf(port);
          const headersOf = (index: number) => ({
            'content-type': 'application/json',
            authorization: `Bearer ${users === 'one user' ? fixture.token : tokens[index % tokens.length]}`,
          });
          for (let i = 0; i < tokens.length; i += 1) {
            await expectData(
              url,
              headersOf(i),
              body,
              (data) => (data as { project?: { key?: string } })?.project?.key === 'BENCH',
            );
          }
          let client = 0;
          const meter = startCpuMeter([
            { name: 'router', pid: routers[sharing]!.pid! },
            { name: 'subgraphs', pid: supergraph.pid! },
            { name: 'postgres', comm: 'postgres' },
          ]);
          const result = await run({
            url,
            method: 'POST',
            body,
            connections,
            duration,
            setupClient: (c) => c.setHeaders(headersOf(client++)),
          });
          const cpu = perRequest(meter.stop(), result.requests.total);
          rows.push({
            query: label,
            users,
            sharing,
            'requests/s': Math.round(result.requests.average),
            'p99 ms': result.latency.p99,
            errors: result.errors + result.non2xx,
            'router CPU-ms/req': cpu.router!.toFixed(2),
            'subgraphs CPU-ms/req': cpu.subgraphs!.toFixed(2),
            'postgres CPU-ms/req': cpu.postgres!.toFixed(2),
          });
        }
      }
    }
    console.table(rows);
  } finally {
    for (const router of Object.values(routers)) await stopChild(router);
    await stopChild(supergraph);
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
