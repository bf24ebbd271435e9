import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { analyzeCost } from './cost';
import { costLimitPlugin } from './plugin';

const schema = buildSchema(`
  type Query { me: User, user(id: ID!): User, users(first: Int): [User!]! }
  type User { id: ID!, name: String, friends: [User!]! }
`);
const resolvers = { me: () => ({ id: '1', name: 'Ada', friends: [] }), users: () => [] };
const limits = { maxCost: 100, maxPageSize: 100, defaultPageSize: 20 };

async function serverCountingAnalyses() {
  let analyses = 0;
  const analyze: typeof analyzeCost = (...args) => {
    analyses += 1;
    return analyzeCost(...args);
  };
  const server = new ApolloServer({ schema, rootValue: resolvers, plugins: [costLimitPlugin(limits, { analyze })] });
  await server.start();
  return { server, analyses: () => analyses };
}

const singleResult = (response: Awaited<ReturnType<ApolloServer['executeOperation']>>) => {
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
};

describe('costLimitPlugin', () => {
  it('answers the estimate and the limit in extensions.cost', async () => {
    const { server } = await serverCountingAnalyses();
    try {
      const result = singleResult(await server.executeOperation({ query: '{ me { id name } }' }));
      expect(result).toEqual({
        data: { me: { id: '1', name: 'Ada' } },
        extensions: { cost: { requested: 1, limit: 100 } },
      });
    } finally {
      await server.stop();
    }
  });

  it('refuses an operation above the limit with the estimate in extensions.cost', async () => {
    const { server } = await serverCountingAnalyses();
    try {
      // A list without a declared size counts as a full page: me and 100 friends.
      const response = await server.executeOperation({ query: '{ me { friends { id name } } }' });
      expect(response.http.status).toBe(400);
      expect(singleResult(response)).toEqual({
        errors: [
          {
            message: "The operation's estimated cost is 101; the limit is 100.",
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' },
          },
        ],
        extensions: { cost: { requested: 101, limit: 100 } },
      });
    } finally {
      await server.stop();
    }
  });

  it('analyses a document once, unless a variable takes part in the estimate', async () => {
    const { server, analyses } = await serverCountingAnalyses();
    try {
      for (let i = 0; i < 3; i += 1) await server.executeOperation({ query: '{ me { id } }' });
      expect(analyses()).toBe(1);
      const otherVariable = 'query($id: ID!) { user(id: $id) { id } }';
      for (let i = 0; i < 2; i += 1) await server.executeOperation({ query: otherVariable, variables: { id: '1' } });
      expect(analyses()).toBe(2);
      const sizedByVariable = 'query($n: Int) { users(first: $n) { id } }';
      for (const n of [1, 2]) await server.executeOperation({ query: sizedByVariable, variables: { n } });
      expect(analyses()).toBe(4);
    } finally {
      await server.stop();
    }
  });

  it('leaves responses without a resolved operation alone', async () => {
    const { server } = await serverCountingAnalyses();
    try {
      const result = singleResult(await server.executeOperation({ query: '{ nope }' }));
      expect(result.extensions).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await server.stop();
    }
  });
});
