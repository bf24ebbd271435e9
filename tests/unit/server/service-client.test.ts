import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError, ErrorCode } from '../../../lib/errors';
import { createServiceClient } from '../../../lib/server/service-client';

// A real HTTP peer answering what a busy or broken subgraph answers.
let answer: { status: number; body: unknown } = { status: 200, body: { data: { ok: true } } };
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failureOf(status: number, body: unknown): Promise<AppError> {
  answer = { status, body };
  const client = createServiceClient({ url, signingSecret: 'x'.repeat(32), caller: 'work-items' });
  try {
    await client.query('{ ok }', {});
  } catch (error) {
    return error as AppError;
  } finally {
    await client.close();
  }
  throw new Error('The call did not fail.');
}

describe('a service call to a peer that fails', () => {
  it('is SERVICE_UNAVAILABLE when the peer says it is busy, so the client retries', async () => {
    const busy = {
      errors: [{ message: 'The service is busy: try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    };
    const error = await failureOf(200, busy);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(ErrorCode.ServiceUnavailable);
  });

  it('is SERVICE_UNAVAILABLE when the peer answers 503 without a GraphQL body', async () => {
    expect((await failureOf(503, 'overloaded')).code).toBe(ErrorCode.ServiceUnavailable);
  });

  it('stays an internal error for anything else the peer answers', async () => {
    const error = await failureOf(200, {
      errors: [{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
    expect(error.code).toBe(ErrorCode.InternalServerError);
    expect((await failureOf(500, { errors: [{ message: 'boom' }] })).code).toBe(ErrorCode.InternalServerError);
  });
});
