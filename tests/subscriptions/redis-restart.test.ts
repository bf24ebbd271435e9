import type { Client } from 'graphql-ws';
import { startPrivateRedis, type PrivateRedis } from '../events/support/redis-server';
import {
  connectSubscriptions,
  createWorkItem,
  nextMatching,
  seedProjectTeam,
  startTestStack,
  subscribe,
  untilSubscribed,
  type TestStack,
} from '../testkit';
import { describeWithRedisServer } from '../testkit/services';

let redis: PrivateRedis;
let stack: TestStack;
let client: Client | undefined;

beforeAll(async () => {
  redis = await startPrivateRedis();
  stack = await startTestStack({ redisUrl: redis.url });
}, 60_000);

afterAll(async () => {
  await client?.dispose();
  await stack?.stop();
  await redis?.remove();
});

describeWithRedisServer('Live subscriptions across a Redis restart', () => {
  it('deliver a change committed while Redis was down once it is back, and later changes as usual', async () => {
    const team = await seedProjectTeam(stack);
    client = await connectSubscriptions(stack.routerUrl, team.viewer.token);
    const live = subscribe(
      client,
      `subscription ($projectId: ID!) { workItemChanged(projectId: $projectId) { kind workItemId workItem { title } } }`,
      { projectId: team.project.id },
    );
    await untilSubscribed(live, () =>
      createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'probe' }),
    );

    await redis.shutdown();
    const whileDown = await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      title: 'Made while Redis was down',
    });
    await redis.restart();
    // The relay retries with backoff (at most 30 s between attempts).
    expect(await nextMatching(live, 'workItemChanged', (e) => e.workItemId === whileDown.id, 40_000)).toEqual({
      kind: 'CREATED',
      workItemId: whileDown.id,
      workItem: { title: 'Made while Redis was down' },
    });

    const after = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'After' });
    expect(await nextMatching(live, 'workItemChanged', (e) => e.workItemId === after.id)).toMatchObject({
      kind: 'CREATED',
      workItem: { title: 'After' },
    });
  }, 90_000);
});
