import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { request } from 'undici';
import { migrateDatabase } from '../lib/db/migrate';
import { subgraphRegistry, type SubgraphName } from '../subgraphs/registry';
import { seedMembersAndItems, type BenchUser } from './gateway-seed';
import { perRequest, startCpuMeter, type CpuTarget } from './process-cpu';
import { benchDatabase, benchEnv, benchRedis, duration, run, spawnTs, stopChild, urlOf } from './support';

// Workgraph's router, a stock @apollo/gateway and Hive Gateway with its Rust planner (in-flight
// sharing off, and its default), each in its own process in front of the same subgraph processes,
// measured in turn on each query with one user and with many, every answer checked per user.
const userCount = 20;
const itemCount = Number(process.env.BENCH_ITEMS ?? 60);
const warmupSeconds = 1;
// Ports of their own, so that another benchmark running on the machine does not collide.
const basePort = Number(process.env.BENCH_GATEWAY_PORT ?? 4300);
const subgraphPortOf = (i: number) => basePort + 1 + i;

const queries = {
  'project own fields': 'query($id: ID!) { project(id: $id) { key name description viewerRole } }',
  'project, organization, members (2 subgraphs)':
    'query($id: ID!) { project(id: $id) { key name viewerRole organization { name slug } members { totalCount edges { role node { name } } } } }',
  '50 work items, assignee, project (3 subgraphs)':
    'query($id: ID!) { project(id: $id) { key viewerRole workItems(first: 50) { edges { node { key title assignee { name } project { key name } } } } } }',
};

interface Gateway {
  name: string;
  script: string;
  port: number;
  env: NodeJS.ProcessEnv;
  child?: ChildProcess;
}

const gateways: Gateway[] = [
  { name: 'workgraph router', script: 'router/main.ts', port: basePort + 90, env: {} },
  {
    name: 'stock @apollo/gateway',
    script: 'bench/stock-gateway.ts',
    port: basePort + 91,
    env: { APOLLO_TELEMETRY_DISABLED: 'true' },
  },
  {
    name: 'hive + rust, sharing off',
    script: 'bench/hive-gateway.ts',
    port: basePort + 92,
    env: { HIVE_DEDUPLICATE: 'off' },
  },
  { name: 'hive + rust, sharing on', script: 'bench/hive-gateway.ts', port: basePort + 93, env: {} },
];
const measured: SubgraphName[] = ['users', 'projects', 'work-items'];

interface Row {
  query: string;
  mode: string;
  gateway: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  checked: number;
  wrong: number;
  cpu: Record<string, number>;
}

/**
 * What an answer says to its client: its data and errors, with top-level extensions (our router's
 * `extensions.cost`) left out, since only the data can be another user's.
 */
const canonical = (body: string) => {
  try {
    const { data, errors } = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return JSON.stringify({ data, errors });
  } catch {
    return body;
  }
};

async function post(url: string, body: string, token: string): Promise<string> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return res.body.text();
}

/** Polls until `ready` answers true; a loaded machine starts a dozen Node processes slowly. */
async function waitUntil(what: string, ready: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 900; i += 1) {
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not become ready`);
}

const answersGraphql = (url: string) => async () =>
  (await post(url, '{"query":"{ __typename }"}', '')).includes('"Query"');

const readyz = (port: number) => async () => {
  const res = await request(`http://127.0.0.1:${port}/readyz`);
  await res.body.text();
  return res.statusCode === 200;
};

/** The PostgreSQL backends serving this run's database (not other databases on the machine). */
async function backendsOf(databaseUrl: string): Promise<CpuTarget[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  );
  await client.end();
  return rows.map(({ pid }) => ({ name: `postgres ${pid}`, pid }));
}

