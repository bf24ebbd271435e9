import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createPrismaClient } from '../../lib/db/prisma';
import { createEventBus, type EventBus } from '../../lib/events';
import { createLogger } from '../../lib/logger';
import { createServiceClient } from '../../lib/server/service-client';
import { PrismaClient } from '../../subgraphs/notifications/generated/prisma/client';
import { startNotificationsProjection } from '../../subgraphs/notifications/projection/consumer';
import {
  addOrganizationMember,
  addProjectMember,
  changeOrganizationMemberRole,
  dataOf,
  graphql,
  itWithRedis,
  querySql,
  rawId,
  seedProjectTeam,
  signUpUser,
  untilNotificationsCaughtUp,
  type TestUser,
} from '../testkit';
import { createEndpoint, until, useWebhookStack } from './support';

// Who hears that a webhook endpoint was disabled is asked of the users service when the notice is
// made: the organization's OWNERs and ADMINs at that moment, and whoever registered the endpoint.
// Nothing depends on the integrations service having read the membership events.

const { stack, receiver } = useWebhookStack();

const run = async (token: string, query: string, variables: Record<string, unknown>) =>
  dataOf(await graphql(stack.routerUrl, query, variables, { token }));

/** Pings the endpoint, which answers 410 Gone: the endpoint is disabled at once. */
async function disableByPing(token: string, endpointId: string): Promise<void> {
  receiver().answer({ status: 410 });
  await run(token, `mutation ($id: ID!) { pingWebhookEndpoint(input: { endpointId: $id }) { delivery { id } } }`, {
    id: endpointId,
  });
}

/** Who has been told that the endpoint was disabled (raw user ids, sorted), from the notifications table. */
async function toldOf(endpointId: string): Promise<string[]> {
  const rows = await querySql<{ recipient: string }>(
    stack,
    `SELECT n.recipient_id::text AS recipient FROM notifications.notification n
       JOIN integrations.outbox o ON o.id = n.event_id
      WHERE n.type = 'WEBHOOK_ENDPOINT_DISABLED' AND o.envelope->>'aggregateId' = $1
      ORDER BY 1`,
    [rawId(endpointId)],
  );
  return rows.map((row) => row.recipient);
}

const idsOf = (...people: TestUser[]) => people.map((person) => rawId(person.userId)).sort();

/**
 * A TCP relay in front of the users subgraph that can be taken down: while down, it resets every
 * connection (the users service is unreachable) and counts them.
 */
async function startUsersRelay(usersUrl: string) {
  const target = new URL(usersUrl);
  const open = new Set<net.Socket>();
  let down = false;
  let refused = 0;
  const server = net.createServer((socket) => {
    if (down) {
      refused++;
      socket.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const end of [socket, upstream]) {
      open.add(end);
      end.on('close', () => open.delete(end));
      end.on('error', () => undefined);
    }
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    refused: () => refused,
    takeDown() {
      down = true;
      for (const socket of open) socket.destroy();
    },
    bringBack() {
      down = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the notice of a disabled webhook endpoint', () => {
  it('reaches an admin whose membership events never reached integrations, and the registrant, but not a demoted admin', async () => {
    // The webhook consumer (which once copied admins from membership events) does not run at all.
    await stack.subgraphs.integrations.workers.webhookEvents?.stop();
    const team = await seedProjectTeam(stack);
    const [admin, demoted, registrant] = await Promise.all(
      ['Al Admin', 'De Demoted', 'Pat Project-Admin'].map((name) => signUpUser(stack, { name })),
    );
    await addOrganizationMember(stack, team.admin.token, team.organizationId, admin!, 'ADMIN');
    await addOrganizationMember(stack, team.admin.token, team.organizationId, demoted!, 'ADMIN');
    await addOrganizationMember(stack, team.admin.token, team.organizationId, registrant!, 'MEMBER');
    await addProjectMember(stack, team.admin.token, team.project.id, registrant!.userId, 'ADMIN');
    const endpoint = await createEndpoint(stack, registrant!.token, {
      organizationId: team.organizationId,
      projectId: team.project.id,
      url: receiver().url,
      eventTypes: ['work_item.created'],
      payloadMode: 'THIN',
    });
    await changeOrganizationMemberRole(stack, team.admin.token, team.organizationId, demoted!.userId, 'MEMBER');

    await disableByPing(registrant!.token, endpoint.id);
    await untilNotificationsCaughtUp(stack);

    expect(await toldOf(endpoint.id)).toEqual(idsOf(team.admin, admin!, registrant!));
    const { notifications } = await run(
      admin!.token,
      `{ notifications(first: 10) { edges { node { type summary } } } }`,
      {},
    );
    expect(notifications.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({
      type: 'WEBHOOK_ENDPOINT_DISABLED',
      summary: expect.stringContaining('410 Gone'),
    });
  });

  itWithRedis(
    'arrives once the users service answers again when it was unreachable, for the admins of that moment, and is never dead-lettered',
    async () => {
      const team = await seedProjectTeam(stack);
      const [admin, promoted] = await Promise.all(['Al Admin', 'Pro Moted'].map((name) => signUpUser(stack, { name })));
      await addOrganizationMember(stack, team.admin.token, team.organizationId, admin!, 'ADMIN');
      await addOrganizationMember(stack, team.admin.token, team.organizationId, promoted!, 'MEMBER');
      const endpoint = await createEndpoint(stack, team.admin.token, {
        organizationId: team.organizationId,
        url: receiver().url,
        eventTypes: ['work_item.created'],
        payloadMode: 'THIN',
      });
      // Everything so far notified; then the stack's projection makes way for one that reaches
      // users through the relay.
      await untilNotificationsCaughtUp(stack);
      await stack.subgraphs.notifications.workers.projection?.stop();
      const relay = await startUsersRelay(stack.subgraphUrls.users);
      const logger = createLogger('test', 'silent');
      const prisma = createPrismaClient(PrismaClient, {
        url: stack.databaseUrl,
        domain: 'notifications',
        poolSize: 2,
      });
      const bus: EventBus = createEventBus({ redisUrl: stack.redisUrl, keyPrefix: stack.redisKeyPrefix, logger });
      const client = (url: string) =>
        createServiceClient({ url, signingSecret: stack.signingSecret, caller: 'notifications' });
      const usersClient = client(relay.url);
      const projectsClient = client(stack.subgraphUrls.projects);
      const projection = startNotificationsProjection({
        prisma,
        bus,
        usersClient,
        projectsClient,
        logger,
        consumer: 'through-the-relay',
      });
      try {
        await projection.started;
        relay.takeDown();
        await disableByPing(team.admin.token, endpoint.id);
        // Past the five attempts after which an ordinary failure is dead-lettered (at about 6 s).
        await until(async () => relay.refused() >= 6, 'the projection asked users six times', 20_000);
        expect(await toldOf(endpoint.id)).toEqual([]);
        expect(await bus.deadLetters.list('notifications')).toEqual([]);

        // Who administers the organization when the notice is made is who hears of it.
        await changeOrganizationMemberRole(stack, team.admin.token, team.organizationId, promoted!.userId, 'ADMIN');
        relay.bringBack();
        await untilNotificationsCaughtUp(stack, 40_000);
        expect(await toldOf(endpoint.id)).toEqual(idsOf(team.admin, admin!, promoted!));
        expect(await bus.deadLetters.list('notifications')).toEqual([]);
      } finally {
        await projection.stop();
        await Promise.all([usersClient.close(), projectsClient.close(), relay.close(), prisma.$disconnect()]);
        await bus.close();
      }
    },
    90_000,
  );
});
