import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { request } from 'undici';
import { createMemoryRateLimiter } from './rate-limit/memory';
import type { RouterContext } from './signed-data-source';
import { handleUnsubscribe, unsubscribePath } from './unsubscribe';

// The POST body checks of the unsubscribe endpoint, which answer before any operation runs: an
// ApolloServer that throws proves none is reached.
const apollo = {
  executeOperation: () => {
    throw new Error('no operation should run');
  },
} as unknown as ApolloServer<RouterContext>;

let server: http.Server;
let url: string;

beforeAll(async () => {
  const rateLimiter = createMemoryRateLimiter({ limit: 100, windowMs: 60_000 });
  server = http.createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://localhost');
    void handleUnsubscribe(req, res, target, { apollo, rateLimiter });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${unsubscribePath}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('POST /unsubscribe', () => {
  it('answers 413 to a form above 8 KB and closes the connection', async () => {
    const response = await request(url, {
      method: 'POST',
      headers: form,
      body: `token=${'x'.repeat(9 * 1024)}`,
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers.connection).toBe('close');
    expect(await response.body.text()).toBe('The request body is too large.\n');
  });

  it('reads a form within the limit: without a token it is a 400', async () => {
    const response = await request(url, { method: 'POST', headers: form, body: 'List-Unsubscribe=One-Click' });
    expect(response.statusCode).toBe(400);
    expect(await response.body.text()).toBe('Missing token.\n');
  });
});
