import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { decodeGlobalId } from '../lib/ids';
import { subgraphEntry, subgraphRegistry, type SubgraphName } from '../subgraphs/registry';
import { perRequest, startCpuMeter } from './process-cpu';
import {
  benchDatabase,
  benchEnv,
  benchRedis,
  connections,
  duration,
  expectData,
  gql,
  run,
  seedFixture,
  signedHeaders,
  signedTarget,
  stopChild,
  waitFor,
} from './support';

// What every request to a subgraph costs around its resolvers: two key lookups signed straight at
// the subgraph that owns them, each subgraph in its own process, with the CPU-ms per request of that
// process (and of PostgreSQL) next to the throughput. BENCH_BASELINE=<checkout> runs that checkout's
// users and projects beside this tree's on the same database and alternates short runs between the
// two, so that a loaded machine slows both alike. BENCH_PORT_BASE keeps it clear of other runs.
const portBase = Number(process.env.BENCH_PORT_BASE ?? 4600);
const routerPort = portBase;
const baselineDir = process.env.BENCH_BASELINE ? path.resolve(process.env.BENCH_BASELINE) : undefined;
const rounds = Number(process.env.BENCH_ROUNDS ?? (baselineDir ? 4 : 1));
const trees = [
  { label: 'this tree', dir: path.resolve(__dirname, '..'), offset: 100 },
  ...(baselineDir ? [{ label: 'baseline', dir: baselineDir, offset: 200 }] : []),
];
type Tree = (typeof trees)[number];
const portOf = (tree: Tree, name: SubgraphName) => portBase + tree.offset + subgraphEntry(name).defaultPort - 4000;
const urlOf = (port: number) => `http://127.0.0.1:${port}/graphql`;
const lookupUsers = Number(process.env.BENCH_USERS ?? 50);
const measured: SubgraphName[] = ['users', 'projects'];

/** Services start slowly on a loaded machine: three minutes instead of waitFor's thirty seconds. */
async function waitLong(url: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await waitFor(url);
    } catch (error) {
      if (attempt === 6) throw error;
    }
  }
}

function spawnIn(dir: string, script: string, env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  return spawn(path.join(dir, 'node_modules/.bin/tsx'), [...profile, path.join(dir, script), ...args], {
    cwd: dir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

// Used only with REDIS_URL set; each tree's processes share their own prefix under the run's.
const redis = benchRedis('bench-overhead');
const envOf = (databaseUrl: string, tree: Tree): NodeJS.ProcessEnv => ({
  ...benchEnv(databaseUrl),
  ROUTER_PORT: String(routerPort),
  SIGN_UP_RATE_LIMIT_PER_MINUTE: '100000',
  REDIS_KEY_PREFIX: `${redis.keyPrefix}${tree.offset}:`,
  ...Object.fromEntries(
    subgraphRegistry.flatMap((entry) => [
      [entry.portEnv, String(portOf(tree, entry.name))],
      [entry.urlEnv, urlOf(portOf(tree, entry.name))],
    ]),
  ),
});

async function seed(routerUrl: string) {
  const fixture = await seedFixture(routerUrl);
  const userIds = [fixture.userId, fixture.mateId];
  const signUp = 'mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }';
  while (userIds.length < lookupUsers) {
    const batch = Array.from({ length: Math.min(10, lookupUsers - userIds.length) }, (_, i) => userIds.length + i);
    const made = await Promise.all(
      batch.map((n) =>
        gql<{ signUp: { user: { id: string } } }>(routerUrl, signUp, {
          i: { email: `lookup-${n}@example.com`, password: 'bench password 123', name: `Lookup ${n}` },
        }),
      ),
    );
    userIds.push(...made.map((m) => m.signUp.user.id));
  }
  return { ...fixture, userIds };
}

const targetsOf = (fixture: Awaited<ReturnType<typeof seed>>) => [
  {
    label: 'project(id) at projects',
    subgraph: 'projects' as SubgraphName,
    body: JSON.stringify({
      query: 'query($id: ID!) { project(id: $id) { key name description viewerRole } }',
      variables: { id: fixture.projectId },
    }),
    ok: (data: unknown) => (data as { project?: { key?: string } })?.project?.key === 'BENCH',
  },
  {
    label: `User _entities ×${lookupUsers} at users`,
    subgraph: 'users' as SubgraphName,
    body: JSON.stringify({
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name } } }',
      variables: { r: fixture.userIds.map((id) => ({ __typename: 'User', id })) },
    }),
    ok: (data: unknown) => (data as { _entities?: { name?: string }[] })?._entities?.every((u) => u?.name) === true,
  },
];

async function main() {
  const database = await benchDatabase();
  const children: ChildProcess[] = [];
  const pids = new Map<string, number>();
  try {
    // Only what the fixture and the lookups touch; the router's /readyz would wait for every subgraph.
    for (const tree of trees) {
      for (const name of measured) {
        const child = spawnIn(tree.dir, 'scripts/start-subgraph.ts', envOf(database.url, tree), [name]);
        children.push(child);
        pids.set(`${tree.label}:${name}`, child.pid!);
      }
    }
    children.push(spawnIn(trees[0]!.dir, 'router/main.ts', envOf(database.url, trees[0]!)));
    await Promise.all([
      ...trees.flatMap((tree) => measured.map((name) => waitLong(`http://127.0.0.1:${portOf(tree, name)}/readyz`))),
      waitLong(`http://127.0.0.1:${routerPort}/healthz`),
    ]);
    const fixture = await seed(urlOf(routerPort));
    const caller = decodeGlobalId(fixture.userId)!.id;
    const totals = new Map<string, { requests: number; seconds: number; cpu: Record<string, number>; p99: number[] }>();
    for (const target of targetsOf(fixture)) {
      for (let round = 0; round < rounds; round += 1) {
        for (const tree of round % 2 ? [...trees].reverse() : trees) {
          const url = urlOf(portOf(tree, target.subgraph));
          await expectData(url, signedHeaders(url, target.body, caller), target.body, target.ok);
          const meter = startCpuMeter([
            ...[...new Set([target.subgraph, 'users'])].map((name) => ({
              name,
              pid: pids.get(`${tree.label}:${name}`)!,
            })),
            { name: 'postgres', comm: 'postgres' },
          ]);
          const seconds = duration / rounds;
          const result = await run({ ...signedTarget(url, target.body, caller), connections, duration: seconds });
          if (result.errors + result.non2xx) throw new Error(`${target.label} (${tree.label}) answered errors`);
          const cpu = meter.stop();
          const key = `${target.label} | ${tree.label}`;
          const total = totals.get(key) ?? { requests: 0, seconds: 0, cpu: {}, p99: [] };
          total.requests += result.requests.total;
          total.seconds += seconds;
          total.p99.push(result.latency.p99);
          for (const [name, ms] of Object.entries(cpu)) total.cpu[name] = (total.cpu[name] ?? 0) + ms;
          totals.set(key, total);
        }
      }
    }
    console.table(
      [...totals].map(([target, total]) => ({
        target,
        'requests/s': Math.round(total.requests / total.seconds),
        'worst p99 ms': Math.max(...total.p99),
        ...Object.fromEntries(
          Object.entries(perRequest(total.cpu, total.requests)).map(([name, ms]) => [
            `${name} CPU-ms/req`,
            ms.toFixed(3),
          ]),
        ),
      })),
    );
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    await database.drop();
    if (process.env.REDIS_URL) await redis.clear();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
