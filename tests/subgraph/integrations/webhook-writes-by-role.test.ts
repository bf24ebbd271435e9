import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../../lib/ids';
import { dataOf, errorOf, querySql, rawId, type Caller } from '../../testkit';
import {
  expectRefusal,
  personOf,
  roleTable,
  organizationAdminOutcomes,
  projectAdminOutcomes,
  useIntegrationsPeople,
  seedIntegrationsPeople,
  type IntegrationsPeople,
  type Person,
} from './support';

// Who may manage a webhook endpoint, and which inputs each webhook write refuses. An organization's
// endpoint is its OWNERs' and ADMINs'; a project's endpoint is also its project ADMINs'. Members
// below that role who can see the scope get FORBIDDEN; everyone else NOT_FOUND, exactly as for an
// endpoint that does not exist. Endpoints point at a private address: the outbound filter refuses
// every attempt at once, so pings and redeliveries need no network.
const { integrations, people } = useIntegrationsPeople(['users', 'projects']);

const createMutation = `mutation ($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id url description eventTypes payloadMode enabled project { id } } }
}`;
const updateMutation = `mutation ($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) { endpoint { id url description eventTypes payloadMode enabled disabledReason } }
}`;
const deleteMutation = `mutation ($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedEndpointId } }`;
const rotateMutation = `mutation ($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) { secret endpoint { id previousSecretExpiresAt } }
}`;
const attemptsSelection = 'attemptCount attempts(first: 5) { totalCount edges { node { number trigger outcome } } }';
const pingMutation = `mutation ($input: PingWebhookEndpointInput!) {
  pingWebhookEndpoint(input: $input) { delivery { id eventType status ${attemptsSelection} } }
}`;
const redeliverMutation = `mutation ($input: RedeliverWebhookInput!) {
  redeliverWebhook(input: $input) { delivery { id eventType ${attemptsSelection} } }
}`;
const replayMutation = `mutation ($input: ReplayWebhooksInput!) { replayWebhooks(input: $input) { replayedCount endpoint { id } } }`;

const unreachable = 'https://10.1.2.3/hooks';
const hour = 3_600_000;

type Scope = 'organization' | 'project';

/** A new endpoint of the team's organization, or of its project, registered by the OWNER. */
async function newEndpoint(scope: Scope): Promise<string> {
  const { team } = people;
  const input = {
    organizationId: team.organizationId,
    ...(scope === 'project' ? { projectId: team.project.id } : {}),
    url: unreachable,
    eventTypes: ['work_item.created'],
  };
  return dataOf(await integrations.execute(team.admin, createMutation, { input })).createWebhookEndpoint.endpoint
    .id as string;
}

/** A failed delivery of a `work_item.created` event an hour ago, as the consumer would have made it. */
async function pastDelivery(endpointId: string): Promise<string> {
  const id = randomUUID();
  await querySql(
    integrations,
    `INSERT INTO integrations.webhook_delivery
       (id, endpoint_id, event_id, event_type, aggregate_id, occurred_at, body, status, next_trigger, created_at)
     VALUES ($1, $2, $3, 'work_item.created', $4, now() - interval '1 hour', '{}', 'FAILED', 'SCHEDULED', now() - interval '1 hour')`,
    [id, rawId(endpointId), randomUUID(), randomUUID()],
  );
  return toGlobalId('WebhookDelivery', id);
}

/** Everything stored of an endpoint: its row, its deliveries and how many attempts they have. */
async function stateOf(endpointId: string) {
  const [row] = await querySql<{ endpoint: unknown; deliveries: unknown; attempts: number }>(
    integrations,
    `SELECT (SELECT row_to_json(e) FROM integrations.webhook_endpoint e WHERE e.id = $1) AS endpoint,
       (SELECT coalesce(json_agg(d ORDER BY d.seq), '[]') FROM integrations.webhook_delivery d WHERE d.endpoint_id = $1) AS deliveries,
       (SELECT count(*)::int FROM integrations.webhook_attempt a
          JOIN integrations.webhook_delivery d ON d.id = a.delivery_id WHERE d.endpoint_id = $1) AS attempts`,
    [rawId(endpointId)],
  );
  return row!;
}

