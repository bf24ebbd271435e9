import type { Client } from 'graphql-ws';
import {
  connectionRefusal,
  connectSubscriptions,
  createWorkItem,
  nextMatching,
  seedProjectTeam,
  subscribe,
  untilSubscribed,
  useTestStack,
  describeWithRedis,
} from '../testkit';
import { startRouterProcess } from '../testkit/router-process';
import type { ServiceProcess } from '../testkit/service-process';

const stack = useTestStack();

const connectionsPerUser = 3;

describeWithRedis('Two routers sharing Redis', () => {
  let routerA: ServiceProcess;
  let routerB: ServiceProcess;
  let client: Client | undefined;

  beforeAll(async () => {
    const env = { WS_MAX_CONNECTIONS_PER_USER: String(connectionsPerUser) };
    [routerA, routerB] = await Promise.all([startRouterProcess(stack, env), startRouterProcess(stack, env)]);
  }, 60_000);
  afterAll(async () => {
    await client?.dispose();
    await Promise.all([routerA?.stop(), routerB?.stop()]);
  });

  it('deliver to a subscriber on router B, within a second, a change made through router A', async () => {
    const team = await seedProjectTeam(stack);
    const viaA = { ...stack, routerUrl: routerA.url };
    client = await connectSubscriptions(routerB.url, team.viewer.token);
    const live = subscribe(
      client,
      `subscription ($projectId: ID!) {
        workItemChanged(projectId: $projectId) {
          kind
          workItemId
          actor { name }
          workItem { title assignee { name } project { key } }
        }
      }`,
      { projectId: team.project.id },
    );
    await untilSubscribed(live, () =>
      createWorkItem(viaA, team.admin.token, { projectId: team.project.id, title: 'probe' }),
    );

    const created = await createWorkItem(viaA, team.member.token, {
      projectId: team.project.id,
      title: 'Across routers',
      assigneeId: team.member.userId,
    });
    // Waits one second at most from the mutation's response.
    const event = await nextMatching(live, 'workItemChanged', (e) => e.workItemId === created.id, 1000);
    expect(event).toEqual({
      kind: 'CREATED',
      workItemId: created.id,
      actor: { name: 'Mo Member' },
      workItem: { title: 'Across routers', assignee: { name: 'Mo Member' }, project: { key: team.project.key } },
    });
  });

  it("count a user's connections on both routers against one limit, and free a slot when one closes", async () => {
    const team = await seedProjectTeam(stack);
    const token = team.viewer.token;
    const open = [
      await connectSubscriptions(routerA.url, token),
      await connectSubscriptions(routerA.url, token),
      await connectSubscriptions(routerB.url, token),
    ];
    expect(open).toHaveLength(connectionsPerUser);
    for (const router of [routerA, routerB]) {
      expect(await connectionRefusal(router.url, token)).toEqual({
        code: 4403,
        reason: `Forbidden: at most ${connectionsPerUser} connections per user`,
      });
    }
    await open.shift()!.dispose();
    // The slot is given back as the router sees the close; a new connection on the other router gets it.
    const deadline = Date.now() + 5000;
    for (;;) {
      try {
        open.push(await connectSubscriptions(routerB.url, token));
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await Promise.all(open.map((client) => client.dispose()));
  });
});