/** autocannon over `users` in turn, each request checked against that user's expected answer. */
async function measure(url: string, body: string, users: BenchUser[], expected: string[], seconds: number) {
  let next = 0;
  let checked = 0;
  let wrong = 0;
  const example: string[] = [];
  const result = await run({
    url,
    method: 'POST',
    connections: userCount,
    duration: seconds,
    requests: [
      {
        setupRequest: (req, context) => {
          const user = next++ % users.length;
          (context as { user: number }).user = user;
          const headers = { 'content-type': 'application/json', authorization: `Bearer ${users[user]!.token}` };
          return { ...req, method: 'POST', body, headers };
        },
        onResponse: (status, answer, context) => {
          if (status !== 200) return;
          const user = (context as { user: number }).user;
          checked += 1;
          const text = String(answer);
          if (canonical(text) === expected[user]) return;
          wrong += 1;
          if (example.length === 0) example.push(`${users[user]!.name} got ${text.slice(0, 300)}`);
        },
      },
    ],
  });
  return { result, checked, wrong, example: example[0] };
}

function printRows(rows: Row[]) {
  const cpuNames = [...new Set(rows.flatMap((r) => Object.keys(r.cpu)))];
  console.table(
    rows.map((r) => ({
      query: r.query,
      mode: r.mode,
      gateway: r.gateway,
      'req/s': Math.round(r.rps),
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      errors: r.errors,
      'wrong/checked': `${r.wrong}/${r.checked}`,
      ...Object.fromEntries(cpuNames.map((n) => [`${n} CPU-ms/req`, (r.cpu[n] ?? 0).toFixed(2)])),
    })),
  );
}

function printVerdict(rows: Row[]) {
  const find = (query: string, mode: string, gateway: string) =>
    rows.find((r) => r.query === query && r.mode === mode && r.gateway === gateway)!;
  const wrongGateways = [...new Set(rows.filter((r) => r.wrong > 0).map((r) => r.gateway))];
  for (const name of wrongGateways) {
    const bad = rows.filter((r) => r.gateway === name && r.wrong > 0);
    console.log(
      `${name} returned another user's data (${bad.map((r) => `${r.wrong}/${r.checked} on ${r.query}, ${r.mode}`).join('; ')}): reported, not ranked`,
    );
  }
  const ranked = (name: string) => !wrongGateways.includes(name);
  let pass = ranked('workgraph router');
  for (const row of rows.filter((r) => r.gateway === 'workgraph router')) {
    const ratio = (other: string, target: number) => {
      const peer = find(row.query, row.mode, other);
      if (!ranked(other)) return `${other}: not ranked`;
      const value = row.rps / peer.rps;
      if (value < target) pass = false;
      return `ours/${other.split(' ')[0]} ${value.toFixed(2)}× (target ≥ ${target})`;
    };
    console.log(
      `${row.query}, ${row.mode}: ${ratio('stock @apollo/gateway', 3)}, ${ratio('hive + rust, sharing off', 1)}`,
    );
  }
  console.log(
    `verdict: ${pass ? 'PASS' : 'FAIL'} (our router ≥ 3× stock and ≥ Hive with sharing off on every query and mode, every answer correct)`,
  );
}

