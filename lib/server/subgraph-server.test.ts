import { buildSchema } from 'graphql';
import { request } from 'undici';
import { createLogger } from '../logger';
import { startSubgraphServer, type RunningServer } from './subgraph-server';

// The subgraph server's answers before any signature is checked: what an unusable request gets.
let server: RunningServer;

beforeAll(async () => {
  server = await startSubgraphServer(
    {
      name: 'example',
      schema: buildSchema('type Query { ok: Boolean }'),
      createContext: (identity) => identity,
      checkReady: async () => {},
    },
    { port: 0, signingSecret: 'a-secret-of-at-least-thirty-two-characters', logger: createLogger('test', 'silent') },
  );
});

afterAll(() => server.stop());

describe('The subgraph server', () => {
  it('answers 413 BAD_REQUEST to a body above 1 MB, then closes the connection', async () => {
    const response = await request(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ok }', variables: { pad: 'x'.repeat(1024 * 1024) } }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers.connection).toBe('close');
    expect(await response.body.json()).toEqual({
      errors: [{ message: 'Request body too large.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers 401 UNAUTHENTICATED to a body within the limit that the router did not sign', async () => {
    const response = await request(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ok }' }),
    });
    expect(response.statusCode).toBe(401);
    expect(await response.body.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('answers 405 BAD_REQUEST to anything but POST', async () => {
    const response = await request(server.url, { method: 'GET' });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('POST');
    expect(await response.body.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('Starting a subgraph server', () => {
  const options = {
    port: 0,
    signingSecret: 'a-secret-of-at-least-thirty-two-characters',
    logger: createLogger('test', 'silent'),
  };
  const definition = (checkReady: () => Promise<void>) => ({
    name: 'example',
    schema: buildSchema('type Query { ok: Boolean }'),
    createContext: (identity: unknown) => identity as object,
    checkReady,
  });

  it('reaches its dependencies before it listens, so its first /readyz needs no connection to be opened', async () => {
    const events: string[] = [];
    const started = await startSubgraphServer(
      definition(async () => {
        events.push('checked');
      }),
      options,
    );
    events.push('listening');
    try {
      expect(events).toEqual(['checked', 'listening']);
    } finally {
      await started.stop();
    }
  });

  it('still starts when its database is unreachable, and reports 503 on /readyz until it answers', async () => {
    let reachable = false;
    const started = await startSubgraphServer(
      definition(async () => {
        if (!reachable) throw new Error('connect ECONNREFUSED');
      }),
      options,
    );
    try {
      const readyz = started.url.replace('/graphql', '/readyz');
      expect((await request(readyz)).statusCode).toBe(503);
      reachable = true;
      expect((await request(readyz)).statusCode).toBe(200);
    } finally {
      await started.stop();
    }
  });
});