interface Target {
  endpointId: string;
  deliveryId: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each write reads its own selection
type Data = any;

interface Write {
  document: string;
  input(target: Target): Record<string, unknown>;
  /** Checks what a successful write answered and stored. */
  succeeded(data: Data, target: Target): Promise<void>;
}

const writes: Record<string, Write> = {
  updateWebhookEndpoint: {
    document: updateMutation,
    input: ({ endpointId }) => ({ endpointId, description: 'Deploys', payloadMode: 'FULL' }),
    async succeeded(data, { endpointId }) {
      expect(data.updateWebhookEndpoint.endpoint).toMatchObject({
        id: endpointId,
        description: 'Deploys',
        payloadMode: 'FULL',
      });
    },
  },
  deleteWebhookEndpoint: {
    document: deleteMutation,
    input: ({ endpointId }) => ({ endpointId }),
    async succeeded(data, { endpointId }) {
      expect(data.deleteWebhookEndpoint.deletedEndpointId).toBe(endpointId);
      expect(await stateOf(endpointId)).toEqual({ endpoint: null, deliveries: [], attempts: 0 });
    },
  },
  rotateWebhookSecret: {
    document: rotateMutation,
    input: ({ endpointId }) => ({ endpointId, overlapHours: 2 }),
    async succeeded(data) {
      const { secret, endpoint } = data.rotateWebhookSecret;
      expect(secret).toMatch(/^whsec_/);
      expect(Math.abs(Date.parse(endpoint.previousSecretExpiresAt) - (Date.now() + 2 * hour))).toBeLessThan(60_000);
    },
  },
  pingWebhookEndpoint: {
    document: pingMutation,
    input: ({ endpointId }) => ({ endpointId }),
    async succeeded(data) {
      expect(data.pingWebhookEndpoint.delivery).toMatchObject({ eventType: 'ping', status: 'FAILED', attemptCount: 1 });
      expect(data.pingWebhookEndpoint.delivery.attempts.edges.map((edge: Data) => edge.node)).toEqual([
        { number: 1, trigger: 'PING', outcome: 'FAILED' },
      ]);
    },
  },
  redeliverWebhook: {
    document: redeliverMutation,
    input: ({ deliveryId }) => ({ deliveryId }),
    async succeeded(data, { deliveryId }) {
      expect(data.redeliverWebhook.delivery).toMatchObject({ id: deliveryId, attemptCount: 1 });
      expect(data.redeliverWebhook.delivery.attempts.edges.map((edge: Data) => edge.node.trigger)).toEqual([
        'REDELIVERY',
      ]);
    },
  },
  replayWebhooks: {
    document: replayMutation,
    input: ({ endpointId }) => ({
      endpointId,
      from: new Date(Date.now() - 2 * hour).toISOString(),
      to: new Date().toISOString(),
    }),
    async succeeded(data, { endpointId }) {
      expect(data.replayWebhooks).toEqual({ replayedCount: 1, endpoint: { id: endpointId } });
      const { deliveries } = await stateOf(endpointId);
      expect(deliveries).toMatchObject([{ status: 'PENDING', next_trigger: 'REPLAY' }]);
    },
  },
};
const writeNames = Object.keys(writes);

const run = (caller: Caller, name: string, input: Record<string, unknown>) =>
  integrations.execute(caller, writes[name]!.document, { input });

/** A fresh endpoint of the scope with one past delivery. */
async function newTarget(scope: Scope): Promise<Target> {
  const endpointId = await newEndpoint(scope);
  return { endpointId, deliveryId: await pastDelivery(endpointId) };
}

/** The same write, as the OWNER, on an endpoint (and delivery) that does not exist. */
const onNothing = (name: string) =>
  run(
    people.team.admin,
    name,
    writes[name]!.input({
      endpointId: toGlobalId('WebhookEndpoint', randomUUID()),
      deliveryId: toGlobalId('WebhookDelivery', randomUUID()),
    }),
  );

describe.each(writeNames)('%s by role', (name) => {
  const write = writes[name]!;

  describe.each([
    ['an organization’s endpoint', 'organization', organizationAdminOutcomes],
    ['a project’s endpoint', 'project', projectAdminOutcomes],
  ] as const)('on %s', (_scopeName, scope, outcomes) => {
    it.each(roleTable(outcomes))('answers %s: %s', async (_who, who, outcome) => {
      const target = await newTarget(scope);
      const before = await stateOf(target.endpointId);
      const response = await run(personOf(people, who), name, write.input(target));
      if (outcome === 'succeeds') {
        await write.succeeded(dataOf(response), target);
        return;
      }
      expectRefusal(response, outcome, await onNothing(name));
      expect(await stateOf(target.endpointId)).toEqual(before);
    });
  });

  it('answers NOT_FOUND for an endpoint or delivery that does not exist', async () => {
    expect(errorOf(await onNothing(name))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a disabled endpoint', () => {
  it.each(['pingWebhookEndpoint', 'redeliverWebhook', 'replayWebhooks'])(
    'refuses %s with CONFLICT and sends nothing until it is enabled again',
    async (name) => {
      const target = await newTarget('organization');
      const disable = { input: { endpointId: target.endpointId, enabled: false } };
      dataOf(await integrations.execute(people.team.admin, updateMutation, disable));
      const before = await stateOf(target.endpointId);

      const refused = await run(people.team.admin, name, writes[name]!.input(target));
      expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/disabled/) });
      expect(await stateOf(target.endpointId)).toEqual(before);

      const enable = { input: { endpointId: target.endpointId, enabled: true } };
      dataOf(await integrations.execute(people.team.admin, updateMutation, enable));
      await writes[name]!.succeeded(dataOf(await run(people.team.admin, name, writes[name]!.input(target))), target);
    },
  );
});

describe('bad input of the webhook writes', () => {
  const notAnId = 'not-an-id';
  const workItemId = () => toGlobalId('WorkItem', randomUUID());
  const cases: [string, string, (target: Target) => Record<string, unknown>, string][] = [
    ...[
      'updateWebhookEndpoint',
      'deleteWebhookEndpoint',
      'rotateWebhookSecret',
      'pingWebhookEndpoint',
      'replayWebhooks',
    ].flatMap((name): [string, string, (target: Target) => Record<string, unknown>, string][] => [
      [name, 'an endpoint ID that is no global ID', () => ({ endpointId: notAnId }), 'input.endpointId'],
      [
        name,
        'the global ID of a work item instead of an endpoint',
        () => ({ endpointId: workItemId() }),
        'input.endpointId',
      ],
    ]),
    ['redeliverWebhook', 'a delivery ID that is no global ID', () => ({ deliveryId: notAnId }), 'input.deliveryId'],
    [
      'redeliverWebhook',
      'the global ID of the endpoint instead of a delivery',
      ({ endpointId }) => ({ deliveryId: endpointId }),
      'input.deliveryId',
    ],
    ['updateWebhookEndpoint', 'a URL that is no URL', () => ({ url: 'hooks.example.com/in' }), 'input.url'],
    ['updateWebhookEndpoint', 'a plain http URL', () => ({ url: 'http://hooks.example.com/in' }), 'input.url'],
    [
      'updateWebhookEndpoint',
      'a URL with a password',
      () => ({ url: 'https://u:p@hooks.example.com/in' }),
      'input.url',
    ],
    [
      'updateWebhookEndpoint',
      'a URL over 2,000 characters',
      () => ({ url: `https://h.example.com/${'p'.repeat(2000)}` }),
      'input.url',
    ],
    ['updateWebhookEndpoint', 'no event types', () => ({ eventTypes: [] }), 'input.eventTypes'],
    [
      'updateWebhookEndpoint',
      'an unknown event type',
      () => ({ eventTypes: ['ping', 'work_item.exploded'] }),
      'input.eventTypes.1',
    ],
    [
      'updateWebhookEndpoint',
      'a description over 500 characters',
      () => ({ description: 'd'.repeat(501) }),
      'input.description',
    ],
    ...['url', 'description', 'eventTypes', 'payloadMode', 'enabled'].map(
      (field): [string, string, (target: Target) => Record<string, unknown>, string] => [
        'updateWebhookEndpoint',
        `a null ${field}`,
        () => ({ [field]: null }),
        `input.${field}`,
      ],
    ),
    ['rotateWebhookSecret', 'a negative overlap', () => ({ overlapHours: -1 }), 'input.overlapHours'],
    ['rotateWebhookSecret', 'an overlap over seven days', () => ({ overlapHours: 169 }), 'input.overlapHours'],
    ['replayWebhooks', 'a window that ends when it starts', () => ({ to: '2026-01-01T00:00:00Z' }), 'input.to'],
    ['replayWebhooks', 'a window that ends before it starts', () => ({ to: '2025-12-31T00:00:00Z' }), 'input.to'],
  ];

  it.each(cases)(
    '%s refuses %s with BAD_USER_INPUT on its field, and changes nothing',
    async (name, _what, bad, field) => {
      const target = await newTarget('organization');
      const before = await stateOf(target.endpointId);
      const input = {
        ...writes[name]!.input(target),
        ...(name === 'replayWebhooks' ? { from: '2026-01-01T00:00:00Z' } : {}),
        ...bad(target),
      };
      const response = await run(people.team.admin, name, input);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await stateOf(target.endpointId)).toEqual(before);
    },
  );
});

