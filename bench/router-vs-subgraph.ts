import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { request } from 'undici';
import { decodeGlobalId } from '../lib/ids';
import { signRequest } from '../lib/signing';

// The same read query through the router and straight at the subgraph that owns it, side by side in
// one run. The supergraph runs in a child process (like `npm start`); autocannon runs here.
const adminUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ports = { router: 4100, users: 4101, projects: 4102 };
const signingSecret = 'bench-signing-secret-0123456789abcdef';
const jwtSecret = 'bench-jwt-secret-0123456789abcdef0123';

async function gql<T>(url: string, query: string, variables: object, token?: string): Promise<T> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.body.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i += 1) {
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

function run(opts: autocannon.Options) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

async function main() {
  const database = `wg_bench_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const child = spawn(path.join(__dirname, '../node_modules/.bin/tsx'), [path.join(__dirname, '../scripts/start.ts')], {
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SUBGRAPH_SIGNING_SECRET: signingSecret,
      JWT_SECRET: jwtSecret,
      ROUTER_PORT: String(ports.router),
      USERS_PORT: String(ports.users),
      PROJECTS_PORT: String(ports.projects),
      RATE_LIMIT_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const routerUrl = `http://127.0.0.1:${ports.router}/graphql`;
    await waitFor(`http://127.0.0.1:${ports.router}/readyz`);
    const { signUp } = await gql<{ signUp: { accessToken: string; user: { id: string } } }>(
      routerUrl,
      'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { id } } }',
      { i: { email: 'bench@example.com', password: 'bench password 123', name: 'Bench' } },
    );
    const token = signUp.accessToken;
    const { createOrganization } = await gql<{ createOrganization: { organization: { id: string } } }>(
      routerUrl,
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }',
      { i: { name: 'Bench', slug: 'bench' } },
      token,
    );
    const { createProject } = await gql<{ createProject: { project: { id: string } } }>(
      routerUrl,
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }',
      { i: { organizationId: createOrganization.organization.id, key: 'BENCH', name: 'Bench' } },
      token,
    );
    const query = 'query($id: ID!) { project(id: $id) { key name description viewerRole } }';
    const body = JSON.stringify({ query, variables: { id: createProject.project.id } });
    const userId = decodeGlobalId(signUp.user.id)!.id;

    const targets = {
      router: { url: routerUrl, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
      subgraph: {
        url: `http://127.0.0.1:${ports.projects}/graphql`,
        // Signed once: the run stays well inside the 60 s freshness window.
        headers: { 'content-type': 'application/json', ...signRequest(signingSecret, body, userId) },
      },
    };
    // Both targets must answer the query with data, or the figures would measure error paths.
    for (const [name, target] of Object.entries(targets)) {
      const res = await request(target.url, { method: 'POST', headers: target.headers, body });
      const payload = (await res.body.json()) as { data?: { project?: { key?: string } }; errors?: unknown };
      if (payload.data?.project?.key !== 'BENCH') throw new Error(`${name} did not answer: ${JSON.stringify(payload)}`);
    }

    const results: Record<string, autocannon.Result> = {};
    const common = { method: 'POST' as const, body, connections, duration };
    for (const [name, target] of Object.entries(targets)) results[name] = await run({ ...common, ...target });
    // Fixed rate: the product target is CRUD through the router at 500 requests/s with p99 < 50 ms.
    const fixedRate = Number(process.env.BENCH_RATE ?? 500);
    const update = JSON.stringify({
      query: 'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { description updatedAt } } }',
      variables: { i: { id: createProject.project.id, description: 'Benchmarked.' } },
    });
    const check = await request(routerUrl, { method: 'POST', headers: targets.router.headers, body: update });
    const checked = (await check.body.json()) as { data?: { updateProject?: { project?: { description?: string } } } };
    if (checked.data?.updateProject?.project?.description !== 'Benchmarked.') {
      throw new Error(`the write did not succeed: ${JSON.stringify(checked)}`);
    }
    const atRate = { connections, duration, overallRate: fixedRate, method: 'POST' as const, ...targets.router };
    results[`router read @${fixedRate}/s`] = await run({ ...atRate, body });
    results[`router write @${fixedRate}/s`] = await run({ ...atRate, body: update });

    const rows = Object.entries(results).map(([name, r]) => ({
      target: name,
      'requests/s': Math.round(r.requests.average),
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
      errors: r.errors + r.non2xx,
    }));
    console.table(rows);
    const ratio = results.router!.requests.average / results.subgraph!.requests.average;
    console.log(`router / subgraph throughput: ${ratio.toFixed(2)} (${connections} connections, ${duration} s each)`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
