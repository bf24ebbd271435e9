import { randomUUID } from 'node:crypto';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { issueAccessToken } from '../../lib/auth/access-token';
import { defaultLimits } from '../../router/config';
import { startSubgraphServer, type RunningServer } from '../../lib/server/subgraph-server';
import { subgraphRegistry, subgraphSdl } from '../../subgraphs/registry';
import { graphql } from '../testkit/client';
import { logger, startFakeStack, type FakeStack } from './fake-subgraphs';

let stack: FakeStack;
let workItems: RunningServer;
let router: Awaited<ReturnType<FakeStack['startRouter']>>;
let token: string;
/** Requests the work-items subgraph received. */
let workItemRequests = 0;
const limit = defaultLimits.maxCost;

const workItemsSdl = subgraphSdl(subgraphRegistry.find((entry) => entry.name === 'work-items')!);

beforeAll(async () => {
  stack = await startFakeStack();
  token = (await issueAccessToken(stack.jwtSecret, randomUUID())).token;
  // The real work-items SDL behind the real signed server: an item relates to itself, so any depth answers.
  const item = { id: 'item-1', relations: () => [{ type: 'RELATES_TO', workItem: item }] };
  workItems = await startSubgraphServer(
    {
      name: 'work-items',
      schema: buildSubgraphSchema({
        typeDefs: parse(workItemsSdl),
        resolvers: { Query: { workItem: () => item } } as never,
      }),
      createContext: (identity) => {
        workItemRequests += 1;
        return identity;
      },
      checkReady: async () => {},
    },
    { port: 0, signingSecret: stack.signingSecret, logger },
  );
  router = await stack.startRouter({ subgraphUrls: { ...stack.subgraphUrls, 'work-items': workItems.url } });
});
afterAll(async () => {
  await router?.stop();
  await workItems?.stop();
  await stack?.stop();
});

const relationsDeep = (depth: number): string =>
  depth === 0 ? '{ id }' : `{ id relations { workItem ${relationsDeep(depth - 1)} } }`;

describe('the cost of plain lists', () => {
  it('refuses relations four deep before any subgraph is called, with the estimate in extensions.cost', async () => {
    const query = `{ workItem(id: "item-1") ${relationsDeep(4)} }`;
    const before = workItemRequests;
    const res = await graphql(router.url, query, {}, { token });
    expect(res.status).toBe(400);
    // The item, then at each level 100 times as many relations as above, each a relation and its item.
    const requested = 1 + 2 * 100 + 2 * 100 ** 2 + 2 * 100 ** 3 + 2 * 100 ** 4;
    expect(res.body).toEqual({
      errors: [
        {
          message: `The operation's estimated cost is ${requested}; the limit is ${limit}.`,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' },
        },
      ],
      extensions: { cost: { requested, limit } },
    });
    expect(workItemRequests).toBe(before);
  });

  it('runs relations one deep, answering its estimate', async () => {
    const before = workItemRequests;
    const res = await graphql(router.url, `{ workItem(id: "item-1") ${relationsDeep(1)} }`, {}, { token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: { workItem: { id: 'item-1', relations: [{ workItem: { id: 'item-1' } }] } },
      extensions: { cost: { requested: 1 + 100 * 2, limit } },
    });
    expect(workItemRequests).toBeGreaterThan(before);
  });

  it('answers the estimate on every executed operation, anonymous or failing ones included', async () => {
    const anonymous = await graphql(router.url, '{ me { id } }');
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.extensions).toEqual({ cost: { requested: 1, limit } });
    const pageTooLarge = await graphql(
      router.url,
      '{ me { organizations(first: 101) { totalCount } } }',
      {},
      { token },
    );
    expect(pageTooLarge.body.errors?.[0]?.extensions?.limit).toBe('pageSize');
    expect(pageTooLarge.body.extensions).toEqual({ cost: { requested: 2, limit } });
  });
});
