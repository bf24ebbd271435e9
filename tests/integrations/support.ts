import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { webhookEventSchema } from '../../subgraphs/integrations/catalogue';
import { dataOf, graphql, querySql, rawId, seedProjectTeam, useTestStack, type TestStack } from '../testkit';
import { untilConsumed } from '../testkit/consumers';

/** What the receiver was sent. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

type Answer = { status: number; headers?: Record<string, string>; body?: string };

/**
 * A real HTTP server on this machine that records each request and answers with the next scripted
 * answer (204 when none is left).
 */
export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  /** Answers the next requests with these, in order. */
  answer(...answers: Answer[]): void;
  /** Forgets the requests seen and the answers not given yet. */
  reset(): void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const script: Answer[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers,
        body: Buffer.concat(chunks).toString(),
      });
      const answer = script.shift() ?? { status: 204 };
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    requests,
    answer: (...answers) => script.push(...answers),
    reset: () => {
      requests.length = 0;
      script.length = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const createEndpointMutation = `mutation ($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint { id url eventTypes payloadMode enabled project { id } }
  }
}`;

/** Registers an endpoint as `token`; its id and secret, or throws with the errors. */
export async function createEndpoint(
  stack: Pick<TestStack, 'routerUrl'>,
  token: string,
  input: Record<string, unknown>,
): Promise<{ id: string; secret: string }> {
  const { createWebhookEndpoint } = dataOf(
    await graphql(stack.routerUrl, createEndpointMutation, { input }, { token }),
  );
  return { id: createWebhookEndpoint.endpoint.id, secret: createWebhookEndpoint.secret };
}

/** Polls until `check` holds: deliveries are made by a consumer after the commit. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface DeliveryRow {
  id: string;
  event_id: string | null;
  event_type: string;
  aggregate_id: string | null;
  status: string;
  next_attempt_at: Date | null;
  attempt_count: number;
  body: string;
}

/** The endpoint's deliveries, oldest first. */
export function deliveriesOf(stack: Pick<TestStack, 'databaseUrl'>, endpointId: string) {
  return querySql<DeliveryRow>(
    stack,
    `SELECT id::text, event_id::text, event_type, aggregate_id::text, status, next_attempt_at, attempt_count, body
     FROM integrations.webhook_delivery WHERE endpoint_id = $1 ORDER BY seq`,
    [rawId(endpointId)],
  );
}

/** Waits until the endpoint has `count` deliveries; answers them. */
export async function untilDeliveries(stack: Pick<TestStack, 'databaseUrl'>, endpointId: string, count: number) {
  let rows: DeliveryRow[] = [];
  await until(async () => (rows = await deliveriesOf(stack, endpointId)).length >= count, `${count} deliveries`);
  return rows;
}

/** The envelope an event was published with, from its outbox. */
export async function envelopeOf(stack: Pick<TestStack, 'databaseUrl'>, outbox: string, eventId: string) {
  const [row] = await querySql<{ envelope: never }>(stack, `SELECT envelope FROM ${outbox} WHERE id = $1`, [eventId]);
  if (!row) throw new Error(`No event ${eventId} in ${outbox}.`);
  return row.envelope;
}

const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
const validators = new Map<string, ReturnType<typeof ajv.compile>>();

/** The errors of a delivered body against its type's JSON Schema from the catalogue (none: valid). */
export function schemaErrors(body: string): unknown[] {
  const message = JSON.parse(body) as { type: string };
  let validate = validators.get(message.type);
  if (!validate) validators.set(message.type, (validate = ajv.compile(webhookEventSchema(message.type))));
  return validate(message) ? [] : (validate.errors ?? []);
}

/** An hour, a minute...: for runDue on a fake clock. */
export const minutes = (n: number) => n * 60_000;
export const hours = (n: number) => n * 3_600_000;
export const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

/** Waits until the webhook consumer has handled every event written so far to the streams it reads. */
export function untilWebhooksCaughtUp(stack: TestStack, timeoutMs = 10_000): Promise<void> {
  return untilConsumed(stack, {
    outboxes: ['work_items.outbox', 'projects.outbox', 'sprints.outbox', 'files.outbox', 'users.outbox'],
    processedEvents: 'integrations.processed_events',
    consumer: 'integrations-webhooks',
    what: 'The webhook consumer',
    timeoutMs,
  });
}

/**
 * A stack whose webhooks may reach this machine, and a fresh receiver per test; `endpointFor` seeds
 * a team and registers its organization's endpoint at the receiver.
 */
export function useWebhookStack() {
  const stack = useTestStack({ integrations: { env: { INTEGRATIONS_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } } });
  const current: { receiver?: Receiver } = {};
  beforeEach(async () => {
    current.receiver = await startReceiver();
  });
  afterEach(() => current.receiver?.close());
  const receiver = () => {
    if (!current.receiver) throw new Error('The receiver is used outside a test.');
    return current.receiver;
  };
  async function endpointFor(eventTypes = ['work_item.created'], payloadMode = 'FULL') {
    const team = await seedProjectTeam(stack);
    const endpoint = await createEndpoint(stack, team.admin.token, {
      organizationId: team.organizationId,
      url: receiver().url,
      eventTypes,
      payloadMode,
    });
    return { team, endpoint };
  }
  return { stack, receiver, endpointFor };
}
