import { z } from 'zod';
import { locateWith } from '../graphql-problem';
import { pageArguments, pageDeclarations, pageInfoFields } from '../pagination';
import { defineRoute, type RouteGroup } from '../route';
import { dateTime, globalId, personReference, reference, visibleNode } from './shared';

const endpointFields = `id organization { id } project { id } url description eventTypes payloadMode enabled
  disabledReason disabledAt failingSince previousSecretExpiresAt createdBy { id name } createdAt`;

const deliveryFields = `id endpoint { id } messageId eventType occurredAt status nextAttemptAt body attemptCount createdAt`;

/** A delivery's attempts, the first 100 (a page's most): ten scheduled ones at most, and those asked for. */
const attemptFields = `attempts(first: 100) { edges { node {
  number trigger startedAt durationMs requestUrl requestHeaders { name value }
  responseStatus responseBodyExcerpt error outcome } } }`;

const payloadModes = ['THIN', 'FULL'] as const;
const deliveryStatuses = ['PENDING', 'SUCCEEDED', 'FAILED', 'HELD'] as const;

const endpoint = z.object({
  id: z.string(),
  organization: reference,
  project: reference
    .nullable()
    .describe('The project it belongs to and receives the events of; null: the whole organization.'),
  url: z.string().describe('Where deliveries are POSTed.'),
  description: z.string(),
  eventTypes: z.array(z.string()).describe('The event types it receives (GraphQL `webhookEventTypes` lists them).'),
  payloadMode: z.enum(payloadModes).describe('`THIN`: what changed, by ID; `FULL`: the whole snapshot.'),
  enabled: z.boolean(),
  disabledReason: z.enum(['MANUAL', 'GONE', 'FAILING']).nullable(),
  disabledAt: dateTime.nullable(),
  failingSince: dateTime.nullable().describe('Since when every attempt has failed; null after a success.'),
  previousSecretExpiresAt: dateTime
    .nullable()
    .describe('Until when the secret before the last rotation still signs deliveries; null outside an overlap.'),
  createdBy: personReference,
  createdAt: dateTime,
});

const endpointWithSecret = endpoint.extend({
  secret: z.string().describe('The signing secret (`whsec_...`): answered this once, keep it.'),
});

const delivery = z.object({
  id: z.string(),
  endpoint: reference,
  messageId: z
    .string()
    .describe('The `webhook-id` header of every attempt: the same for retries, redeliveries and replays.'),
  eventType: z.string().describe('The event type, or `ping`.'),
  occurredAt: dateTime,
  status: z.enum(deliveryStatuses),
  nextAttemptAt: dateTime.nullable().describe('When the next attempt is due; null unless it is pending.'),
  body: z.string().describe('The JSON body, exactly as sent.'),
  attemptCount: z.number().int(),
  createdAt: dateTime,
});

const attempt = z.object({
  number: z.number().int().describe('Its number within the delivery, from 1.'),
  trigger: z.enum(['SCHEDULED', 'REDELIVERY', 'REPLAY', 'PING']),
  startedAt: dateTime,
  durationMs: z.number().int(),
  requestUrl: z.string(),
  requestHeaders: z
    .array(z.object({ name: z.string(), value: z.string() }))
    .describe('The request headers, the signatures masked.'),
  responseStatus: z.number().int().nullable().describe('Null when no response came.'),
  responseBodyExcerpt: z.string().nullable().describe('The first 2 KiB of the response body.'),
  error: z.string().nullable().describe('Why it failed without a response (a refused address, a timeout).'),
  outcome: z.enum(['SUCCEEDED', 'FAILED']),
});

const deliveryWithAttempts = delivery.extend({
  attempts: z.array(attempt).describe('Its attempts, first first: the first 100 (`attemptCount` counts them all).'),
});

const organizationParams = z.object({ organizationId: globalId('organization') });
const endpointParams = z.object({ endpointId: globalId('webhook endpoint') });
const deliveryParams = z.object({ deliveryId: globalId('webhook delivery') });

const eventTypes = z
  .array(z.string())
  .max(100)
  .describe('Names from GraphQL `webhookEventTypes` (or the webhook event catalogue), at least one.');
const url = z.string().describe('An https URL without a user name or password.');

interface DeliveryNode {
  attempts: { edges: { node: unknown }[] };
  [field: string]: unknown;
}

/** A delivery with its attempts as a list. */
const withAttempts = ({ attempts, ...rest }: DeliveryNode) => ({
  ...rest,
  attempts: attempts.edges.map((edge) => edge.node),
});

/**
 * The list of `Organization.webhookEndpoints` or `Project.webhookEndpoints`: the same connection
 * under either root, each root answering NOT_FOUND for those who may not see it.
 */
