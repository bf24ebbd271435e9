/**
 * Times each flow metric of a project at the volume (`npm run bench:analytics`), at the
 * analytics subgraph: run `npm run seed:analytics` first (the same DATABASE_URL, or none for the
 * scratch database `workgraph_analytics_bench`).
 *
 * The analytics subgraph is built in process as the subgraph tier of the tests builds it
 * (`createSubgraph`), and the projects subgraph it asks for the viewer's role (and users, which projects asks) run as
 * real servers on free ports, on the same database (the seed made the viewer a member of the project). Each
 * case is one `_entities` request for `Project.flowMetrics(window: the last 90 days)` selecting one
 * field, as the router sends it; `BENCH_WARMUP` (default 5) runs, then `BENCH_REPEATS` (default 30)
 * sequential runs, p50 and p99 of the wall time from parse to the response body.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { execute, parse, validate } from 'graphql';
import { toGlobalId } from '../lib/ids';
import { createLogger } from '../lib/logger';
import { createSubgraph } from '../lib/server/create-subgraph';
import { startSubgraphServer } from '../lib/server/subgraph-server';
import type { RequestIdentity } from '../lib/viewer';
import { subgraphDeclaration } from '../subgraphs/declarations';
import { bench, benchDatabaseUrl, percentile } from '../scripts/analytics-bench-support';

const warmup = Number(process.env.BENCH_WARMUP ?? 5);
const repeats = Number(process.env.BENCH_REPEATS ?? 30);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const window = { from: day(-89), to: day(0) };
const projectId = toGlobalId('Project', bench.projectId);
const assignee = toGlobalId('User', bench.assigneeId);

const distribution = 'count mean standardDeviation min p50 p85 p95 max histogram { days count }';
const metricCases: [string, string][] = [
  ['wip', 'wip { date count }'],
  ['throughput (DAY)', 'throughput { start end count }'],
  ['throughput (WEEK)', 'throughput(interval: WEEK) { start end count }'],
  ['leadTime', `leadTime { ${distribution} }`],
  ['cycleTime', `cycleTime { ${distribution} }`],
  ['aging', 'aging { thresholdDays count agingCount items { totalCount edges { node { ageDays startedAt } } } }'],
  ['cumulativeFlow', 'cumulativeFlow { date states { category count } }'],
  ['createdVsResolved', 'createdVsResolved { date created resolved }'],
  ['controlChart', 'controlChart { totalCount edges { node { cycleTimeDays rollingAverageDays } } }'],
  ['groups(by: ASSIGNEE)', 'groups(by: ASSIGNEE) { key throughput wip cycleTime { count p50 p85 } }'],
];

const metricsDocument = (
  selection: string,
  filter = '',
) => `query ($representations: [_Any!]!, $window: FlowWindowInput) {
  _entities(representations: $representations) {
    ... on Project { flowMetrics(window: $window${filter}) { ${selection} } }
  }
}`;

const forecastDocument = `query ($input: ForecastCompletionInput!) {
  forecastCompletion(input: $input) { remaining { min max } runs p50 p85 p95 }
}`;

async function main(): Promise<void> {
  const databaseUrl = await benchDatabaseUrl();
  const signingSecret = randomBytes(32).toString('hex');
  const logger = createLogger('bench-analytics', 'silent');
  const env = { JWT_SECRET: randomBytes(32).toString('hex'), EMAIL_POLL_MS: 0, ANALYTICS_REPORT_POLL_MS: 0 };
  // The services the permission check asks, as real servers: projects (the viewer's project role),
  // which asks users (their organization role; the seed made them no organization member).
  const urls = new Map<string, string>();
  const peers = [];
  for (const name of ['users', 'projects'] as const) {
    const subgraph = createSubgraph(subgraphDeclaration(name), {
      databaseUrl,
      poolSize: 2,
      signingSecret,
      subgraphUrl: (other) => {
        const url = urls.get(other);
        if (!url) throw new Error(`${name} called ${other}, which the benchmark does not start`);
        return url;
      },
      logger,
      env,
    });
    const server = await startSubgraphServer(subgraph, { port: 0, host: '127.0.0.1', signingSecret, logger });
    urls.set(name, server.url);
    peers.push({ subgraph, server });
  }
  const analytics = createSubgraph(subgraphDeclaration('analytics'), {
    databaseUrl,
    poolSize: 5,
    signingSecret,
    subgraphUrl: (name) => {
      const url = urls.get(name);
      if (!url) throw new Error(`analytics called ${name}, which the benchmark does not start`);
      return url;
    },
    logger,
    env,
  });
  const viewer: RequestIdentity = { viewer: { userId: bench.viewerId }, service: null, clientAddress: '127.0.0.1' };

  async function run(source: string, variables: Record<string, unknown>): Promise<void> {
    const document = parse(source);
    const invalid = validate(analytics.schema, document);
    if (invalid.length) throw new Error(invalid.map((error) => error.message).join('\n'));
    const result = await execute({
      schema: analytics.schema,
      document,
      variableValues: variables,
      contextValue: analytics.createContext(viewer),
    });
    if (result.errors?.length) throw new Error(result.errors.map((error) => error.message).join('\n'));
    JSON.stringify(result);
  }

  const rows: string[] = [];
  async function time(label: string, source: string, variables: Record<string, unknown>): Promise<void> {
    for (let i = 0; i < warmup; i++) await run(source, variables);
    const ms: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      await run(source, variables);
      ms.push(performance.now() - start);
    }
    ms.sort((a, b) => a - b);
    const line = `| ${label} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 99).toFixed(1)} |`;
    rows.push(line);
    console.log(line);
  }

  try {
    console.log(
      `Project.flowMetrics(window: ${window.from}..${window.to}), ${warmup} warm-up + ${repeats} runs each\n`,
    );
    console.log('| Field | p50 ms | p99 ms |\n| --- | --- | --- |');
    const variables = { representations: [{ __typename: 'Project', id: projectId }], window };
    for (const [label, selection] of metricCases) await time(label, metricsDocument(selection), variables);
    const filter = `, filter: { assigneeIds: ["${assignee}"] }`;
    for (const [label, selection] of metricCases.filter(([name]) =>
      ['wip', 'cumulativeFlow', 'cycleTime'].includes(name),
    )) {
      await time(`${label}, one assignee`, metricsDocument(selection, filter), variables);
    }
    await time('forecastCompletion (200 items, 10,000 runs)', forecastDocument, {
      input: { population: { projectId }, itemCount: 200, runs: 10_000, seed: 1 },
    });
  } finally {
    await analytics.close();
    for (const { subgraph, server } of peers.reverse()) {
      await server.stop();
      await subgraph.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
