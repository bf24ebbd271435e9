import type { Client } from 'graphql-ws';
import {
  connectionRefusal,
  connectSubscriptions,
  errorOf,
  graphql,
  seedProjectTeam,
  subscribe,
  useTestStack,
} from '../testkit';
import { createApiToken } from '../users/api-token-support';

const budget = 4;
const stack = useTestStack({ routerLimits: { apiTokenRateLimitPerWindow: budget } });
const subscription = 'subscription ($id: ID!) { workItemChanged(projectId: $id) { kind workItemId } }';

let clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  clients = [];
});

async function connect(token: string): Promise<Client> {
  const client = await connectSubscriptions(stack.routerUrl, token);
  clients.push(client);
  return client;
}

const untilActive = async (count: number) => {
  const deadline = Date.now() + 5000;
  while (stack.activeSubscriptions() < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(stack.activeSubscriptions()).toBeGreaterThanOrEqual(count);
};

describe('an API token on the WebSocket endpoint', () => {
  it('counts its connection and each subscribe against its budget, refuses the subscribe past it with TOO_MANY_REQUESTS, then the connection', async () => {
    const team = await seedProjectTeam(stack);
    const { token } = await createApiToken(stack, team.member.token, { scopes: ['work_items:read'] });
    const variables = { id: team.project.id };
    const client = await connect(token); // 1
    const before = stack.activeSubscriptions();
    const first = subscribe(client, subscription, variables); // 2
    const second = subscribe(client, subscription, variables); // 3
    await untilActive(before + 2);
    const third = subscribe(client, subscription, variables); // 4
    await untilActive(before + 3);

    const refused = subscribe(client, subscription, variables); // 5: past the budget
    await expect(refused.ended).rejects.toEqual([
      expect.objectContaining({
        message: 'This API token has made too many requests; retry later.',
        extensions: expect.objectContaining({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) }),
      }),
    ]);
    // The subscriptions already open go on.
    expect(stack.activeSubscriptions()).toBe(before + 3);
    for (const live of [first, second, third]) live.dispose();

    // Over HTTP the same budget is spent.
    const http = await graphql(stack.routerUrl, '{ __typename }', {}, { token });
    expect(http.status).toBe(429);
    expect(http.headers).toMatchObject({ 'x-ratelimit-limit': String(budget), 'x-ratelimit-remaining': '0' });

    expect(await connectionRefusal(stack.routerUrl, token)).toEqual({
      code: 1013,
      reason: 'TOO_MANY_REQUESTS: This API token has made too many requests; retry later.',
    });
  });

  it('shares the budget with HTTP requests: a token spent over HTTP cannot connect', async () => {
    const team = await seedProjectTeam(stack);
    const { token } = await createApiToken(stack, team.member.token, { scopes: ['work_items:read'] });
    for (let i = 0; i < budget; i += 1) {
      expect((await graphql(stack.routerUrl, '{ __typename }', {}, { token })).status).toBe(200);
    }
    expect((await connectionRefusal(stack.routerUrl, token)).code).toBe(1013);
    // Another token of the same person has its own budget.
    const { token: fresh } = await createApiToken(stack, team.member.token, { scopes: ['work_items:read'] });
    const client = await connect(fresh);
    const before = stack.activeSubscriptions();
    subscribe(client, subscription, { id: team.project.id });
    await untilActive(before + 1);
  });

  it('checks the scopes of every field a subscription selects, nested ones included, before it starts', async () => {
    const team = await seedProjectTeam(stack);
    const { token } = await createApiToken(stack, team.member.token, { scopes: ['work_items:read'] });
    const client = await connect(token);
    const before = stack.activeSubscriptions();
    const nested = subscribe(
      client,
      'subscription ($id: ID!) { workItemChanged(projectId: $id) { kind actor { name } } }',
      { id: team.project.id },
    );
    await expect(nested.ended).rejects.toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'FORBIDDEN', requiredScope: 'users:read' }),
      }),
    ]);
    const sprints = subscribe(client, 'subscription ($id: ID!) { sprintChanged(projectId: $id) { kind } }', {
      id: team.project.id,
    });
    await expect(sprints.ended).rejects.toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'FORBIDDEN', requiredScope: 'sprints:read' }),
      }),
    ]);
    const inbox = subscribe(client, 'subscription { notificationReceived { id } }');
    await expect(inbox.ended).rejects.toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'FORBIDDEN', requiredScope: 'notifications:read' }),
      }),
    ]);
    expect(stack.activeSubscriptions()).toBe(before);
    // The refusals were requests of the token too: the connection and three subscribes spent the budget.
    expect(errorOf(await graphql(stack.routerUrl, '{ __typename }', {}, { token })).code).toBe('TOO_MANY_REQUESTS');
  });
});
