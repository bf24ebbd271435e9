import { graphql } from 'graphql';
import { ConfigError } from '../config';
import { createLogger } from '../logger';
import sprints from '../../subgraphs/sprints/subgraph';
import users from '../../subgraphs/users/subgraph';
import { createSubgraph, type CreateSubgraphOptions } from './create-subgraph';
import type { AnySubgraphDeclaration, Worker } from './define-subgraph';

// Nothing here reaches a database: the pool connects lazily and every operation is refused first.
const options: CreateSubgraphOptions = {
  databaseUrl: 'postgresql://nobody@127.0.0.1:1/none',
  signingSecret: 'y'.repeat(32),
  subgraphUrl: () => 'http://127.0.0.1:1/graphql',
  logger: createLogger('test', 'silent'),
};
const person = { viewer: { userId: '00000000-0000-4000-8000-000000000001' }, service: null, clientAddress: null };

describe('createSubgraph', () => {
  it('denies a root field its declaration gives no rule, and still answers _service', async () => {
    const subgraph = createSubgraph({ ...sprints, permissions: {} } as AnySubgraphDeclaration, options);
    try {
      const run = (source: string) =>
        graphql({ schema: subgraph.schema, source, contextValue: subgraph.createContext(person) });
      const refused = await run('{ sprint(id: "x") { id } }');
      expect(refused.errors?.[0]?.originalError).toMatchObject({ code: 'FORBIDDEN' });
      const service = await run('{ _service { sdl } }');
      expect(service.errors).toBeUndefined();
      expect((service.data?._service as { sdl: string }).sdl).toContain('type Sprint');
    } finally {
      await subgraph.close();
    }
  });

  it('stops its workers in the reverse order of their start when it closes', async () => {
    const stopped: string[] = [];
    const worker = (name: string): Worker => ({ stop: async () => void stopped.push(name) });
    const subgraph = createSubgraph(
      {
        ...sprints,
        workers: { first: () => worker('first'), second: () => worker('second'), none: () => undefined },
      } as AnySubgraphDeclaration,
      options,
    );
    expect(Object.keys(subgraph.workers)).toEqual(['first', 'second']);
    await subgraph.close();
    expect(stopped).toEqual(['second', 'first']);
  });

  it('refuses settings that do not validate, naming the variable', () => {
    expect(() => createSubgraph(users, { ...options, env: { ACCESS_TOKEN_TTL_SECONDS: '5' } })).toThrow(ConfigError);
    expect(() => createSubgraph(users, { ...options, env: { ACCESS_TOKEN_TTL_SECONDS: '5' } })).toThrow(
      /ACCESS_TOKEN_TTL_SECONDS/,
    );
  });

  it('gives each request a context of its own with the identity it was signed for', () => {
    const subgraph = createSubgraph(sprints, options);
    const first = subgraph.createContext(person) as { identity: unknown; loaders: unknown };
    const second = subgraph.createContext(person) as { identity: unknown; loaders: unknown };
    expect(first.identity).toEqual(person);
    expect(first.loaders).not.toBe(second.loaders);
    return subgraph.close();
  });
});
