import { Webhook } from 'standardwebhooks';
import type { AnyEventEnvelope } from '../../lib/events/envelope';
import { webhookMessageOf } from '../../subgraphs/integrations/catalogue';
import { createWorkItem, dataOf, graphql, rawId } from '../testkit';
import {
  deliveriesOf,
  envelopeOf,
  hours,
  later,
  minutes,
  schemaErrors,
  untilDeliveries,
  untilWebhooksCaughtUp,
  type Receiver,
  useWebhookStack,
} from './support';

const { stack, receiver: currentReceiver, endpointFor } = useWebhookStack();
let receiver: Receiver;
beforeEach(() => {
  receiver = currentReceiver();
});

const attemptsQuery = `query ($id: ID!) {
  node(id: $id) {
    ... on WebhookDelivery {
      messageId status attemptCount
      attempts(first: 20) { totalCount edges { node { number trigger responseStatus outcome error requestUrl requestHeaders { name value } } } }
    }
  }
}`;

describe('webhook deliveries', () => {
  it('deliver a subscribed event once, as the catalogue message, signed so that the standardwebhooks package verifies it', async () => {
    const { team, endpoint } = await endpointFor(['work_item.created'], 'FULL');
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const [delivery] = await untilDeliveries(stack, endpoint.id, 1);
    expect(await stack.webhooks.runDue()).toMatchObject({ sent: 1, succeeded: 1 });

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request!.method).toBe('POST');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['user-agent']).toMatch(/Workgraph/);
    expect(request!.headers['webhook-id']).toBe(`msg_${delivery!.id}`);
    expect(new Webhook(endpoint.secret).verify(request!.body, request!.headers)).toEqual(JSON.parse(request!.body));

    const envelope = (await envelopeOf(stack, 'work_items.outbox', delivery!.event_id!)) as AnyEventEnvelope;
    expect(envelope.aggregateId).toBe(rawId(item.id));
    expect(JSON.parse(request!.body)).toEqual(webhookMessageOf(envelope, 'FULL'));
    expect(schemaErrors(request!.body)).toEqual([]);

    const { node } = dataOf(
      await graphql(stack.routerUrl, attemptsQuery, { id: toDeliveryId(delivery!.id) }, { token: team.admin.token }),
    );
    expect(node).toMatchObject({ messageId: `msg_${delivery!.id}`, status: 'SUCCEEDED', attemptCount: 1 });
    const attempt = node.attempts.edges[0].node;
    expect(attempt).toMatchObject({ number: 1, trigger: 'SCHEDULED', responseStatus: 204, outcome: 'SUCCEEDED' });
    const signature = attempt.requestHeaders.find((header: { name: string }) => header.name === 'webhook-signature');
    expect(signature.value).toBe('v1,…');
  });

  it('send nothing for event types the endpoint did not subscribe to, nor for another organization', async () => {
    const { team, endpoint } = await endpointFor(['work_item.deleted']);
    const other = await endpointFor(['work_item.created']);
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    await untilWebhooksCaughtUp(stack);
    await stack.webhooks.runDue();
    expect(await deliveriesOf(stack, endpoint.id)).toEqual([]);
    expect(await deliveriesOf(stack, other.endpoint.id)).toEqual([]);
    expect(receiver.requests).toHaveLength(0);
  });

  it('retry 5xx on the schedule of a fake clock, waiting for a later Retry-After', async () => {
    const { team, endpoint } = await endpointFor();
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    await untilDeliveries(stack, endpoint.id, 1);
    receiver.answer({ status: 503, headers: { 'retry-after': '120' } }, { status: 500 });
    const start = new Date();
    await stack.webhooks.runDue(start);
    expect(receiver.requests).toHaveLength(1);
    await stack.webhooks.runDue(later(start, minutes(1)));
    expect(receiver.requests).toHaveLength(1);
    await stack.webhooks.runDue(later(start, 121_000));
    expect(receiver.requests).toHaveLength(2);
    // The second failure waits the schedule's third step: 5 minutes, give or take 10 %.
    await stack.webhooks.runDue(later(start, 121_000 + minutes(4)));
    expect(receiver.requests).toHaveLength(2);
    const [pending] = await untilDeliveries(stack, endpoint.id, 1);
    expect(pending!.status).toBe('PENDING');
    expect(pending!.next_attempt_at!.getTime() - later(start, 121_000).getTime()).toBeGreaterThanOrEqual(minutes(4.5));
    await stack.webhooks.runDue(later(start, 121_000 + minutes(6)));
    expect(receiver.requests).toHaveLength(3);
    const ids = new Set(receiver.requests.map((request) => request.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const [done] = await untilDeliveries(stack, endpoint.id, 1);
    expect(done).toMatchObject({ status: 'SUCCEEDED', attempt_count: 3 });
  });

  it('gives a delivery up after ten failed attempts, about three days after the first', async () => {
    const { team, endpoint } = await endpointFor();
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    await untilDeliveries(stack, endpoint.id, 1);
    receiver.answer(...Array.from({ length: 10 }, () => ({ status: 500 })));
    const first = new Date();
    let now = first;
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      await stack.webhooks.runDue(now);
      expect(receiver.requests).toHaveLength(attempt);
      const [row] = await untilDeliveries(stack, endpoint.id, 1);
      if (attempt < 10) now = new Date(row!.next_attempt_at!.getTime() + 1);
      else expect(row).toMatchObject({ status: 'FAILED', next_attempt_at: null, attempt_count: 10 });
    }
    expect(now.getTime() - first.getTime()).toBeGreaterThan(hours(68));
    expect(now.getTime() - first.getTime()).toBeLessThan(hours(84));
  });

  it('count a redirect as a failed attempt and never follow it', async () => {
    const { team, endpoint } = await endpointFor();
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    await untilDeliveries(stack, endpoint.id, 1);
    receiver.answer({ status: 302, headers: { location: '/elsewhere' } });
    expect(await stack.webhooks.runDue()).toMatchObject({ sent: 1, failed: 1 });
    expect(receiver.requests.map((request) => request.url)).toEqual(['/hooks']);
    const [row] = await untilDeliveries(stack, endpoint.id, 1);
    expect(row).toMatchObject({ status: 'PENDING', attempt_count: 1 });
  });

  it('keep one work item’s deliveries in order when the receiver fails the first and succeeds later', async () => {
    const { team, endpoint } = await endpointFor(['work_item.created', 'work_item.updated']);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($id: ID!, $version: Int!) {
            updateWorkItem(input: { id: $id, expectedVersion: $version, title: "Renamed" }) {
              workItem {
                id
              }
            }
          }
        `,
        { id: item.id, version: item.version },
        { token: team.member.token },
      ),
    );
    const [created, updated] = await untilDeliveries(stack, endpoint.id, 2);
    receiver.answer({ status: 500 });
    const start = new Date();
    await stack.webhooks.runDue(start);
    expect(receiver.requests.map((request) => request.headers['webhook-id'])).toEqual([`msg_${created!.id}`]);
    await stack.webhooks.runDue(later(start, minutes(1)));
    expect(receiver.requests.map((request) => request.headers['webhook-id'])).toEqual([
      `msg_${created!.id}`,
      `msg_${created!.id}`,
      `msg_${updated!.id}`,
    ]);
    expect(receiver.requests.map((request) => JSON.parse(request.body).type)).toEqual([
      'work_item.created',
      'work_item.created',
      'work_item.updated',
    ]);
  });
});

const toDeliveryId = (id: string) => Buffer.from(`WebhookDelivery:${id}`).toString('base64url');
