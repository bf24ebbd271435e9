import type { Client } from 'graphql-ws';
import { createEvent } from '../../lib/events/envelope';
import {
  connectSubscriptions,
  createWorkItem,
  dataOf,
  graphql,
  nextMatching,
  querySql,
  rawId,
  seedProjectTeam,
  subscribe,
  untilSubscribed,
  useTestStack,
  type LiveSubscription,
  type ProjectTeam,
  type TestUser,
} from '../testkit';
import { seedNotifications, type SeededNotification } from '../notifications/inbox-seed';
import { assignItem } from '../notifications/support';

const stack = useTestStack();

const received = `
  subscription {
    notificationReceived {
      id
      type
      summary
      readAt
      actor { name }
      project { key }
      workItem { key title viewerIsWatching }
    }
  }
`;

/**
 * A notification as the projection writes one: the row, and its `notification.created` event in
 * the notifications outbox in the same statement batch (the relay publishes it).
 */
async function notify(recipient: TestUser, notification: Partial<SeededNotification> = {}): Promise<string> {
  const [id] = await seedNotifications(stack, recipient, [{ createdAt: new Date(), ...notification }]);
  const event = createEvent({
    type: 'notification.created',
    actorId: notification.actorId ?? null,
    organizationId: '00000000-0000-4000-8000-000000000000',
    projectId: notification.projectId ?? null,
    aggregateId: rawId(id!),
    payload: {
      notificationId: rawId(id!),
      recipientId: rawId(recipient.userId),
      type: notification.type ?? 'ASSIGNED',
    },
  });
  await querySql(
    stack,
    `INSERT INTO notifications.outbox (id, stream, type, envelope, created_at) VALUES ($1, 'notifications', $2, $3, $4)`,
    [event.id, event.type, JSON.stringify(event), event.occurredAt],
  );
  return id!;
}

const probeSummary = 'Probe.';
/** That notification, skipping probes and any the projection made from the seeding's real events. */
const withId = (id: string) => (event: Record<string, unknown>) => event.id === id;

describe('Subscription.notificationReceived', () => {
  let team: ProjectTeam;
  const clients: Client[] = [];
  const listen = async (user: TestUser): Promise<LiveSubscription> => {
    const client = await connectSubscriptions(stack.routerUrl, user.token);
    clients.push(client);
    const live = subscribe(client, received);
    await untilSubscribed(live, () => notify(user, { summary: probeSummary }));
    return live;
  };

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
  });

  it('delivers a new notification to its recipient only, with fields of three subgraphs', async () => {
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Fix login' });
    const [mine, theirs] = await Promise.all([listen(team.member), listen(team.viewer)]);
    const summary = `Ada Admin assigned ${item.key} “Fix login” to you.`;
    const id = await notify(team.member, {
      summary,
      actorId: rawId(team.admin.userId),
      projectId: rawId(team.project.id),
      workItemId: rawId(item.id),
    });
    expect(await nextMatching(mine, 'notificationReceived', withId(id))).toEqual({
      id,
      type: 'ASSIGNED',
      summary,
      readAt: null,
      actor: { name: 'Ada Admin' },
      project: { key: team.project.key },
      workItem: { key: item.key, title: 'Fix login', viewerIsWatching: expect.any(Boolean) },
    });
    // The other connection gets its own next notification, and never the member's.
    const own = await notify(team.viewer, { summary: 'For the viewer.' });
    expect(await nextMatching(theirs, 'notificationReceived', withId(own))).toMatchObject({ id: own });
    expect(theirs.results.map((result) => (result.data?.notificationReceived as { id: string }).id)).not.toContain(id);
    mine.dispose();
    theirs.dispose();
  });

  it('delivers to every open connection of the recipient', async () => {
    const [one, two] = await Promise.all([listen(team.admin), listen(team.admin)]);
    const id = await notify(team.admin, { summary: 'Twice.' });
    expect(await nextMatching(one, 'notificationReceived', withId(id))).toMatchObject({ id, summary: 'Twice.' });
    expect(await nextMatching(two, 'notificationReceived', withId(id))).toMatchObject({ id, summary: 'Twice.' });
    one.dispose();
    two.dispose();
  });

  it('delivers the notification of a real assignment made through the router', async () => {
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Ship it' });
    const live = await listen(team.member);
    await assignItem(stack, team.admin.token, item.id, team.member);
    const summary = `Ada Admin assigned ${item.key} “Ship it” to you.`;
    expect(
      await nextMatching(live, 'notificationReceived', (event) => event.summary === summary, 10_000),
    ).toMatchObject({
      type: 'ASSIGNED',
      actor: { name: 'Ada Admin' },
      workItem: { title: 'Ship it', viewerIsWatching: true },
    });
    live.dispose();
  });

  it('stays open when its user loses access to a project, unlike the project subscriptions', async () => {
    const own = await seedProjectTeam(stack);
    const live = await listen(own.viewer);
    const client = await connectSubscriptions(stack.routerUrl, own.viewer.token);
    clients.push(client);
    const projectLive = subscribe(
      client,
      'subscription ($projectId: ID!) { workItemChanged(projectId: $projectId) { kind } }',
      {
        projectId: own.project.id,
      },
    );
    await untilSubscribed(projectLive, () =>
      createWorkItem(stack, own.admin.token, { projectId: own.project.id, title: 'probe' }),
    );
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: RemoveProjectMemberInput!) {
            removeProjectMember(input: $input) {
              removedUserId
            }
          }
        `,
        { input: { projectId: own.project.id, userId: own.viewer.userId } },
        { token: own.admin.token },
      ),
    );
    await expect(projectLive.ended).resolves.toBeUndefined();
    const id = await notify(own.viewer, { summary: 'Still here.' });
    expect(await nextMatching(live, 'notificationReceived', withId(id))).toMatchObject({ id, summary: 'Still here.' });
    live.dispose();
  });
});
