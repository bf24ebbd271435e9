import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Logger } from '../lib/logger';
import { SignedDataSource, type RouterContext } from './signed-data-source';
import { createSubgraphFetcher } from './subgraph-fetcher';

/** A subgraph stand-in answering every request with the next status and body of the script. */
function scriptedSubgraph() {
  let next: { status: number; body: string } = { status: 200, body: '{"data":{}}' };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(next.status, { 'content-type': 'application/json' });
      res.end(next.body);
    });
  });
  return {
    server,
    answer: (status: number, body: unknown) =>
      (next = { status, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  };
}

describe('SignedDataSource', () => {
  const subgraph = scriptedSubgraph();
  const fetcher = createSubgraphFetcher({ signingSecret: 's'.repeat(40) });
  const logged: { message: string; fields: Record<string, unknown> }[] = [];
  const logger = {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (message: string, fields: Record<string, unknown>) => logged.push({ message, fields }),
  } as unknown as Logger;
  let source: SignedDataSource;

  beforeAll(async () => {
    await new Promise<void>((resolve) => subgraph.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(subgraph.server.address() as AddressInfo).port}/graphql`;
    source = new SignedDataSource({
      name: 'work-items',
      url,
      fetcher: fetcher.fetcher,
      logger,
    } as Partial<SignedDataSource>);
  });
  afterAll(async () => {
    await fetcher.close();
    await new Promise<void>((resolve) => subgraph.server.close(() => resolve()));
  });
  beforeEach(() => (logged.length = 0));

  const call = () =>
    source.process({
      request: { query: '{ x }', variables: {} },
      context: { userId: 'u1' },
      kind: 'incoming operation',
    } as unknown as GraphQLDataSourceProcessOptions<RouterContext>);

  it("passes a subgraph's BAD_USER_INPUT on with its code and field, and logs no outage", async () => {
    subgraph.answer(400, {
      errors: [
        {
          message: 'Date must be a calendar date.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.dueDate', stacktrace: ['at x'] },
        },
      ],
    });
    expect(await call()).toEqual({
      errors: [
        { message: 'Date must be a calendar date.', extensions: { code: 'BAD_USER_INPUT', field: 'input.dueDate' } },
      ],
    });
    expect(logged).toEqual([]);
  });

  it.each([
    ['a refused signature', 401, { errors: [{ message: 'unsigned', extensions: { code: 'UNAUTHENTICATED' } }] }],
    [
      'a validation error (router and subgraph disagree on the schema)',
      400,
      { errors: [{ message: 'x', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] },
    ],
    ['a body that is not JSON', 400, '<html>Bad Request</html>'],
    ['a server error', 500, { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }],
  ])('turns %s into SERVICE_UNAVAILABLE without the URL or body, and logs it', async (_name, status, body) => {
    subgraph.answer(status, body);
    await expect(call()).rejects.toMatchObject({
      message: 'The work-items service is unavailable.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]?.fields).toMatchObject({ subgraph: 'work-items', reason: `answered HTTP ${status}` });
  });
});
