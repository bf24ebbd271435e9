import type { Client } from 'graphql-ws';
import {
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

describeWithRedis('Two routers sharing Redis', () => {
  let routerA: ServiceProcess;
  let routerB: ServiceProcess;
  let client: Client | undefined;

  beforeAll(async () => {
    [routerA, routerB] = await Promise.all([startRouterProcess(stack), startRouterProcess(stack)]);
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
});
