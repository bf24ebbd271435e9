import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { request } from 'undici';
import { signedPostHeaders } from '../lib/signing';
import { deleteRedisKeys } from '../tests/testkit/redis-server';
import { subgraphEntry, subgraphRegistry, type SubgraphName } from '../subgraphs/registry';

export const duration = Number(process.env.BENCH_SECONDS ?? 10);
export const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
export const signingSecret = 'bench-signing-secret-0123456789abcdef';
export const jwtSecret = 'bench-jwt-secret-0123456789abcdef0123';
/** Each subgraph of the registry on 4200 + its offset from 4000 (users 4201, ...), clear of the routers'. */
export const subgraphPort = (name: SubgraphName) => 4200 + subgraphEntry(name).defaultPort - 4000;
export const ports = {
  router: 4100,
  soloRouter: 4103,
  stockGateway: 4104,
  projects: subgraphPort('projects'),
  workItems: subgraphPort('work-items'),
  sprints: subgraphPort('sprints'),
};
export const urlOf = (port: number) => `http://127.0.0.1:${port}/graphql`;

const root = path.resolve(__dirname, '..');
const adminUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Environment shared by every process of a benchmark: production mode, bench secrets, no rate limit. */
export const benchEnv = (databaseUrl: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  SUBGRAPH_SIGNING_SECRET: signingSecret,
  JWT_SECRET: jwtSecret,
  ROUTER_PORT: String(ports.router),
  ...Object.fromEntries(
    subgraphRegistry.flatMap((entry) => [
      [entry.portEnv, String(subgraphPort(entry.name))],
      [entry.urlEnv, urlOf(subgraphPort(entry.name))],
    ]),
  ),
  RATE_LIMIT_PER_MINUTE: '100000000',
  // As in npm start and the Docker image.
  NODE_OPTIONS: '--max-semi-space-size=32',
});