async function main() {
  const database = await benchDatabase();
  const env = benchEnv(database.url);
  // The 20 members sign up from one address, past the default of 10 sign-ups a minute.
  env.SIGN_UP_RATE_LIMIT_PER_MINUTE = '1000';
  // As deployed: separate processes share Redis (events, role caches' epochs, persisted queries).
  const redis = benchRedis('bench-gateways');
  env.REDIS_URL = redis.url;
  env.REDIS_KEY_PREFIX = redis.keyPrefix;
  subgraphRegistry.forEach((entry, i) => {
    env[entry.portEnv] = String(subgraphPortOf(i));
    env[entry.urlEnv] = urlOf(subgraphPortOf(i));
  });
  const subgraphs = new Map<string, ChildProcess>();
  try {
    // Migrated first, so that the subgraphs can start all at once (each would take the migration lock).
    const begun = Date.now();
    await migrateDatabase(database.url);
    subgraphRegistry.forEach((entry) =>
      subgraphs.set(entry.name, spawnTs('scripts/start-subgraph.ts', env, [entry.name])),
    );
    await Promise.all(subgraphRegistry.map((entry, i) => waitUntil(entry.name, readyz(subgraphPortOf(i)))));
    console.log(`subgraphs ready after ${((Date.now() - begun) / 1000).toFixed(0)} s`);
    for (const gateway of gateways) {
      gateway.child = spawnTs(gateway.script, {
        ...env,
        ...gateway.env,
        ROUTER_PORT: String(gateway.port),
        STOCK_GATEWAY_PORT: String(gateway.port),
        HIVE_GATEWAY_PORT: String(gateway.port),
      });
    }
    for (const gateway of gateways) await waitUntil(gateway.name, answersGraphql(urlOf(gateway.port)));
    console.log(`gateways ready after ${((Date.now() - begun) / 1000).toFixed(0)} s`);
    const ours = urlOf(gateways[0]!.port);
    const started = Date.now();
    const { projectId, users } = await seedMembersAndItems(ours, userCount, itemCount);
    console.log(
      `seeded ${users.length} members and ${itemCount} work items through the router in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const rows: Row[] = [];
    const examples: string[] = [];
    for (const [label, query] of Object.entries(queries)) {
      const body = JSON.stringify({ query, variables: { id: projectId } });
      // Each user's answer, asked once of our router alone.
      const expected = await Promise.all(users.map(async (u) => canonical(await post(ours, body, u.token))));
      if (expected.some((answer) => !answer.startsWith('{"data":{"project":{') || answer.includes('"errors":['))) {
        throw new Error(`the router did not answer ${label}: ${expected.find((a) => !a.startsWith('{"data"'))}`);
      }
      const roles = new Set(
        expected.map(
          (answer) => (JSON.parse(answer) as { data: { project: { viewerRole: string } } }).data.project.viewerRole,
        ),
      );
      if (roles.size < 3) throw new Error(`expected members of three roles, saw ${[...roles].join(', ')}`);
      for (const gateway of gateways) {
        await measure(urlOf(gateway.port), body, users, expected, warmupSeconds);
      }
      for (const [mode, modeUsers, modeExpected] of [
        ['one user', users.slice(0, 1), expected.slice(0, 1)],
        [`${userCount} users`, users, expected],
      ] as const) {
        for (const gateway of gateways) {
          const targets: CpuTarget[] = [
            { name: 'gateway', pid: gateway.child!.pid! },
            ...measured.map((name) => ({ name, pid: subgraphs.get(name)!.pid! })),
            ...(await backendsOf(database.url)),
          ];
          const meter = startCpuMeter(targets);
          const { result, checked, wrong, example } = await measure(
            urlOf(gateway.port),
            body,
            [...modeUsers],
            [...modeExpected],
            duration,
          );
          const perReq = perRequest(meter.stop(), result.requests.total);
          let postgres = 0;
          for (const [name, ms] of Object.entries(perReq)) if (name.startsWith('postgres ')) postgres += ms;
          const cpu = Object.fromEntries(Object.entries(perReq).filter(([name]) => !name.startsWith('postgres ')));
          if (example) examples.push(`${gateway.name}, ${label}, ${mode}: ${example}`);
          rows.push({
            query: label,
            mode,
            gateway: gateway.name,
            rps: result.requests.average,
            p50: result.latency.p50,
            p99: result.latency.p99,
            errors: result.errors + result.non2xx + result.timeouts,
            checked,
            wrong,
            cpu: { ...cpu, postgres },
          });
        }
      }
    }
    printRows(rows);
    for (const example of examples) console.log(`wrong answer, first seen: ${example}`);
    printVerdict(rows);
    console.log(
      `${userCount} connections, ${duration} s per run; many users: each connection's requests take the ${userCount} members' tokens in turn. CPU-ms per request from /proc; postgres counts this run's backends only.`,
    );
  } finally {
    await Promise.all(gateways.map((gateway) => (gateway.child ? stopChild(gateway.child) : undefined)));
    for (const child of [...subgraphs.values()].reverse()) await stopChild(child);
    await database.drop();
    await redis.clear();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
