import { Webhook } from 'standardwebhooks';
import { createWorkItem, dataOf, graphql, untilNotificationsCaughtUp, type TestUser } from '../testkit';
import { deliveriesOf, hours, later, minutes, untilDeliveries, type Receiver, useWebhookStack } from './support';

const { stack, receiver: currentReceiver, endpointFor } = useWebhookStack();
let receiver: Receiver;
beforeEach(() => {
  receiver = currentReceiver();
});

const run = async (token: string, query: string, variables: Record<string, unknown>) =>
  dataOf(await graphql(stack.routerUrl, query, variables, { token }));

const endpointState = (token: string, id: string) =>
  run(token, `query ($id: ID!) { node(id: $id) { ... on WebhookEndpoint { enabled disabledReason failingSince } } }`, {
    id,
  }).then((data) => data.node);

async function notificationTypesOf(person: TestUser): Promise<{ type: string; summary: string }[]> {
  await untilNotificationsCaughtUp(stack);
  const data = await run(person.token, `{ notifications(first: 50) { edges { node { type summary } } } }`, {});
  return data.notifications.edges.map((edge: { node: { type: string; summary: string } }) => edge.node);
}

describe('webhook endpoints over time', () => {
  it('are disabled at once by 410 Gone, their pending deliveries held, and their admins told', async () => {
    const { team, endpoint } = await endpointFor();
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    await untilDeliveries(stack, endpoint.id, 1);
    receiver.answer({ status: 410 });
    await stack.webhooks.runDue();
    expect(await endpointState(team.admin.token, endpoint.id)).toMatchObject({
      enabled: false,
      disabledReason: 'GONE',
    });
    expect((await deliveriesOf(stack, endpoint.id)).map((row) => row.status)).toEqual(['HELD']);
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    expect((await untilDeliveries(stack, endpoint.id, 2)).map((row) => row.status)).toEqual(['HELD', 'HELD']);
    await stack.webhooks.runDue(later(new Date(), hours(1)));
    expect(receiver.requests).toHaveLength(1);
    const told = await notificationTypesOf(team.admin);
    expect(told.filter((n) => n.type === 'WEBHOOK_ENDPOINT_DISABLED')).toEqual([
      { type: 'WEBHOOK_ENDPOINT_DISABLED', summary: expect.stringContaining('410 Gone') },
    ]);
    expect((await notificationTypesOf(team.member)).map((n) => n.type)).not.toContain('WEBHOOK_ENDPOINT_DISABLED');
  });

  it('are disabled after failing for five days, their events kept, and sent again by a replay once enabled', async () => {
    const { team, endpoint } = await endpointFor();
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    await untilDeliveries(stack, endpoint.id, 1);
    receiver.answer(...Array.from({ length: 20 }, () => ({ status: 500 })));
    const start = new Date();
    await stack.webhooks.runDue(start);
    await stack.webhooks.runDue(later(start, hours(24)));
    expect(await endpointState(team.admin.token, endpoint.id)).toMatchObject({ enabled: true });
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    await untilDeliveries(stack, endpoint.id, 2);
    await stack.webhooks.runDue(later(start, hours(5 * 24) + minutes(1)));
    expect(await endpointState(team.admin.token, endpoint.id)).toMatchObject({
      enabled: false,
      disabledReason: 'FAILING',
      failingSince: start.toISOString(),
    });
    const told = await notificationTypesOf(team.admin);
    expect(told.map((n) => n.type)).toContain('WEBHOOK_ENDPOINT_DISABLED');
    expect(told.find((n) => n.type === 'WEBHOOK_ENDPOINT_DISABLED')!.summary).toMatch(/failed for days/);

    const sentBefore = receiver.requests.length;
    await run(
      team.admin.token,
      `mutation ($id: ID!) { updateWebhookEndpoint(input: { endpointId: $id, enabled: true }) { endpoint { enabled } } }`,
      { id: endpoint.id },
    );
    await stack.webhooks.runDue(later(start, hours(6 * 24)));
    expect(receiver.requests).toHaveLength(sentBefore);
    const { replayWebhooks } = await run(
      team.admin.token,
      `mutation ($id: ID!, $from: DateTime!, $to: DateTime!) {
        replayWebhooks(input: { endpointId: $id, from: $from, to: $to }) { replayedCount }
      }`,
      {
        id: endpoint.id,
        from: later(start, -minutes(10)).toISOString(),
        to: new Date(Date.now() + 1000).toISOString(),
      },
    );
    expect(replayWebhooks.replayedCount).toBe(2);
    receiver.reset();
    await stack.webhooks.runDue(later(start, hours(6 * 24)));
    const rows = await deliveriesOf(stack, endpoint.id);
    expect(receiver.requests.map((request) => request.headers['webhook-id']).sort()).toEqual(
      rows.map((row) => `msg_${row.id}`).sort(),
    );
    expect(rows.map((row) => row.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
  });

  it('redeliver a delivery as a new attempt of the same message, with the same webhook-id and body', async () => {
    const { team, endpoint } = await endpointFor();
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const [delivery] = await untilDeliveries(stack, endpoint.id, 1);
    await stack.webhooks.runDue();
    const deliveryId = Buffer.from(`WebhookDelivery:${delivery!.id}`).toString('base64url');
    const { redeliverWebhook } = await run(
      team.admin.token,
      `mutation ($id: ID!) {
        redeliverWebhook(input: { deliveryId: $id }) {
          delivery { status attemptCount attempts(first: 5) { edges { node { number trigger outcome } } } }
        }
      }`,
      { id: deliveryId },
    );
    expect(redeliverWebhook.delivery).toMatchObject({ status: 'SUCCEEDED', attemptCount: 2 });
    expect(redeliverWebhook.delivery.attempts.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { number: 1, trigger: 'SCHEDULED', outcome: 'SUCCEEDED' },
      { number: 2, trigger: 'REDELIVERY', outcome: 'SUCCEEDED' },
    ]);
    const [first, second] = receiver.requests;
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(second!.body).toBe(first!.body);
  });

  it('ping an endpoint now, and answer the attempt', async () => {
    const { team, endpoint } = await endpointFor();
    const { pingWebhookEndpoint } = await run(
      team.admin.token,
      `mutation ($id: ID!) {
        pingWebhookEndpoint(input: { endpointId: $id }) {
          delivery { eventType status attempts(first: 1) { edges { node { trigger responseStatus outcome } } } }
        }
      }`,
      { id: endpoint.id },
    );
    expect(pingWebhookEndpoint.delivery).toMatchObject({ eventType: 'ping', status: 'SUCCEEDED' });
    expect(pingWebhookEndpoint.delivery.attempts.edges[0].node).toEqual({
      trigger: 'PING',
      responseStatus: 204,
      outcome: 'SUCCEEDED',
    });
    const [request] = receiver.requests;
    expect(
      JSON.parse(new Webhook(endpoint.secret).verify(request!.body, request!.headers) ? request!.body : '{}'),
    ).toMatchObject({
      type: 'ping',
      data: { endpointId: endpoint.id },
    });
  });

  it('sign with both secrets during a rotation’s overlap, and only with the new one after it', async () => {
    const { team, endpoint } = await endpointFor();
    const { rotateWebhookSecret } = await run(
      team.admin.token,
      `mutation ($id: ID!) { rotateWebhookSecret(input: { endpointId: $id, overlapHours: 1 }) { secret endpoint { previousSecretExpiresAt } } }`,
      { id: endpoint.id },
    );
    const fresh = rotateWebhookSecret.secret as string;
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(endpoint.secret);
    await run(
      team.admin.token,
      `mutation ($id: ID!) { pingWebhookEndpoint(input: { endpointId: $id }) { delivery { id } } }`,
      {
        id: endpoint.id,
      },
    );
    const during = receiver.requests[0]!;
    expect(during.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(() => new Webhook(endpoint.secret).verify(during.body, during.headers)).not.toThrow();
    expect(() => new Webhook(fresh).verify(during.body, during.headers)).not.toThrow();

    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    await untilDeliveries(stack, endpoint.id, 2);
    await stack.webhooks.runDue(later(new Date(), hours(1) + minutes(1)));
    const after = receiver.requests[1]!;
    expect(after.headers['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(() => new Webhook(fresh).verify(after.body, after.headers)).not.toThrow();
    expect(() => new Webhook(endpoint.secret).verify(after.body, after.headers)).toThrow('No matching signature found');
  });
});