export function spawnTs(script: string, env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess {
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of every service process there (open it in Chrome DevTools);
  // BENCH_CPU_PROF_ONLY=<subgraph> profiles that one alone, since profiling every process overloads the machine.
  const only = process.env.BENCH_CPU_PROF_ONLY;
  const profiled = process.env.BENCH_CPU_PROF && (!only || args[0] === only || (only === 'router' && !args.length));
  const profile = profiled ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  return spawn(path.join(root, 'node_modules/.bin/tsx'), [...profile, path.join(root, script), ...args], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The router with an IPC channel and the memory probe, as `npm run start:router` runs it otherwise. */
export function spawnRouter(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(
    process.execPath,
    [
      ...(process.env.BENCH_ROUTER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--expose-gc',
      '--require',
      path.join(__dirname, 'memory-probe.cjs'),
      '--import',
      'tsx',
      'router/main.ts',
    ],
    { cwd: path.resolve(__dirname, '..'), env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
  );
}

/** Live memory of the router after a full garbage collection, in MiB. */
export function routerMemory(router: ChildProcess): Promise<{ heap: number; rss: number }> {
  return new Promise((resolve) => {
    router.once('message', (usage: NodeJS.MemoryUsage) =>
      resolve({ heap: (usage.heapUsed + usage.external) / 2 ** 20, rss: usage.rss / 2 ** 20 }),
    );
    router.send('memory');
  });
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Each subgraph of the registry alone in its process, as docker-compose runs them: script, arguments, port. */
export const subgraphProcesses = (): [string, string[], number][] =>
  subgraphRegistry.map((entry) => ['scripts/start-subgraph.ts', [entry.name], subgraphPort(entry.name)]);

/**
 * The supergraph to measure: one process (`npm start`, the default) or, with
 * BENCH_TOPOLOGY=processes, each subgraph and the router in its own process as docker-compose runs
 * them, so that they use every core.
 */
export async function startBenchSupergraph(env: NodeJS.ProcessEnv): Promise<{ stop(): Promise<void> }> {
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children.reverse()) await stopChild(child);
  };
  const services: [string, string[], number][] =
    process.env.BENCH_TOPOLOGY === 'processes'
      ? [...subgraphProcesses(), ['router/main.ts', [], ports.router]]
      : [['scripts/start.ts', [], ports.router]];
  try {
    for (const [script, args, port] of services) {
      children.push(spawnTs(script, env, args));
      await waitFor(`http://127.0.0.1:${port}/readyz`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

/** A fresh database for one benchmark run; `drop` removes it. */
export async function benchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const database = `wg_bench_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * Redis for a run's processes: REDIS_URL (default the machine's) under a key prefix of the run's own
 * (`<label>-<ms>:`), and `clear` deleting every key under it, for the bench's `finally`: otherwise
 * each run leaves its streams, epochs and caches behind.
 */
export function benchRedis(label: string): { url: string; keyPrefix: string; clear(): Promise<void> } {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const keyPrefix = `${label}-${Date.now()}:`;
  return { url, keyPrefix, clear: () => deleteRedisKeys(url, keyPrefix) };
}

export async function gql<T>(url: string, query: string, variables: object, token?: string): Promise<T> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.body.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function waitFor(url: string, attempts = 150): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    try {
      const res = await request(url);
      await res.body.text();
      if (res.statusCode === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become ready`);
}

export interface BenchFixture {
  token: string;
  userId: string;
  organizationId: string;
  projectId: string;
  /** The project's second member. */
  mateId: string;
}

/** An OWNER or ADMIN (`token`) invites the address and its account (`invitee.token`) accepts. */
export async function joinByInvitation(
  routerUrl: string,
  token: string,
  organizationId: string,
  invitee: { email: string; token: string },
): Promise<void> {
  const { inviteOrganizationMember } = await gql<{ inviteOrganizationMember: { invitation: { id: string } } }>(
    routerUrl,
    'mutation($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { invitation { id } } }',
    { i: { organizationId, email: invitee.email, role: 'MEMBER' } },
    token,
  );
  await gql(
    routerUrl,
    'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { role } }',
    { i: { invitationId: inviteOrganizationMember.invitation.id } },
    invitee.token,
  );
}

/** A user with an organization and a project with a second member, made through the router. */
export async function seedFixture(routerUrl: string): Promise<BenchFixture> {
  type Auth = { signUp: { accessToken: string; user: { id: string } } };
  const signUp = 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { id } } }';
  const owner = (
    await gql<Auth>(routerUrl, signUp, {
      i: { email: 'bench@example.com', password: 'bench password 123', name: 'Bench' },
    })
  ).signUp;
  const mate = (
    await gql<Auth>(routerUrl, signUp, {
      i: { email: 'mate@example.com', password: 'bench password 123', name: 'Mate' },
    })
  ).signUp;
  const token = owner.accessToken;
  const { createOrganization } = await gql<{ createOrganization: { organization: { id: string } } }>(
    routerUrl,
    'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }',
    { i: { name: 'Bench', slug: 'bench' } },
    token,
  );
  const organizationId = createOrganization.organization.id;
  await joinByInvitation(routerUrl, token, organizationId, { email: 'mate@example.com', token: mate.accessToken });
  const { createProject } = await gql<{ createProject: { project: { id: string } } }>(
    routerUrl,
    'mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }',
    { i: { organizationId, key: 'BENCH', name: 'Bench' } },
    token,
  );
  await gql(
    routerUrl,
    'mutation($i: AddProjectMemberInput!) { addProjectMember(input: $i) { role } }',
    {
      i: { projectId: createProject.project.id, userId: mate.user.id, role: 'MEMBER' },
    },
    token,
  );
  return { token, userId: owner.user.id, organizationId, projectId: createProject.project.id, mateId: mate.user.id };
}

/** Headers of one signed request to a subgraph, as the router would send it for `caller`. */
export const signedHeaders = (url: string, body: string, caller: string | null) =>
  signedPostHeaders(signingSecret, url, body, caller);

/**
 * autocannon options posting `body` straight to a subgraph, signed afresh for every request as the
 * router does: a subgraph refuses a signature (nonce) it has already seen.
 */
export function signedTarget(
  url: string,
  body: string,
  caller: string | null,
): { url: string; method: 'POST'; body: string; requests: autocannon.Request[] } {
  return {
    url,
    method: 'POST',
    body,
    requests: [{ setupRequest: (req) => ({ ...req, headers: signedHeaders(url, body, caller) }) }],
  };
}

export function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/** One POST that must answer with data that satisfies `ok`, so a run never measures error paths. */
export async function expectData(
  url: string,
  headers: Record<string, string>,
  body: string,
  ok: (data: unknown) => boolean,
) {
  const res = await request(url, { method: 'POST', headers, body });
  const payload = (await res.body.json()) as { data?: unknown; errors?: unknown };
  if (payload.errors || !ok(payload.data)) throw new Error(`${url} did not answer: ${JSON.stringify(payload)}`);
}

export function printResults(results: Record<string, autocannon.Result>): void {
  console.table(
    Object.entries(results).map(([target, r]) => ({
      target,
      'requests/s': Math.round(r.requests.average),
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
      errors: r.errors + r.non2xx,
    })),
  );
}
