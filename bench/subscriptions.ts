import type { ChildProcess } from 'node:child_process';
import WebSocket from 'ws';
import { deleteRedisKeys } from '../tests/testkit/redis-server';
import {
  benchDatabase,
  benchEnv,
  gql,
  joinByInvitation,
  ports,
  routerMemory,
  spawnRouter,
  subgraphProcesses,
  seedFixture,
  spawnTs,
  stopChild,
  urlOf,
  waitFor,
} from './support';

// 1000 live subscribers on one router (its own process, as deployed), subgraphs in their own
// processes, events over Redis. Work items change at a steady rate through the router's HTTP API;
// every subscriber stamps each event as it arrives.
const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const users = Number(process.env.BENCH_SUBSCRIBER_USERS ?? 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const routerUrl = urlOf(ports.router);

const eventFields = 'kind workItemId changedFields occurredAt';
const resolvedFields = 'kind workItemId workItem { title assignee { name } }';
// viewerRole is @callerDependent: every subscriber's answer is resolved for them alone.
const personalFields = 'kind workItemId workItem { title project { viewerRole } }';
const spreadProjects = Number(process.env.BENCH_PROJECTS ?? 50);

/**
 * `projects`: 1 puts every subscriber on one project (every change reaches all); more spreads them
 * evenly. Subscribers are VIEWERs and MEMBERs of the one project in turn, so each scenario there
 * mixes roles.
 */
const scenarios = [
  { name: 'one project, event fields only', projects: 1, rate: 5, selection: eventFields, fields: 'event' },
  {
    name: 'one project, with workItem { title assignee { name } }',
    projects: 1,
    rate: 5,
    selection: resolvedFields,
    fields: 'entity',
  },
  {
    name: `${spreadProjects} projects, with workItem { title assignee { name } }`,
    projects: spreadProjects,
    rate: 10,
    selection: resolvedFields,
    fields: 'entity',
  },
  {
    name: 'one project, with workItem { title project { viewerRole } } (resolved per subscriber)',
    projects: 1,
    rate: 0.5,
    selection: personalFields,
    fields: 'entity',
  },
  {
    // Every subscriber follows the whole organization and reads 2 of its projects: each change
    // reaches only the readers of its project, judged per event.
    name: `organizationActivity over ${spreadProjects} projects, with workItem { title assignee { name } }`,
    projects: spreadProjects,
    rate: 10,
    selection: resolvedFields,
    fields: 'entity',
    activity: true,
  },
] satisfies Scenario[];
// BENCH_SCENARIOS=2,3 runs only those of the list above (numbered from 1), e.g. to profile one.
const onlyScenarios = process.env.BENCH_SCENARIOS?.split(',').map(Number);
const twoRouterSubscribers = Number(process.env.BENCH_TWO_ROUTER_SUBSCRIBERS ?? 10_000);
const twoRouterProjects = Number(process.env.BENCH_TWO_ROUTER_PROJECTS ?? 100);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

interface Subscriber {
  socket: WebSocket;
  /** workItemId -> arrival time. */
  arrivals: Map<string, number>;
}

async function connect(token: string, url = routerUrl): Promise<Subscriber> {
  const socket = new WebSocket(url.replace('http', 'ws'), 'graphql-transport-ws');
  const arrivals = new Map<string, number>();
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
    );
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        type: string;
        payload?: { data?: Record<string, { workItemId?: string } | undefined> };
      };
      if (message.type === 'connection_ack') resolve();
      else if (message.type === 'next') {
        const data = message.payload?.data;
        const id = (data?.workItemChanged ?? data?.organizationActivity)?.workItemId;
        if (id && !arrivals.has(id)) arrivals.set(id, performance.now());
      } else if (message.type === 'error') reject(new Error(JSON.stringify(message.payload)));
    });
    socket.once('close', (code, reason) => reject(new Error(`closed ${code} ${String(reason)}`)));
  });
  return { socket, arrivals };
}

