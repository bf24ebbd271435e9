import WebSocket from 'ws';
import { opened, rawSocket, useTestStack } from '../testkit';

const stack = useTestStack({ routerLimits: { rateLimitPerWindow: 3 } });

describe('WebSocket upgrades', () => {
  it('count against the caller’s rate limit and get HTTP 429 before upgrading beyond it', async () => {
    for (let i = 0; i < 3; i += 1) {
      const socket = rawSocket(stack.routerUrl);
      await opened(socket);
      socket.terminate();
    }
    const refused = new WebSocket(stack.routerUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
    refused.on('error', () => {});
    const status = await new Promise<number | undefined>((resolve) =>
      refused.once('unexpected-response', (_request, response) => resolve(response.statusCode)),
    );
    expect(status).toBe(429);
  });
});
