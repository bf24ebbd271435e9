import WebSocket from 'ws';
import { issueAccessToken } from '../../lib/auth/access-token';
import { closeOf, nextMessage, opened, rawId, rawSocket, seedProjectTeam, signUpUser, useTestStack } from '../testkit';
import type { ProjectTeam } from '../testkit';

const stack = useTestStack({
  routerLimits: {
    connectionInitTimeoutMs: 1000,
    maxConnectionsPerUser: 2,
    maxSubscriptionsPerConnection: 2,
    maxWebSocketPayloadBytes: 4096,
  },
});

const subscription = 'subscription ($projectId: ID!) { workItemChanged(projectId: $projectId) { kind } }';

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('The condition did not hold in time.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function acknowledged(token: string): Promise<WebSocket> {
  const socket = rawSocket(stack.routerUrl);
  await opened(socket);
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  expect(await nextMessage(socket)).toEqual({ type: 'connection_ack' });
  return socket;
}

describe('The router speaks graphql-transport-ws', () => {
  let team: ProjectTeam;
  const sockets: WebSocket[] = [];
  const track = (socket: WebSocket) => (sockets.push(socket), socket);

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
  });
  afterAll(() => sockets.forEach((socket) => socket.terminate()));

  it('closes with 4400 on a message that is not valid protocol JSON', async () => {
    const socket = track(rawSocket(stack.routerUrl));
    await opened(socket);
    socket.send('{ not json');
    expect((await closeOf(socket)).code).toBe(4400);
  });

  it('closes with 4401 on a subscribe sent before the connection was acknowledged', async () => {
    const socket = track(rawSocket(stack.routerUrl));
    await opened(socket);
    socket.send(JSON.stringify({ type: 'subscribe', id: '1', payload: { query: subscription } }));
    expect((await closeOf(socket)).code).toBe(4401);
  });

  it('closes with 4403 when connection_init carries no token', async () => {
    const socket = track(rawSocket(stack.routerUrl));
    await opened(socket);
    socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    const closed = await closeOf(socket);
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(/authorization/);
  });

  it('closes with 4403 when the token is invalid', async () => {
    const socket = track(rawSocket(stack.routerUrl));
    await opened(socket);
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer not.a.token' } }));
    expect(await closeOf(socket)).toEqual({ code: 4403, reason: 'Forbidden: the access token is invalid' });
  });

  it('closes with 4403 when the access token expires on an open connection', async () => {
    const own = await signUpUser(stack);
    // Two seconds: expiry times are whole seconds, so one could already be over at connection_init.
    const { token } = await issueAccessToken(stack.jwtSecret, rawId(own.userId), 2);
    const socket = track(await acknowledged(token));
    expect(await closeOf(socket)).toEqual({
      code: 4403,
      reason: 'Forbidden: the access token expired; reconnect with a new one',
    });
  });

  it('closes with 4408 when connection_init does not come in time', async () => {
    const socket = track(rawSocket(stack.routerUrl));
    await opened(socket);
    expect((await closeOf(socket)).code).toBe(4408);
  });

  it('closes with 4409 when a subscription id is already in use', async () => {
    const socket = track(await acknowledged(team.member.token));
    const message = JSON.stringify({
      type: 'subscribe',
      id: 'same',
      payload: { query: subscription, variables: { projectId: team.project.id } },
    });
    socket.send(message);
    socket.send(message);
    expect((await closeOf(socket)).code).toBe(4409);
  });

  it('closes with 4429 on a second connection_init', async () => {
    const socket = track(await acknowledged((await signUpUser(stack)).token));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${team.viewer.token}` } }));
    expect((await closeOf(socket)).code).toBe(4429);
  });

  it('refuses a third connection of the same user with 4403 and a reason', async () => {
    const own = await signUpUser(stack);
    track(await acknowledged(own.token));
    track(await acknowledged(own.token));
    const third = track(rawSocket(stack.routerUrl));
    await opened(third);
    third.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${own.token}` } }));
    expect(await closeOf(third)).toEqual({ code: 4403, reason: 'Forbidden: at most 2 connections per user' });
  });

  it('frees a connection slot when a connection closes', async () => {
    const own = await signUpUser(stack);
    const first = track(await acknowledged(own.token));
    track(await acknowledged(own.token));
    const closing = closeOf(first);
    first.close(1000);
    await closing;
    track(await acknowledged(own.token));
  });

  it('answers a subscription beyond the per-connection limit with an error and keeps the others', async () => {
    const socket = track(await acknowledged(team.member.token));
    const messages: { type: string; id?: string }[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    for (const id of ['a', 'b', 'c']) {
      socket.send(
        JSON.stringify({
          type: 'subscribe',
          id,
          payload: { query: subscription, variables: { projectId: team.project.id } },
        }),
      );
    }
    await waitUntil(() => messages.some((message) => message.id === 'c'));
    expect(messages).toEqual([
      {
        type: 'error',
        id: 'c',
        payload: [
          {
            message: 'At most 2 subscriptions per connection.',
            extensions: { code: 'TOO_MANY_REQUESTS', limit: 'subscriptionsPerConnection' },
          },
        ],
      },
    ]);
    expect(socket.readyState).toBe(WebSocket.OPEN);
  });

  it('refuses queries and mutations over WebSocket and points to HTTP', async () => {
    const socket = track(await acknowledged((await signUpUser(stack)).token));
    socket.send(JSON.stringify({ type: 'subscribe', id: 'q', payload: { query: '{ me { id } }' } }));
    expect(await nextMessage(socket)).toEqual({
      type: 'error',
      id: 'q',
      payload: [
        expect.objectContaining({ message: expect.stringMatching(/over HTTP/), extensions: { code: 'BAD_REQUEST' } }),
      ],
    });
  });

  it('applies the HTTP limits to subscription documents', async () => {
    const socket = track(await acknowledged((await signUpUser(stack)).token));
    const deep = `subscription ($projectId: ID!) { workItemChanged(projectId: $projectId) { workItem { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } } }`;
    socket.send(
      JSON.stringify({
        type: 'subscribe',
        id: 'd',
        payload: { query: deep, variables: { projectId: team.project.id } },
      }),
    );
    const message = await nextMessage(socket);
    expect(message).toMatchObject({
      type: 'error',
      id: 'd',
      payload: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' } }],
    });
  });

  it('closes with 1009 on a message larger than the WebSocket payload limit', async () => {
    const socket = track(await acknowledged((await signUpUser(stack)).token));
    socket.send(
      JSON.stringify({ type: 'subscribe', id: 'big', payload: { query: `# ${'x'.repeat(5000)}\n${subscription}` } }),
    );
    expect((await closeOf(socket)).code).toBe(1009);
  });

  it('does not upgrade other paths', async () => {
    const socket = new WebSocket(
      stack.routerUrl.replace(/^http/, 'ws').replace('/graphql', '/elsewhere'),
      'graphql-transport-ws',
    );
    socket.on('error', () => {});
    const status = await new Promise<number | undefined>((resolve) =>
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode)),
    );
    expect(status).toBe(404);
  });

  it.each([
    ['a skipped first root field', '@skip(if: true)', {}],
    ['a first root field included by a variable', '@include(if: $on)', { on: false }],
  ])(
    'refuses %s, so a foreign project cannot be reached behind a field that needs no project',
    async (_label, directive, variables) => {
      const socket = track(await acknowledged(team.outsider.token));
      const declared = 'on' in variables ? ', $on: Boolean!' : '';
      socket.send(
        JSON.stringify({
          type: 'subscribe',
          id: 'sneaky',
          payload: {
            query: `subscription ($projectId: ID!${declared}) { notificationReceived ${directive} { id } workItemChanged(projectId: $projectId) { kind } }`,
            variables: { projectId: team.project.id, ...variables },
          },
        }),
      );
      const answer = (await nextMessage(socket)) as { type: string; payload?: { extensions?: { code?: string } }[] };
      expect(answer.type).toBe('error');
      expect(answer.payload?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(socket.readyState).toBe(WebSocket.OPEN);
    },
  );
});