type Scenario = {
  name: string;
  projects: number;
  rate: number;
  selection: string;
  fields: 'event' | 'entity';
  /** Subscribers follow `organizationActivity` instead of their project's `workItemChanged`. */
  activity?: boolean;
};
/** Which subscribers take part and the project each one watches. */
interface Placement {
  clients: Subscriber[];
  projectOf: (index: number) => string;
  projects: string[];
  /** How many of them are connected to the router whose memory is measured (the first). */
  onFirstRouter: number;
}

/**
 * Subscribes every client, waits until each receives a probe change (so no change is measured
 * before every subscription is registered), then makes `rate` changes a second for `seconds` and
 * reports when each reached each subscriber. Returns the scenario's `fan-out:` line.
 */
async function runScenario(
  scenario: Scenario,
  id: string,
  { clients, projectOf, projects, onFirstRouter }: Placement,
  organizationId: string,
  token: string,
  assigneeId: string,
  routerProcess: ChildProcess,
  baseline: { heap: number; rss: number },
): Promise<string> {
  const query = scenario.activity
    ? `subscription ($organizationId: ID!) { organizationActivity(organizationId: $organizationId) { ... on WorkItemChangeEvent { ${scenario.selection} } } }`
    : `subscription ($projectId: ID!) { workItemChanged(projectId: $projectId) { ${scenario.selection} } }`;
  const change = async (projectId: string, title: string) => {
    const { createWorkItem } = await gql<{ createWorkItem: { workItem: { id: string } } }>(
      routerUrl,
      'mutation($i: CreateWorkItemInput!) { createWorkItem(input: $i) { workItem { id } } }',
      { i: { projectId, type: 'TASK', title, assigneeId } },
      token,
    );
    return createWorkItem.workItem.id;
  };
  clients.forEach((client, i) => {
    client.arrivals.clear();
    client.socket.send(
      JSON.stringify({
        type: 'subscribe',
        id,
        payload: { query, variables: scenario.activity ? { organizationId } : { projectId: projectOf(i) } },
      }),
    );
  });
  const warmUpDeadline = performance.now() + 120_000;
  for (;;) {
    const probes = new Map<string, string>();
    for (const projectId of projects) probes.set(projectId, await change(projectId, 'Probe'));
    const roundEnd = performance.now() + 5_000;
    while (performance.now() < roundEnd && !clients.every((c, i) => c.arrivals.has(probes.get(projectOf(i))!))) {
      await sleep(100);
    }
    if (clients.every((c, i) => c.arrivals.has(probes.get(projectOf(i))!))) break;
    if (performance.now() > warmUpDeadline) throw new Error(`${scenario.name}: not every subscriber receives changes`);
  }
  await sleep(1000);
  clients.forEach((client) => client.arrivals.clear());
  const subscribed = await routerMemory(routerProcess);
  const changes: { id: string; projectId: string; sentAt: number; answeredAt: number }[] = [];
  const total = Math.round(scenario.rate * seconds);
  const started = performance.now();
  for (let n = 0; n < total; n += 1) {
    const due = started + (n * 1000) / scenario.rate;
    await sleep(Math.max(0, due - performance.now()));
    const projectId = projects[n % projects.length]!;
    const sentAt = performance.now();
    const changed = await change(projectId, `Change ${n}`);
    changes.push({ id: changed, projectId, sentAt, answeredAt: performance.now() });
  }
  await sleep(5000);
  const fromResponse: number[] = [];
  const fromRequest: number[] = [];
  let missing = 0;
  // An activity follower receiving a change of a project it does not read would be a leak.
  let leaked = 0;
  for (const [i, client] of clients.entries()) {
    for (const made of changes) {
      if (made.projectId !== projectOf(i)) {
        if (client.arrivals.has(made.id)) leaked += 1;
        continue;
      }
      const arrived = client.arrivals.get(made.id);
      if (arrived === undefined) missing += 1;
      else {
        fromResponse.push(arrived - made.answeredAt);
        fromRequest.push(arrived - made.sentAt);
      }
    }
  }
  fromResponse.sort((a, b) => a - b);
  fromRequest.sort((a, b) => a - b);
  const perConnection = (key: 'heap' | 'rss') =>
    `${(((subscribed[key] - baseline[key]) * 1024) / onFirstRouter).toFixed(1)} KiB`;
  console.log(
    `\n${scenario.name}: ${total} changes at ${scenario.rate}/s to ${clients.length} subscribers; ` +
      `router heap ${subscribed.heap.toFixed(1)} MiB once subscribed (${perConnection('heap')} per subscribed connection)`,
  );
  const at = (sorted: number[], p: number) => (sorted.length ? percentile(sorted, p).toFixed(1) : '-');
  console.table({
    'from mutation response': { p50: at(fromResponse, 50), p99: at(fromResponse, 99) },
    'from mutation request': { p50: at(fromRequest, 50), p99: at(fromRequest, 99) },
  });
  console.log(
    `deliveries: ${fromResponse.length} received, ${missing} missing, ${leaked} to a subscriber of another project`,
  );
  for (const client of clients) client.socket.send(JSON.stringify({ type: 'complete', id }));
  await sleep(1000);
  const ms = (p: number) => (fromRequest.length ? percentile(fromRequest, p).toFixed(0) : '-');
  return (
    `fan-out: ${clients.length} subscribers, ${scenario.fields} fields, ${scenario.rate}/s: ` +
    `p50 ${ms(50)} ms, p99 ${ms(99)} ms, ${missing} missing`
  );
}

