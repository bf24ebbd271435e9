import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { Pool } from 'undici';
import { toGlobalId } from '../../lib/ids';
import { subgraphEntry, subgraphRegistry, type SubgraphName } from '../../subgraphs/registry';
import { perRequest, startCpuMeter, type CpuTarget } from '../process-cpu';
import {
  benchDatabase,
  benchEnv,
  benchRedis,
  duration,
  spawnTs,
  stopChild,
  subgraphProcesses,
  urlOf,
  waitFor,
} from '../support';
import { operations, virtualUsers, type World } from './mix';
import { runStep, summarize, type StepResult } from './load';
import { printCpu, printStep } from './report';
import { logInAll, seedSprints, seedThroughRouter, type LoadFixture } from './seed-api';
import { seedBulk } from './seed-sql';
import { verifySeed } from './verify';

const itemsPerProject = Number(process.env.BENCH_LOAD_ITEMS_PER_PROJECT ?? 10_000);
const rates = (process.env.BENCH_LOAD_RATES ?? '50,100,200,300,500,700,1000').split(',').map(Number);
const opRate = Number(process.env.BENCH_LOAD_OP_RATE ?? 20);
const opSeconds = Number(process.env.BENCH_LOAD_OP_SECONDS ?? 5);
const connections = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 64);
const targetRate = 500;
const sprintSize = 30;
// Ports of its own (BENCH_LOAD_PORT_BASE): other benchmarks on the machine use support.ts's.
const portBase = Number(process.env.BENCH_LOAD_PORT_BASE ?? 4500);
const routerPort = portBase;
const portOf = (name: string) => portBase + subgraphEntry(name as SubgraphName).defaultPort - 4000;
const isCrud = (name: string) => operations.some((op) => op.name === name && op.crud);

/** The database to seed: BENCH_LOAD_DATABASE_URL is created if missing and kept; otherwise a fresh one is dropped. */
async function openDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const kept = process.env.BENCH_LOAD_DATABASE_URL;
  if (!kept) return benchDatabase();
  const name = new URL(kept).pathname.slice(1);
  const admin = new Client({
    connectionString: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  await admin.end();
  return { url: kept, drop: async () => {} };
}

/** The fixture of an earlier run; `complete` once its items and sprints are in too. */
async function savedFixture(db: Client): Promise<{ fixture: LoadFixture; complete: boolean } | null> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS public.bench_load_fixture (items int PRIMARY KEY, fixture jsonb NOT NULL, complete boolean NOT NULL)',
  );
  const { rows } = await db.query('SELECT fixture, complete FROM public.bench_load_fixture WHERE items = $1', [
    itemsPerProject,
  ]);
  return (rows[0] as { fixture: LoadFixture; complete: boolean } | undefined) ?? null;
}

/** Each item's query one after the other: a pg client queues concurrent queries anyway, and warns of them. */
async function inTurn<T, R>(items: readonly T[], query: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const [index, item] of items.entries()) results.push(await query(item, index));
  return results;
}

const since = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Seeds what is missing: users and projects through the router (kept even if the rest fails), then items and sprints. */
async function seed(db: Client, routerUrl: string): Promise<{ fixture: LoadFixture; tokens: string[] }> {
  let started = Date.now();
  const saved = await savedFixture(db);
  if (saved?.complete) return { fixture: saved.fixture, tokens: await logInAll(routerUrl, saved.fixture) };
  const seeded = saved
    ? { fixture: saved.fixture, tokens: await logInAll(routerUrl, saved.fixture) }
    : await seedThroughRouter(routerUrl);
  if (!saved) {
    await db.query('INSERT INTO public.bench_load_fixture (items, fixture, complete) VALUES ($1, $2, false)', [
      itemsPerProject,
      seeded.fixture,
    ]);
  }
  console.log(`users, organization, projects and memberships through the router: ${since(started)}`);
  started = Date.now();
  await seedBulk(db, seeded.fixture, itemsPerProject);
  console.log(`${seeded.fixture.projects.length} × ${itemsPerProject} items by SQL: ${since(started)}`);
  started = Date.now();
  const sprintItems = await inTurn(seeded.fixture.projects, async (project) => {
    const { rows } = await db.query<{ id: string }>(
      'SELECT id FROM work_items.work_item WHERE project_id = $1 AND number BETWEEN 2 AND $2 ORDER BY number',
      [project.raw, sprintSize + 1],
    );
    return rows.map((row) => toGlobalId('WorkItem', row.id));
  });
  await seedSprints(routerUrl, seeded.tokens[0]!, seeded.fixture, sprintItems);
  console.log(`sprints through the router: ${since(started)}`);
  await db.query('UPDATE public.bench_load_fixture SET fixture = $2, complete = true WHERE items = $1', [
    itemsPerProject,
    seeded.fixture,
  ]);
  return seeded;
}

