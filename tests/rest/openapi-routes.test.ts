import { readFileSync } from 'node:fs';
import path from 'node:path';
import { restApiDefinition } from '../../router/rest';
import { restBasePath } from '../../router/rest';
import { restOpenApiDocument } from '../../scripts/rest-docs';
import { Supergraph } from '@apollo/federation-internals';
import { supergraphPath } from '../../scripts/compose-supergraph';
import { useTestStack } from '../testkit';
import { rest } from './support';

const stack = useTestStack({ routerLimits: { rateLimitPerWindow: 1000 } });

/** Every operation of a document as `METHOD /path`. */
const operationsOf = (document: Record<string, unknown>) =>
  Object.entries(document.paths as Record<string, Record<string, unknown>>)
    .flatMap(([route, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${route}`))
    .sort();

describe('the routes /api/v1 answers and its OpenAPI document', () => {
  it('serves the committed document', async () => {
    const served = await rest(stack, 'GET', '/openapi.json');
    const committed = JSON.parse(readFileSync(path.resolve(__dirname, '../../docs/rest/openapi.json'), 'utf8'));
    expect(served.body).toEqual(committed);
  });

  it('documents exactly the routes the server has', () => {
    const api = Supergraph.build(readFileSync(supergraphPath, 'utf8')).apiSchema().toGraphQLJSSchema();
    const { routes } = restApiDefinition(api, () => Promise.reject(new Error('not run')));
    const served = routes.map((route) => `${route.method} ${restBasePath}${route.path}`);
    expect([...served, `GET ${restBasePath}/openapi.json`].sort()).toEqual(operationsOf(restOpenApiDocument()));
  });

  it('answers every documented operation, asking for a token (the document itself needs none)', async () => {
    const sample = (route: string) =>
      route.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'key' ? 'WEB-1' : 'x'));
    for (const operation of operationsOf(restOpenApiDocument())) {
      const [method, route] = operation.split(' ') as [string, string];
      const answer = await rest(stack, method, sample(route), {
        headers: { 'x-workgraph-token': 'no-check', 'content-type': 'application/json' },
        rawBody: method === 'GET' ? undefined : '{}',
      });
      expect({ operation, status: answer.status }).toEqual({
        operation,
        status: route.endsWith('/openapi.json') ? 200 : 401,
      });
    }
  });
});

describe('the rate limit of /api/v1', () => {
  const limited = useTestStack({ routerLimits: { rateLimitPerWindow: 3 } });

  it('is the /graphql budget: past it, a 429 problem with Retry-After', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await rest(limited, 'GET', '/me', { token: 'x' }));
    expect(answers.map((answer) => answer.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
    const refused = answers[3]!;
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