async function main() {
  const database = await benchDatabase();
  const keyPrefix = `wg-bench:${Date.now()}:`;
  const env = {
    ...benchEnv(database.url),
    NODE_ENV: 'production',
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: keyPrefix,
    WS_MAX_CONNECTIONS_PER_USER: String(subscribers),
    SIGN_UP_RATE_LIMIT_PER_MINUTE: String(users + 10),
    // Every subscriber joins the one organization by invitation.
    INVITATIONS_PER_ORGANIZATION_PER_DAY: String(subscribers + 10),
  };
  const children: ChildProcess[] = [];
  let router: ChildProcess | undefined;
  try {
    for (const [script, args, port] of [...subgraphProcesses(), ['router/main.ts', [], ports.router] as const]) {
      const child = script === 'router/main.ts' ? spawnRouter(env) : spawnTs(script, env, [...args]);
      children.push(child);
      if (script === 'router/main.ts') router = child;
      await waitFor(`http://127.0.0.1:${port}/readyz`);
    }
    const fixture = await seedFixture(routerUrl);
    const groupProjects: string[] = [];
    for (let g = 0; g < spreadProjects; g += 1) {
      const { createProject } = await gql<{ createProject: { project: { id: string } } }>(
        routerUrl,
        'mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }',
        { i: { organizationId: fixture.organizationId, key: `G${g}`, name: `Group ${g}` } },
        fixture.token,
      );
      groupProjects.push(createProject.project.id);
    }
    const subscriberTokens: string[] = [];
    const userIds: string[] = [];
    const seedUser = async (i: number) => {
      const email = `subscriber-${i}@example.com`;
      const { signUp } = await gql<{ signUp: { accessToken: string; user: { id: string } } }>(
        routerUrl,
        'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { id } } }',
        { i: { email, password: 'bench password 123', name: `Subscriber ${i}` } },
      );
      await joinByInvitation(routerUrl, fixture.token, fixture.organizationId, { email, token: signUp.accessToken });
      for (const [projectId, role] of [
        [fixture.projectId, i % 2 ? 'MEMBER' : 'VIEWER'],
        [groupProjects[i % spreadProjects]!, 'VIEWER'],
      ] as const) {
        await gql(
          routerUrl,
          'mutation($i: AddProjectMemberInput!) { addProjectMember(input: $i) { role } }',
          { i: { projectId, userId: signUp.user.id, role } },
          fixture.token,
        );
      }
      subscriberTokens[i] = signUp.accessToken;
      userIds[i] = signUp.user.id;
    };
    for (let i = 0; i < users; i += 10) {
      await Promise.all(Array.from({ length: Math.min(10, users - i) }, (_, k) => seedUser(i + k)));
    }
    const routerProcess = router!;
    await sleep(2000);
    const baseline = await routerMemory(routerProcess);

    const clients: Subscriber[] = [];
    for (let i = 0; i < subscribers; i += 1) clients.push(await connect(subscriberTokens[i % users]!));
    await sleep(3000);
    const connected = await routerMemory(routerProcess);
    const perConnection = (after: { heap: number; rss: number }, key: 'heap' | 'rss') =>
      `${(((after[key] - baseline[key]) * 1024) / subscribers).toFixed(1)} KiB`;
    console.log(
      `router after GC: heap ${baseline.heap.toFixed(1)} MiB, RSS ${baseline.rss.toFixed(1)} MiB before; ` +
        `heap ${connected.heap.toFixed(1)} MiB, RSS ${connected.rss.toFixed(1)} MiB with ${subscribers} idle connections ` +
        `(${perConnection(connected, 'heap')} heap, ${perConnection(connected, 'rss')} RSS per connection)`,
    );

    const summary: string[] = [];
    const run = (scenario: Scenario, index: number, group: Placement) =>
      runScenario(
        scenario,
        `s${index}`,
        group,
        fixture.organizationId,
        fixture.token,
        fixture.userId,
        routerProcess,
        baseline,
      ).then((line) => summary.push(line));
    for (const [index, scenario] of scenarios.entries()) {
      if (onlyScenarios && !onlyScenarios.includes(index + 1)) continue;
      // Subscriber i is a member of the main project and of group project i % spreadProjects.
      const projectOf = (i: number) =>
        scenario.projects === 1 ? fixture.projectId : groupProjects[(i % users) % spreadProjects]!;
      const projects = scenario.projects === 1 ? [fixture.projectId] : groupProjects;
      await run(scenario, index, { clients, projectOf, projects, onFirstRouter: clients.length });
    }

    for (const client of clients) client.socket.terminate();
    if (twoRouterSubscribers) {
      // Two routers sharing Redis, each subscriber a connection of one of the users to either.
      const routerB = spawnRouter({ ...env, ROUTER_PORT: String(ports.soloRouter) });
      children.push(routerB);
      await waitFor(`http://127.0.0.1:${ports.soloRouter}/readyz`);
      const boards: string[] = [];
      for (let b = 0; b < twoRouterProjects; b += 1) {
        const { createProject } = await gql<{ createProject: { project: { id: string } } }>(
          routerUrl,
          'mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }',
          { i: { organizationId: fixture.organizationId, key: `B${b}`, name: `Board ${b}` } },
          fixture.token,
        );
        boards.push(createProject.project.id);
      }
      for (let i = 0; i < users; i += 10) {
        await Promise.all(
          Array.from({ length: Math.min(10, users - i) }, (_, k) =>
            gql(
              routerUrl,
              'mutation($i: AddProjectMemberInput!) { addProjectMember(input: $i) { role } }',
              { i: { projectId: boards[(i + k) % twoRouterProjects]!, userId: userIds[i + k]!, role: 'VIEWER' } },
              fixture.token,
            ),
          ),
        );
      }
      const spread: Subscriber[] = [];
      for (let k = 0; k < twoRouterSubscribers; k += 1) {
        spread.push(await connect(subscriberTokens[k % users]!, k % 2 ? urlOf(ports.soloRouter) : routerUrl));
      }
      const projectOf = (k: number) => boards[(k % users) % twoRouterProjects]!;
      for (const [index, fields] of (['event', 'entity'] as const).entries()) {
        const scenario: Scenario = {
          name: `${twoRouterSubscribers} subscribers over ${twoRouterProjects} projects on two routers, ${fields} fields`,
          projects: twoRouterProjects,
          rate: 20,
          selection: fields === 'event' ? eventFields : resolvedFields,
          fields,
        };
        await run(scenario, 100 + index, {
          clients: spread,
          projectOf,
          projects: boards,
          onFirstRouter: Math.ceil(spread.length / 2),
        });
      }
      for (const client of spread) client.socket.terminate();
    }
    // One line per scenario; latency from the mutation's request to the subscriber's arrival.
    console.log(`\n${summary.join('\n')}`);
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    await database.drop();
    await deleteRedisKeys(redisUrl, keyPrefix);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
