import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { unauthenticated } from '../../lib/errors';
import { createLogger } from '../../lib/logger';
import { startSubgraphServer, type RunningServer } from '../../lib/server/subgraph-server';
import type { RequestIdentity } from '../../lib/viewer';
import { subgraphRegistry, subgraphSdl } from '../../subgraphs/registry';
import { startRouter, type RouterOptions } from '../../router';

export const logger = createLogger('router-test', (process.env.TEST_LOG_LEVEL as 'debug' | undefined) ?? 'silent');
export const supergraphSdl = readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8');

const sdlOf = (name: string) => subgraphSdl(subgraphRegistry.find((entry) => entry.name === name)!);
const pageInfo = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };

/**
 * The real subgraph SDLs with stub resolvers, behind the real signed subgraph server: the router's
 * own behaviour can be tested without a database. `Organization.projects.totalCount` is 1 when the
 * projects subgraph was told who the caller is, 0 otherwise.
 */
export function fakeUsersSchema() {
  return buildSubgraphSchema({
    typeDefs: parse(sdlOf('users')),
    resolvers: {
      Query: {
        // Any id is an organization stub, for the gateway to complete from the projects subgraph.
        node: (_: unknown, { id }: { id: string }) => ({ __typename: 'Organization', id }),
        me: (_: unknown, __: unknown, ctx: RequestIdentity) => {
          if (!ctx.viewer) throw unauthenticated();
          return { id: ctx.viewer.userId, name: 'Test User' };
        },
      },
      User: {
        organizations: (_: unknown, args: { first?: number }) => ({
          edges: Array.from({ length: Math.min(args.first ?? 20, 3) }, (_, i) => ({
            cursor: `c${i}`,
            node: { id: `org-${i}` },
          })),
          pageInfo,
          totalCount: 3,
        }),
      },
      Organization: { __resolveReference: (ref: { id: string }) => ref },
      Node: { __resolveType: (value: { __typename: string }) => value.__typename },
    } as never,
  });
}

/** `organizationExists: false`: every organization reference resolves to null, as for an object deleted mid-plan. */
export function fakeProjectsSchema(options: { organizationExists?: boolean } = {}) {
  const exists = options.organizationExists ?? true;
  return buildSubgraphSchema({
    typeDefs: parse(sdlOf('projects')),
    resolvers: {
      Organization: {
        __resolveReference: (ref: { id: string }) => (exists ? ref : null),
        projects: (_: unknown, __: unknown, ctx: RequestIdentity) => ({
          edges: [],
          pageInfo,
          totalCount: ctx.viewer ? 1 : 0,
        }),
      },
    } as never,
  });
}

export interface FakeStack {
  routerUrl: string;
  subgraphUrls: { users: string; projects: string };
  signingSecret: string;
  jwtSecret: string;
  startRouter(overrides?: Partial<RouterOptions>): ReturnType<typeof startRouter>;
  stop(): Promise<void>;
}

export async function startFakeStack(
  overrides: Partial<RouterOptions> = {},
  schemas: { projects?: ReturnType<typeof buildSubgraphSchema> } = {},
): Promise<FakeStack> {
  const signingSecret = randomBytes(32).toString('hex');
  const jwtSecret = randomBytes(32).toString('hex');
  const servers: RunningServer[] = [];
  const subgraph = async (name: string, schema: ReturnType<typeof buildSubgraphSchema>) => {
    const server = await startSubgraphServer(
      { name, schema, createContext: (identity) => identity, checkReady: async () => {} },
      { port: 0, signingSecret, logger },
    );
    servers.push(server);
    return server.url;
  };
  const subgraphUrls = {
    users: await subgraph('users', fakeUsersSchema()),
    projects: await subgraph('projects', schemas.projects ?? fakeProjectsSchema()),
  };
  const start = (more: Partial<RouterOptions> = {}) =>
    startRouter({
      supergraphSdl,
      subgraphUrls,
      signingSecret,
      jwtSecret,
      port: 0,
      production: false,
      logger,
      ...overrides,
      ...more,
    });
  const router = await start();
  return {
    routerUrl: router.url,
    subgraphUrls,
    signingSecret,
    jwtSecret,
    startRouter: start,
    stop: async () => {
      await router.stop();
      for (const server of servers.reverse()) await server.stop();
    },
  };
}