/** Each user's own items: those assigned to it in its home project, with their current versions. */
async function ownItems(db: Client, fixture: LoadFixture, homes: number[]) {
  return inTurn(fixture.users, async (user, u) => {
    const project = fixture.projects[homes[u]!]!;
    const { rows } = await db.query<{ id: string; version: number; state_id: string }>(
      `SELECT id, version, state_id FROM work_items.work_item
       WHERE project_id = $1 AND assignee_id = $2 AND archived_at IS NULL ORDER BY number LIMIT 40`,
      [project.raw, user.raw],
    );
    return rows.map((row) => ({
      id: row.id,
      version: row.version,
      state: project.states.findIndex((s) => s.raw === row.state_id),
    }));
  });
}

async function cpuTargets(db: Client, services: [string, ChildProcess][]): Promise<CpuTarget[]> {
  // Only this database's backends: the machine's PostgreSQL also serves other benchmarks and tests.
  const { rows } = await db.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  );
  return [
    ...services.map(([name, child]) => ({ name, pid: child.pid! })),
    ...rows.map((row) => ({ name: `pg ${row.pid}`, pid: row.pid })),
  ];
}

/** waitFor's 30 s, up to five times: on a loaded machine a service's migrations and start take longer. */
async function waitLong(url: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await waitFor(url);
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
}

/** Folds PostgreSQL backends into one `postgres` column. */
const foldPostgres = (cpu: Record<string, number>) => {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(cpu)) {
    const key = name.startsWith('pg ') ? 'postgres' : name;
    out[key] = (out[key] ?? 0) + value;
  }
  return out;
};

async function measured(
  db: Client,
  services: [string, ChildProcess][],
  run: () => Promise<StepResult>,
): Promise<{ step: StepResult; elapsed: number; cpu: Record<string, number> }> {
  const meter = startCpuMeter(await cpuTargets(db, services));
  const started = performance.now();
  const step = await run();
  const elapsed = (performance.now() - started) / 1000;
  return { step, elapsed, cpu: perRequest(foldPostgres(meter.stop()), step.completed) };
}

