import { randomUUID } from 'node:crypto';
import { issueAccessToken } from '../../lib/auth/access-token';
import type { Logger } from '../../lib/logger';
import { graphql } from '../testkit/client';
import { fakeProjectsSchema, startFakeStack, type FakeStack } from './fake-subgraphs';

const warnings: { message: string; fields?: Record<string, unknown> }[] = [];
const logger: Logger = {
  debug: () => {},
  info: () => {},
  warn: (message, fields) => warnings.push({ message, fields }),
  error: () => {},
};

let stack: FakeStack;
beforeAll(async () => {
  stack = await startFakeStack({ logger }, { projects: fakeProjectsSchema({ organizationExists: false }) });
});
afterAll(() => stack?.stop());

it('answers an entity that vanished mid-plan as NOT_FOUND at its path, logging the gateway’s report', async () => {
  const { token } = await issueAccessToken(stack.jwtSecret, randomUUID());
  const res = await graphql(
    stack.routerUrl,
    '{ me { organizations(first: 1) { edges { node { projects { totalCount } } } } } }',
    {},
    { token },
  );
  expect(res.status).toBe(200);
  expect(JSON.stringify(res.body)).not.toContain('valueCompletion');
  expect(Object.keys((res.body as { extensions?: object }).extensions ?? {})).toEqual(['cost']);
  // Every field on the way up is non-null, so the null reaches the root.
  expect(res.body.data).toBeNull();
  expect(res.body.errors).toEqual([
    {
      message: 'An object this answer refers to no longer exists or is not visible to you.',
      path: ['me', 'organizations', 'edges', 0, 'node', 'projects'],
      extensions: { code: 'NOT_FOUND' },
    },
  ]);
  expect(warnings.map((warning) => warning.message)).toContain('gateway: entities missing while completing a plan');
});

it('leaves a null that stops at a nullable field without errors, as the schema documents it', async () => {
  const { token } = await issueAccessToken(stack.jwtSecret, randomUUID());
  warnings.length = 0;
  const res = await graphql(
    stack.routerUrl,
    '{ me { name } node(id: "T3JnYW5pemF0aW9uOm9yZy0x") { ... on Organization { projects { totalCount } } } }',
    {},
    { token },
  );
  expect(res.body.data).toEqual({ me: { name: 'Test User' }, node: null });
  expect(res.body.errors).toBeUndefined();
  expect(JSON.stringify(res.body)).not.toContain('valueCompletion');
  expect(warnings.map((warning) => warning.message)).toEqual(['gateway: entities missing while completing a plan']);
});
