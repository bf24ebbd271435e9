import type { Client } from 'graphql-ws';
import {
  connectSubscriptions,
  createWorkItem,
  seedProjectTeam,
  subscribe,
  untilSubscribed,
  useTestStack,
  type LiveSubscription,
} from '../testkit';
import { startRouterProcess } from '../testkit/router-process';
import type { ServiceProcess } from '../testkit/service-process';
import { describeWithRedis } from '../testkit/services';

const stack = useTestStack();
const connections = 300;
const kib = 1024;
const liveBytes = (usage: NodeJS.MemoryUsage) => usage.heapUsed + usage.external;
const boardChanges = `
  subscription ($projectId: ID!) {
    workItemChanged(projectId: $projectId) { kind workItemId workItem { title assignee { name } } }
  }
`;

describeWithRedis('The router’s memory per WebSocket connection, after a full collection', () => {
  let router: ServiceProcess | undefined;
  const clients: Client[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await router?.stop();
  });

  it('stays within 16 KiB per idle connection and 32 KiB per connection subscribed to a board', async () => {
    const team = await seedProjectTeam(stack);
    const projectId = team.project.id;
    router = await startRouterProcess(
      stack,
      { WS_MAX_CONNECTIONS_PER_USER: String(connections + 1), RATE_LIMIT_PER_MINUTE: '100000' },
      { probeMemory: true },
    );
    const connect = async () => {
      const client = await connectSubscriptions(router!.url, team.viewer.token);
      clients.push(client);
      return client;
    };
    // One connection first does everything once (documents prepared, caches filled), so what is
    // measured is what each further connection adds.
    const warm = subscribe(await connect(), boardChanges, { projectId });
    await untilSubscribed(warm, () => createWorkItem(stack, team.admin.token, { projectId, title: 'Warm-up' }));
    const before = liveBytes(await router.memory());

    const idle: Client[] = [];
    for (let i = 0; i < connections; i += 50) {
      idle.push(...(await Promise.all(Array.from({ length: 50 }, connect))));
    }
    const connected = liveBytes(await router.memory());

    const lives: LiveSubscription[] = idle.map((client) => subscribe(client, boardChanges, { projectId }));
    // Registered and confirmed once every one of them has received a change.
    const deadline = Date.now() + 30_000;
    while (lives.some((live) => !live.results.length)) {
      if (Date.now() > deadline) throw new Error('Not every subscription received a change within 30 s.');
      await createWorkItem(stack, team.admin.token, { projectId, title: 'Probe' });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const subscribed = liveBytes(await router.memory());

    const perIdle = (connected - before) / connections / kib;
    const perSubscribed = (subscribed - before) / connections / kib;
    expect(perIdle).toBeLessThanOrEqual(16);
    expect(perSubscribed).toBeLessThanOrEqual(32);
  }, 120_000);
});