describe('createWebhookEndpoint', () => {
  const create = (who: Person, input: Record<string, unknown>) =>
    integrations.execute(personOf(people, who), createMutation, { input });
  const hook = (scope: Scope, extra: Record<string, unknown> = {}) => ({
    organizationId: people.team.organizationId,
    ...(scope === 'project' ? { projectId: people.team.project.id } : {}),
    url: unreachable,
    eventTypes: ['work_item.updated', 'work_item.created', 'work_item.created'],
    ...extra,
  });
  const endpointsOfOrganization = async () =>
    (
      await querySql<{ n: number }>(
        integrations,
        'SELECT count(*)::int AS n FROM integrations.webhook_endpoint WHERE organization_id = $1',
        [rawId(people.team.organizationId)],
      )
    )[0]!.n;
  /** As the OWNER, for an organization that does not exist. */
  const onNothing = () =>
    create('owner', { ...hook('organization'), organizationId: toGlobalId('Organization', randomUUID()) });

  describe.each([
    ['for the organization', 'organization', organizationAdminOutcomes],
    ['for the project', 'project', projectAdminOutcomes],
  ] as const)('%s', (_scopeName, scope, outcomes) => {
    it.each(roleTable(outcomes))('answers %s: %s', async (_who, who, outcome) => {
      const before = await endpointsOfOrganization();
      const response = await create(who, hook(scope, { description: '  Deploys  ', payloadMode: 'FULL' }));
      if (outcome === 'succeeds') {
        const { secret, endpoint } = dataOf(response).createWebhookEndpoint;
        expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
        expect(endpoint).toMatchObject({
          url: unreachable,
          description: 'Deploys',
          eventTypes: ['work_item.created', 'work_item.updated'],
          payloadMode: 'FULL',
          enabled: true,
          project: scope === 'project' ? { id: people.team.project.id } : null,
        });
        expect(await endpointsOfOrganization()).toBe(before + 1);
        return;
      }
      // Which NOT_FOUND (the organization's or the project's) the tests below compare.
      expect(errorOf(response).code).toBe(outcome);
      expect(response.body.data ?? null).toBeNull();
      expect(await endpointsOfOrganization()).toBe(before);
    });
  });

  it('answers people outside the organization exactly as for an organization that does not exist', async () => {
    const missing = await onNothing();
    expect(errorOf(missing).code).toBe('NOT_FOUND');
    for (const who of ['stranger', 'otherOrganizationAdmin'] as const) {
      expectRefusal(await create(who, hook('organization')), 'NOT_FOUND', missing);
      expectRefusal(await create(who, hook('project')), 'NOT_FOUND', missing);
    }
  });

  it('answers an organization MEMBER outside the project exactly as for a project that does not exist', async () => {
    const missing = await create('outsider', hook('project', { projectId: toGlobalId('Project', randomUUID()) }));
    expect(errorOf(missing).code).toBe('NOT_FOUND');
    expectRefusal(await create('outsider', hook('project')), 'NOT_FOUND', missing);
  });

  it('refuses an admin of another organization an endpoint of their own organization on this organization’s project', async () => {
    const { otherOrganization } = people;
    const response = await create('otherOrganizationAdmin', {
      ...hook('project'),
      organizationId: otherOrganization.id,
    });
    expect(errorOf(response).code).toBe('NOT_FOUND');
    const own = await create('otherOrganizationAdmin', {
      ...hook('project'),
      organizationId: otherOrganization.id,
      projectId: otherOrganization.projectId,
    });
    expect(dataOf(own).createWebhookEndpoint.endpoint.project).toEqual({ id: otherOrganization.projectId });
  });

  it.each([
    ['an organization ID that is no global ID', () => ({ organizationId: 'not-an-id' }), 'input.organizationId'],
    [
      'a project ID given as the organization',
      () => ({ organizationId: people.team.project.id }),
      'input.organizationId',
    ],
    ['a project ID that is no global ID', () => ({ projectId: 'not-an-id' }), 'input.projectId'],
    ['an organization ID given as the project', () => ({ projectId: people.team.organizationId }), 'input.projectId'],
    ['a URL over 2,000 characters', () => ({ url: `https://h.example.com/${'p'.repeat(2000)}` }), 'input.url'],
    ['an ftp URL', () => ({ url: 'ftp://hooks.example.com/in' }), 'input.url'],
    ['a blank event type', () => ({ eventTypes: ['  '] }), 'input.eventTypes.0'],
  ])('refuses %s with BAD_USER_INPUT on its field, and registers nothing', async (_what, bad, field) => {
    const before = await endpointsOfOrganization();
    expect(errorOf(await create('owner', hook('organization', bad())))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(await endpointsOfOrganization()).toBe(before);
  });
});

describe('what each person reads of webhook endpoints', () => {
  // An organization of its own, so its lists hold only the two endpoints made here.
  const own = {} as IntegrationsPeople;
  const made = { organizationWide: '', ofProject: '', delivery: '' };
  beforeAll(async () => {
    Object.assign(own, await seedIntegrationsPeople(integrations));
    const register = async (projectId?: string) => {
      const input = { organizationId: own.team.organizationId, projectId, url: unreachable, eventTypes: ['ping'] };
      return dataOf(await integrations.execute(own.team.admin, createMutation, { input })).createWebhookEndpoint
        .endpoint.id as string;
    };
    made.organizationWide = await register();
    made.ofProject = await register(own.team.project.id);
    made.delivery = await pastDelivery(made.ofProject);
  }, 60_000);

  const readsQuery = `query ($organization: ID!, $project: ID!, $organizationWide: ID!, $ofProject: ID!, $delivery: ID!) {
    _entities(representations: [
      { __typename: "Organization", id: $organization }
      { __typename: "Project", id: $project }
      { __typename: "WebhookEndpoint", id: $organizationWide }
      { __typename: "WebhookEndpoint", id: $ofProject }
      { __typename: "WebhookDelivery", id: $delivery }
    ]) {
      ... on Organization { webhookEndpoints(first: 100) { totalCount edges { node { id } } } }
      ... on Project { webhookEndpoints(first: 100) { totalCount edges { node { id } } } }
      ... on WebhookEndpoint { id }
      ... on WebhookDelivery { id }
    }
  }`;
  const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);

  it.each(roleTable(organizationAdminOutcomes))(
    'lists and resolves for %s only the endpoints and deliveries they administer',
    async (_who, who) => {
      const res = await integrations.execute(personOf(own, who), readsQuery, {
        organization: own.team.organizationId,
        project: own.team.project.id,
        ...made,
      });
      const [organization, project, organizationWide, ofProject, delivery] = dataOf(res)._entities;
      const may = {
        organization: organizationAdminOutcomes[who] === 'succeeds',
        project: projectAdminOutcomes[who] === 'succeeds',
      };
      expect(ids(organization.webhookEndpoints)).toEqual(
        may.organization ? [made.organizationWide, made.ofProject] : [],
      );
      expect(organization.webhookEndpoints.totalCount).toBe(may.organization ? 2 : 0);
      expect(ids(project.webhookEndpoints)).toEqual(may.project ? [made.ofProject] : []);
      expect(organizationWide).toEqual(may.organization ? { id: made.organizationWide } : null);
      expect(ofProject).toEqual(may.project ? { id: made.ofProject } : null);
      expect(delivery).toEqual(may.project ? { id: made.delivery } : null);
    },
  );

  it('pages the endpoints oldest first, and a delivery log newest first, filtered by status', async () => {
    const endpointPage = (after?: string) =>
      integrations.execute(
        own.team.admin,
        `query ($id: ID!, $after: String) { _entities(representations: [{ __typename: "Organization", id: $id }]) {
          ... on Organization { webhookEndpoints(first: 1, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }
        } }`,
        { id: own.team.organizationId, after },
      );
    const first = dataOf(await endpointPage())._entities[0].webhookEndpoints;
    expect(ids(first)).toEqual([made.organizationWide]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await endpointPage(first.pageInfo.endCursor))._entities[0].webhookEndpoints;
    expect(ids(second)).toEqual([made.ofProject]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const ping = dataOf(
      await integrations.execute(own.team.admin, pingMutation, { input: { endpointId: made.ofProject } }),
    ).pingWebhookEndpoint.delivery.id;
    const log = async (status?: string) => {
      const res = await integrations.execute(
        own.team.admin,
        `query ($id: ID!, $status: WebhookDeliveryStatus) { _entities(representations: [{ __typename: "WebhookEndpoint", id: $id }]) {
          ... on WebhookEndpoint { deliveries(first: 10, status: $status) { totalCount edges { node { id } } } }
        } }`,
        { id: made.ofProject, status },
      );
      return dataOf(res)._entities[0].deliveries;
    };
    expect(ids(await log())).toEqual([ping, made.delivery]);
    expect(await log('FAILED')).toMatchObject({ totalCount: 2 });
    expect(await log('SUCCEEDED')).toEqual({ totalCount: 0, edges: [] });
  });

  it.each([
    [
      'a page of more than 100 of an organization’s endpoints',
      'Organization',
      'webhookEndpoints(first: 101) { totalCount }',
    ],
    ['a page of more than 100 of a project’s endpoints', 'Project', 'webhookEndpoints(first: 101) { totalCount }'],
    ['a page of more than 100 of an endpoint’s deliveries', 'WebhookEndpoint', 'deliveries(first: 101) { totalCount }'],
    ['a page of more than 100 of a delivery’s attempts', 'WebhookDelivery', 'attempts(first: 101) { totalCount }'],
    ['a delivery log after a cursor that is none', 'WebhookEndpoint', 'deliveries(after: "x") { totalCount }'],
  ])('refuses %s with BAD_USER_INPUT on its argument', async (_what, type, selection) => {
    const id = {
      Organization: own.team.organizationId,
      Project: own.team.project.id,
      WebhookEndpoint: made.ofProject,
      WebhookDelivery: made.delivery,
    }[type];
    const res = await integrations.execute(
      own.team.admin,
      `query ($id: ID!) { _entities(representations: [{ __typename: "${type}", id: $id }]) { ... on ${type} { ${selection} } } }`,
      { id },
    );
    expect(errorOf(res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: selection.includes('after') ? 'after' : 'first',
    });
  });

  it.each([
    ['an organization’s endpoints', 'Organization', 'webhookEndpoints(first: 101) { totalCount }'],
    ['a project’s endpoints', 'Project', 'webhookEndpoints(first: 101) { totalCount }'],
    ['an organization’s repository connections', 'Organization', 'vcsConnections(first: 101) { totalCount }'],
  ])('refuses a page of more than 100 of %s to someone shown none of them too', async (_what, type, selection) => {
    const id = type === 'Organization' ? own.team.organizationId : own.team.project.id;
    const res = await integrations.execute(
      own.team.member,
      `query ($id: ID!) { _entities(representations: [{ __typename: "${type}", id: $id }]) { ... on ${type} { ${selection} } } }`,
      { id },
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it.each([
    ['an organization', 'Organization'],
    ['a project', 'Project'],
  ])('answers UNAUTHENTICATED for %s’s endpoints asked with nobody signed in', async (_what, type) => {
    const id = type === 'Organization' ? own.team.organizationId : own.team.project.id;
    const res = await integrations.execute(
      { viewer: null, service: 'router', clientAddress: null },
      `query ($id: ID!) { _entities(representations: [{ __typename: "${type}", id: $id }]) { ... on ${type} { webhookEndpoints { totalCount } } } }`,
      { id },
    );
    expect(errorOf(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