async function main() {
  const database = await openDatabase();
  const redis = benchRedis('bench-load');
  const env = {
    ...benchEnv(database.url),
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: redis.keyPrefix,
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    SIGN_UP_RATE_LIMIT_PER_MINUTE: '100000000',
    // Every user joins the one organization by invitation.
    INVITATIONS_PER_ORGANIZATION_PER_DAY: '1000',
    ROUTER_PORT: String(routerPort),
    ...Object.fromEntries(
      subgraphRegistry.flatMap((entry) => [
        [entry.portEnv, String(portOf(entry.name))],
        [entry.urlEnv, urlOf(portOf(entry.name))],
      ]),
    ),
  };
  const services: [string, ChildProcess][] = [];
  const db = new Client({ connectionString: database.url });
  const pool = new Pool(`http://127.0.0.1:${routerPort}`, { connections });
  try {
    for (const [script, args] of [...subgraphProcesses(), ['router/main.ts', []] as const]) {
      const name = args[0] ?? 'router';
      services.push([name, spawnTs(script, env, [...args])]);
      await waitLong(`http://127.0.0.1:${name === 'router' ? routerPort : portOf(name)}/readyz`);
    }
    await db.connect();
    const routerUrl = urlOf(routerPort);
    const started = Date.now();
    const { fixture, tokens } = await seed(db, routerUrl);
    console.log(`seeded (or reused and logged in) in ${since(started)}`);
    await verifySeed(routerUrl, fixture, tokens, itemsPerProject);

    const homes = fixture.users.map((_, u) => u % fixture.projects.length);
    const users = virtualUsers(fixture, tokens, await ownItems(db, fixture, homes));
    const sample = await inTurn(fixture.projects, async (project) => {
      const { rows } = await db.query<{ id: string }>(
        'SELECT id FROM work_items.work_item WHERE project_id = $1 ORDER BY random() LIMIT 1000',
        [project.raw],
      );
      return rows.map((row) => toGlobalId('WorkItem', row.id));
    });
    const world: World = { fixture, sample };
    const path = '/graphql';
    await runStep(pool, path, users, world, 20, 3); // warm-up: connections, plans, caches

    const cpuRows: [string, Record<string, number>][] = [];
    let sustained = 0;
    let atTarget: StepResult | null = null;
    for (const rate of rates) {
      const { step, elapsed, cpu } = await measured(db, services, () =>
        runStep(pool, path, users, world, rate, duration),
      );
      printStep(step, elapsed);
      cpuRows.push([`mix @${rate}/s`, cpu]);
      if (rate === targetRate) atTarget = step;
      const all = summarize(step);
      if (all.p99 > 100 || all.errors > 0) break;
      sustained = rate;
    }
    if (!atTarget) {
      console.log(`\n(the ${targetRate} req/s step for the targets, run on its own)`);
      const { step, elapsed, cpu } = await measured(db, services, () =>
        runStep(pool, path, users, world, targetRate, duration),
      );
      printStep(step, elapsed);
      cpuRows.push([`mix @${targetRate}/s`, cpu]);
      atTarget = step;
    }
    printCpu('CPU-ms per request of the mix, per process', cpuRows);

    const opRows: [string, Record<string, number>][] = [];
    const opLatency: Record<string, string> = {};
    for (const op of operations) {
      const { step, cpu } = await measured(db, services, () =>
        runStep(pool, path, users, world, opRate, opSeconds, [op]),
      );
      const alone = summarize(step);
      opRows.push([op.name, cpu]);
      opLatency[op.name] = `p50 ${alone.p50.toFixed(1)} ms, p99 ${alone.p99.toFixed(1)} ms, ${alone.errors} errors`;
    }
    printCpu(`CPU-ms per operation, each alone at ${opRate} req/s for ${opSeconds} s`, opRows);
    console.table(Object.entries(opLatency).map(([op, latency]) => ({ op, alone: latency })));

    const mix = summarize(atTarget);
    const crud = summarize(atTarget, isCrud);
    const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
    console.log(`\nmax sustained req/s with p99 < 100 ms (no errors): ${sustained || `none of ${rates.join(', ')}`}`);
    console.log(
      `at ${targetRate} req/s of the mix: p99 ${mix.p99.toFixed(1)} ms (target < 100 ms: ${verdict(mix.p99 < 100)}), ` +
        `CRUD p99 ${crud.p99.toFixed(1)} ms (target < 50 ms: ${verdict(crud.p99 < 50)}), ${mix.errors} errors`,
    );
    console.log(
      `${fixture.users.length} users, ${fixture.projects.length} projects × ${itemsPerProject} items; one process per service; ` +
        `${duration} s per step, ${connections} connections; think time per user ${fixture.users.length}/rate s`,
    );
  } finally {
    await pool.close();
    await db.end().catch(() => undefined);
    for (const [, child] of services.reverse()) await stopChild(child);
    await database.drop();
    await redis.clear();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