function listEndpointsOf(root: 'organization' | 'project', text: { summary: string; description: string }) {
  const param = `${root}Id`;
  const title = `${root[0]!.toUpperCase()}${root.slice(1)}`;
  return defineRoute({
    method: 'GET',
    path: `/${root}s/{${param}}/webhook-endpoints`,
    operationId: `list${title}WebhookEndpoints`,
    ...text,
    params: z.object({ [param]: globalId(root) }),
    paginated: true,
    success: { status: 200, description: 'A page of endpoints.', schema: { listOf: 'WebhookEndpoint' } },
    async handle({ params, page, run, list }) {
      const data = await run<Record<string, { webhookEndpoints: Parameters<typeof list>[0] }>>(
        `query Rest${title}WebhookEndpoints($id: ID!, ${pageDeclarations}) {
          parent: ${root}(id: $id) { webhookEndpoints(${pageArguments}) {
            totalCount ${pageInfoFields} edges { node { ${endpointFields} } } } }
        }`,
        { id: params[param], ...page.variables },
        locateWith({ id: param }),
      );
      return list(data.parent!.webhookEndpoints);
    },
  });
}

const adminOnly =
  "The organization's OWNERs and ADMINs manage its endpoints (its projects' included), a project's ADMINs their project's.";

export const webhookRoutes: RouteGroup = {
  tag: 'Webhooks',
  description: `Webhook endpoints, their delivery logs, pings, redeliveries and replays (docs/integrations/01-webhooks.md). ${adminOnly}`,
  schemas: {
    WebhookEndpoint: endpoint,
    WebhookEndpointWithSecret: endpointWithSecret,
    WebhookDelivery: delivery,
    WebhookDeliveryWithAttempts: deliveryWithAttempts,
  },
  routes: [
    listEndpointsOf('organization', {
      summary: "List an organization's webhook endpoints",
      description:
        "The organization's endpoints, its projects' included, oldest first. As in GraphQL, the list is empty for anyone but the organization's OWNERs and ADMINs.",
    }),
    listEndpointsOf('project', {
      summary: "List a project's webhook endpoints",
      description:
        "The project's own endpoints, oldest first (register one with `POST /organizations/{organizationId}/webhook-endpoints` and its `projectId`). As in GraphQL, the list is empty for anyone but the project's ADMINs and the organization's.",
    }),
    defineRoute({
      method: 'POST',
      path: '/organizations/{organizationId}/webhook-endpoints',
      operationId: 'createWebhookEndpoint',
      summary: 'Register a webhook endpoint',
      description:
        "Registers an endpoint for the organization, or with `projectId` for one of its projects (it then receives only that project's events). Answers the signing secret, this once. Send `Idempotency-Key` to retry without registering twice.",
      params: organizationParams,
      body: z.strictObject({
        projectId: z
          .string()
          .optional()
          .describe("A project of the organization (its ADMINs may register the project's endpoints)."),
        url,
        description: z.string().optional().describe('What it is for; at most 500 characters.'),
        eventTypes,
        payloadMode: z.enum(payloadModes).optional().describe('`THIN` when omitted.'),
      }),
      success: {
        status: 201,
        description: 'The new endpoint, with its secret.',
        schema: { component: 'WebhookEndpointWithSecret' },
      },
      problems: [403, 409, 422],
      async handle({ params, body, run }) {
        const data = await run<{
          createWebhookEndpoint: { secret: string; endpoint: { id: string } & Record<string, unknown> };
        }>(
          `mutation RestCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
            createWebhookEndpoint(input: $input) { secret endpoint { ${endpointFields} } }
          }`,
          { input: { ...body, organizationId: params.organizationId } },
          locateWith({ 'input.organizationId': 'organizationId' }),
        );
        const { endpoint: created, secret } = data.createWebhookEndpoint;
        return {
          status: 201,
          body: { ...created, secret },
          headers: { location: `/api/v1/webhook-endpoints/${created.id}` },
        };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/webhook-endpoints/{endpointId}',
      operationId: 'getWebhookEndpoint',
      summary: 'Get a webhook endpoint',
      description:
        'An endpoint you administer; 404 for one that does not exist or that you may not see, and, as in GraphQL, for one you see but may not administer.',
      params: endpointParams,
      success: { status: 200, description: 'The endpoint.', schema: { component: 'WebhookEndpoint' } },
      async handle({ params, run }) {
        const data = await run<{ node: { id: string } | null }>(
          `query RestWebhookEndpoint($id: ID!) { node(id: $id) { ... on WebhookEndpoint { ${endpointFields} } } }`,
          { id: params.endpointId },
          locateWith({ id: 'endpointId' }),
        );
        return { status: 200, body: visibleNode(data.node, 'Webhook endpoint') };
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/webhook-endpoints/{endpointId}',
      operationId: 'updateWebhookEndpoint',
      summary: 'Update a webhook endpoint',
      description:
        'Changes its URL, description, event types or payload mode, or disables (`enabled: false`) or enables it again. Fields left out stay as they are.',
      params: endpointParams,
      body: z.strictObject({
        url: url.optional(),
        description: z.string().optional().describe('At most 500 characters.'),
        eventTypes: eventTypes.optional(),
        payloadMode: z.enum(payloadModes).optional(),
        enabled: z
          .boolean()
          .optional()
          .describe('False disables it (reason `MANUAL`); true enables it again and forgets its failures.'),
      }),
      success: { status: 200, description: 'The endpoint as it is now.', schema: { component: 'WebhookEndpoint' } },
      problems: [403],
      async handle({ params, body, run }) {
        const data = await run<{ updateWebhookEndpoint: { endpoint: unknown } }>(
          `mutation RestUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
            updateWebhookEndpoint(input: $input) { endpoint { ${endpointFields} } }
          }`,
          { input: { ...body, endpointId: params.endpointId } },
          locateWith({ 'input.endpointId': 'endpointId' }),
        );
        return { status: 200, body: data.updateWebhookEndpoint.endpoint };
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/webhook-endpoints/{endpointId}',
      operationId: 'deleteWebhookEndpoint',
      summary: 'Delete a webhook endpoint',
      description: 'Deletes the endpoint with its delivery log; nothing more is sent to it.',
      params: endpointParams,
      success: { status: 204, description: 'Deleted.', schema: null },
      problems: [403],
      async handle({ params, run }) {
        await run(
          `mutation RestDeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {
            deleteWebhookEndpoint(input: $input) { deletedEndpointId }
          }`,
          { input: { endpointId: params.endpointId } },
          locateWith({ 'input.endpointId': 'endpointId' }),
        );
        return { status: 204, body: undefined };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/webhook-endpoints/{endpointId}/pings',
      operationId: 'pingWebhookEndpoint',
      summary: 'Ping a webhook endpoint',
      description:
        "Sends a `ping` event to the endpoint now (no body needed) and answers its delivery with the attempt's result. 409 while the endpoint is disabled.",
      params: endpointParams,
      success: {
        status: 201,
        description: "The ping's delivery, with its first attempt made.",
        schema: { component: 'WebhookDeliveryWithAttempts' },
      },
      problems: [403, 409, 422],
      async handle({ params, run }) {
        const data = await run<{ pingWebhookEndpoint: { delivery: DeliveryNode & { id: string } } }>(
          `mutation RestPingWebhookEndpoint($input: PingWebhookEndpointInput!) {
            pingWebhookEndpoint(input: $input) { delivery { ${deliveryFields} ${attemptFields} } }
          }`,
          { input: { endpointId: params.endpointId } },
          locateWith({ 'input.endpointId': 'endpointId' }),
        );
        const ping = data.pingWebhookEndpoint.delivery;
        return {
          status: 201,
          body: withAttempts(ping),
          headers: { location: `/api/v1/webhook-deliveries/${ping.id}` },
        };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/webhook-endpoints/{endpointId}/secret-rotations',
      operationId: 'rotateWebhookSecret',
      summary: "Rotate a webhook endpoint's secret",
      description:
        'Gives the endpoint a new signing secret, answered this once. The old one keeps signing (every delivery carries a signature with each) for the overlap: deploy the new one to your receiver within it. Send `{}` for the default overlap.',
      params: endpointParams,
      body: z.strictObject({
        overlapHours: z
          .number()
          .int()
          .optional()
          .describe('How long the old secret stays valid, in hours: 0 to 168 (7 days); 24 when omitted.'),
      }),
      success: {
        status: 200,
        description: 'The endpoint, with its new secret.',
        schema: { component: 'WebhookEndpointWithSecret' },
      },
      problems: [403, 409, 422],
      async handle({ params, body, run }) {
        const data = await run<{ rotateWebhookSecret: { secret: string; endpoint: Record<string, unknown> } }>(
          `mutation RestRotateWebhookSecret($input: RotateWebhookSecretInput!) {
            rotateWebhookSecret(input: $input) { secret endpoint { ${endpointFields} } }
          }`,
          { input: { ...body, endpointId: params.endpointId } },
          locateWith({ 'input.endpointId': 'endpointId' }),
        );
        const { endpoint: rotated, secret } = data.rotateWebhookSecret;
        return { status: 200, body: { ...rotated, secret } };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/webhook-endpoints/{endpointId}/deliveries',
      operationId: 'listWebhookDeliveries',
      summary: "List a webhook endpoint's deliveries",
      description:
        "The endpoint's delivery log, newest first, optionally only the deliveries in one state; 404 as for the endpoint itself.",
      params: endpointParams,
      query: z.object({
        status: z
          .enum(deliveryStatuses)
          .optional()
          .describe(`Only deliveries in this state: ${deliveryStatuses.join(', ')}.`),
      }),
      paginated: true,
      success: { status: 200, description: 'A page of deliveries.', schema: { listOf: 'WebhookDelivery' } },
      async handle({ params, query, page, run, list }) {
        const data = await run<{ node: { id: string; deliveries: Parameters<typeof list>[0] } | null }>(
          `query RestWebhookDeliveries($id: ID!, $status: WebhookDeliveryStatus, ${pageDeclarations}) {
            node(id: $id) { ... on WebhookEndpoint { id deliveries(status: $status, ${pageArguments}) {
              totalCount ${pageInfoFields} edges { node { ${deliveryFields} } } } } }
          }`,
          { id: params.endpointId, status: query.status ?? null, ...page.variables },
          (field) => (field === 'status' ? { in: 'query', field } : locateWith({ id: 'endpointId' })(field)),
        );
        return list(visibleNode(data.node, 'Webhook endpoint').deliveries);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/webhook-endpoints/{endpointId}/replays',
      operationId: 'replayWebhooks',
      summary: 'Replay the deliveries of a window',
      description:
        'Sends again, in order, every delivery of the endpoint whose event happened at or after `from` and before `to` (deliveries are kept 30 days), each as a new attempt of its message. The deliveries are queued: the answer says how many. 409 while the endpoint is disabled.',
      params: endpointParams,
      body: z.strictObject({
        from: z.iso.datetime({ offset: true }).describe("The window's start: events that happened at or after it."),
        to: z.iso.datetime({ offset: true }).describe("The window's end: events that happened before it."),
      }),
      success: {
        status: 202,
        description: 'The deliveries queued to be sent again.',
        schema: {
          inline: {
            type: 'object',
            required: ['replayedCount'],
            properties: {
              replayedCount: { type: 'integer', description: 'How many deliveries were queued to be sent again.' },
            },
          },
        },
      },
      problems: [403, 409, 422],
      async handle({ params, body, run }) {
        const data = await run<{ replayWebhooks: { replayedCount: number } }>(
          `mutation RestReplayWebhooks($input: ReplayWebhooksInput!) { replayWebhooks(input: $input) { replayedCount } }`,
          { input: { ...body, endpointId: params.endpointId } },
          locateWith({ 'input.endpointId': 'endpointId' }),
        );
        return { status: 202, body: { replayedCount: data.replayWebhooks.replayedCount } };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/webhook-deliveries/{deliveryId}',
      operationId: 'getWebhookDelivery',
      summary: 'Get a webhook delivery with its attempts',
      description:
        'A delivery of an endpoint you administer, with its attempts: what was sent (signatures masked) and what came back. 404 as for its endpoint.',
      params: deliveryParams,
      success: {
        status: 200,
        description: 'The delivery and its attempts.',
        schema: { component: 'WebhookDeliveryWithAttempts' },
      },
      async handle({ params, run }) {
        const data = await run<{ node: DeliveryNode | null }>(
          `query RestWebhookDelivery($id: ID!) { node(id: $id) { ... on WebhookDelivery { ${deliveryFields} ${attemptFields} } } }`,
          { id: params.deliveryId },
          locateWith({ id: 'deliveryId' }),
        );
        return { status: 200, body: withAttempts(visibleNode(data.node, 'Webhook delivery')) };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/webhook-deliveries/{deliveryId}/redeliveries',
      operationId: 'redeliverWebhook',
      summary: 'Send a delivery again',
      description:
        'Sends the delivery again now (no body needed), as a new attempt of the same message: same `webhook-id`, same body. If it then fails, it follows the retry schedule from its start. 409 while the endpoint is disabled.',
      params: deliveryParams,
      success: {
        status: 200,
        description:
          'The delivery, with the new attempt (unless an earlier delivery of the same work item is still pending).',
        schema: { component: 'WebhookDeliveryWithAttempts' },
      },
      problems: [403, 409, 422],
      async handle({ params, run }) {
        const data = await run<{ redeliverWebhook: { delivery: DeliveryNode } }>(
          `mutation RestRedeliverWebhook($input: RedeliverWebhookInput!) {
            redeliverWebhook(input: $input) { delivery { ${deliveryFields} ${attemptFields} } }
          }`,
          { input: { deliveryId: params.deliveryId } },
          locateWith({ 'input.deliveryId': 'deliveryId' }),
        );
        return { status: 200, body: withAttempts(data.redeliverWebhook.delivery) };
      },
    }),
  ],
};
