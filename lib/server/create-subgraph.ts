import { buildSubgraphSchema } from '@apollo/subgraph';
import { withConnectionNodes } from './connection-nodes';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { subgraphEntry, subgraphSdl, type SubgraphName } from '../../subgraphs/registry';
import { createRoleCaches, type RoleCaches } from '../cache/role-caches';
import { parseConfig } from '../config';
import { createPrismaClient } from '../db/prisma';
import type { EventBus } from '../events/bus';
import { startOutboxRelay, type OutboxRelay } from '../events/outbox-relay';
import type { OutboxSchema } from '../events/outbox';
import { startPurge, type DeletedOrganization, type DeletedProject } from '../events/purges';
import type { Logger } from '../logger';
import type { RequestIdentity } from '../viewer';
import type { AnySubgraphDeclaration, PrismaClientOptions, SubgraphRuntime, Worker } from './define-subgraph';
import { denyByDefault } from './permissions';
import { withRootPermissions } from './root-permissions';
import { createServiceClient, type ServiceClient } from './service-client';
import type { SubgraphDefinition } from './subgraph-server';

export interface CreateSubgraphOptions {
  databaseUrl: string;
  poolSize?: number;
  signingSecret: string;
  /** Where a subgraph it calls listens; read at each call (`npm start` learns some URLs later). */
  subgraphUrl(name: SubgraphName): string;
  /** Where events flow; without one the outbox keeps them and consuming workers do not start. */
  bus?: EventBus;
  logger: Logger;
  /** The variables its settings are read from (the environment, or a test's overrides). */
  env?: Record<string, unknown>;
  /** Where people reach the router. */
  publicUrl?: () => string;
}

export interface BuiltSubgraph<Context = unknown> extends SubgraphDefinition<Context & object> {
  name: SubgraphName;
  /** Its background workers, by the names its declaration gives them (only those that started). */
  workers: Record<string, Worker>;
  outboxRelay?: OutboxRelay;
  /** Its role caches (absent without a bus), shared by its requests. */
  roleCaches: RoleCaches | undefined;
  /** Stops workers, relay, service clients and the database pool, in that order. */
  close(): Promise<void>;
}

type ContextOf<Declaration> = Declaration extends { context(...args: never[]): infer Context }
  ? Context
  : { identity: RequestIdentity };

/**
 * Builds a declared subgraph: its Prisma client on its own schema, a signed client per subgraph it
 * calls, its schema with deny-by-default permissions, per-request contexts, the outbox relay and
 * its workers when events flow, readiness, and `close` in the reverse order of all that.
 */
export function createSubgraph<Declaration extends AnySubgraphDeclaration>(
  declaration: Declaration,
  options: CreateSubgraphOptions,
): BuiltSubgraph<ContextOf<Declaration>> {
  const entry = subgraphEntry(declaration.name);
  const { logger, bus } = options;
  const settings: unknown = declaration.settings
    ? parseConfig(declaration.settings, (options.env ?? {}) as NodeJS.ProcessEnv)
    : {};
  const prisma = createPrismaClient(
    class {
      constructor(clientOptions: PrismaClientOptions) {
        return declaration.prisma(clientOptions) as object;
      }
    },
    {
      url: options.databaseUrl,
      domain: entry.domain,
      poolSize: options.poolSize,
    },
  ) as { $queryRaw(query: TemplateStringsArray): Promise<unknown>; $disconnect(): Promise<void> };
  const clients = Object.fromEntries(
    (declaration.calls as readonly SubgraphName[]).map((name) => [
      name,
      createServiceClient({
        url: () => options.subgraphUrl(name),
        signingSecret: options.signingSecret,
        caller: declaration.name,
      }),
    ]),
  ) as Record<string, ServiceClient>;

  const runtime: SubgraphRuntime<unknown, SubgraphName, unknown> = {
    name: declaration.name,
    prisma,
    clients: clients as SubgraphRuntime<unknown, SubgraphName, unknown>['clients'],
    settings,
    signingSecret: options.signingSecret,
    publicUrl: options.publicUrl ?? (() => 'http://localhost:4000'),
    bus,
    roleCaches: bus && createRoleCaches(bus.epochs),
    logger,
  };
  const services: unknown = declaration.services?.(runtime) ?? {};
  const withServices = { ...runtime, services };
  const outboxRelay =
    bus && declaration.publishes.length
      ? startOutboxRelay({
          databaseUrl: options.databaseUrl,
          schema: entry.domain as OutboxSchema,
          bus,
          logger,
        })
      : undefined;
  const workers: Record<string, Worker> = {};
  for (const [name, start] of Object.entries(declaration.workers ?? {})) {
    const worker = start(withServices);
    if (worker) workers[name] = worker;
  }
  const { purgeProject, purgeOrganization } = declaration;
  if (bus && purgeProject) {
    const purge = (project: DeletedProject) => purgeProject(withServices, project);
    workers.projectPurge = startPurge({ subgraph: declaration.name, of: 'project', bus, logger, purge });
  }
  if (bus && purgeOrganization) {
    const purge = (organization: DeletedOrganization) => purgeOrganization(withServices, organization);
    workers.organizationPurge = startPurge({ subgraph: declaration.name, of: 'organization', bus, logger, purge });
  }
  const typeDefs = parse(subgraphSdl(entry));
  const schema = withRootPermissions(
    buildSubgraphSchema({
      typeDefs,
      resolvers: withConnectionNodes(typeDefs, declaration.resolvers) as GraphQLResolverMap<unknown>,
    }),
    denyByDefault(declaration.permissions),
    ...(declaration.fieldMiddleware ?? []),
  );
  return {
    name: declaration.name,
    schema,
    createContext: (identity) => declaration.context(withServices, identity) as ContextOf<Declaration> & object,
    checkReady: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    workers,
    outboxRelay,
    roleCaches: runtime.roleCaches,
    close: async () => {
      // Workers first, while the bus they read is still open (the caller closes the bus after us),
      // then the relay, so what they wrote still leaves; the pool last.
      for (const [name, worker] of Object.entries(workers).reverse()) {
        await worker
          .stop()
          .catch((error: unknown) => logger.error('worker stop failed', { name, error: String(error) }));
      }
      await outboxRelay?.stop();
      for (const client of Object.values(clients)) await client.close();
      await prisma.$disconnect();
      logger.debug(`${declaration.name} subgraph closed`);
    },
  };
}
