import type { IMiddleware } from 'graphql-middleware';
import type { z } from 'zod';
import type { PrismaPg } from '@prisma/adapter-pg';
import type { RoleCaches } from '../cache/role-caches';
import type { EventStream } from '../events/envelope';
import type { EventBus } from '../events/bus';
import type { DeletedOrganization, DeletedProject, PurgedRows } from '../events/purges';
import type { Logger } from '../logger';
import type { RequestIdentity } from '../viewer';
import type { SubgraphName } from '../../subgraphs/registry';
import type { RootRules } from './permissions';
import type { ServiceClient } from './service-client';

/** Something a subgraph runs in the background (a consumer, a mailer): stopped in reverse order at shutdown. */
export interface Worker {
  stop(): Promise<void>;
}

/** What the platform gives a subgraph's generated Prisma client: its pool on the subgraph's own schema. */
export type PrismaClientOptions = {
  adapter: PrismaPg;
  transactionOptions?: { maxWait: number; timeout: number };
};

/** What the platform builds once per process for a subgraph, from its declaration. */
export interface SubgraphRuntime<Client, Calls extends SubgraphName, Settings> {
  name: SubgraphName;
  prisma: Client;
  /** One signed client per subgraph it calls, by name. */
  clients: { readonly [Name in Calls]: ServiceClient };
  /** Its own settings, validated from the environment (and overrides) at start-up. */
  settings: Settings;
  signingSecret: string;
  /** Where people reach the router (links in emails); PUBLIC_URL, else this machine's router. */
  publicUrl(): string;
  /** Present when events flow: Redis with REDIS_URL, else in process. Workers that consume need it. */
  bus: EventBus | undefined;
  /**
   * Project and organization roles across requests, invalidated by access epochs
   * (lib/cache/role-caches.ts); present with a bus. Pass them to the role loaders.
   */
  roleCaches: RoleCaches | undefined;
  logger: Logger;
}

/**
 * One subgraph, declared once (`subgraphs/<name>/subgraph.ts`). The platform reads the rest from the
 * registry line of the same name (port, URL variable, SDL, database schema, Node types) and builds
 * the Prisma client, the signed service clients, per-request contexts, the outbox relay and the
 * workers, graphql-shield with deny-by-default, health and readiness, and an ordered shutdown.
 */
export interface SubgraphDeclaration<
  Client = unknown,
  Calls extends SubgraphName = SubgraphName,
  Settings = unknown,
  Services = unknown,
  Context extends { identity: RequestIdentity } = { identity: RequestIdentity },
> {
  name: SubgraphName;
  /** Its generated Prisma client, e.g. `(options) => new PrismaClient(options)`; the platform supplies the pool. */
  prisma(options: PrismaClientOptions): Client;
  resolvers: object;
  /**
   * Who may call each root field. Any root field not listed is denied; `_entities` and `_service`
   * are allowed (reference resolvers check access per entity).
   */
  permissions: RootRules;
  /** Middleware that guards nested fields on purpose (hidden rather than refused), after the rules. */
  fieldMiddleware?: IMiddleware[];
  /** The subgraphs it calls with signed requests (their URL variables become its settings). */
  calls: readonly Calls[];
  /** The streams it publishes through its outbox: the platform runs the relay when there is a bus. */
  publishes: readonly EventStream[];
  /** The streams its workers consume (documentation and checks; the workers subscribe themselves). */
  consumes: readonly EventStream[];
  /** Variables of its own, validated at start-up with the rest of the configuration. */
  settings?: z.ZodType<Settings>;
  /** Per-process objects its contexts share (caches with a written invalidation rule, lookups). */
  services?(runtime: SubgraphRuntime<Client, Calls, Settings>): Services;
  /** A fresh context for every request, with fresh DataLoaders. */
  context(
    runtime: SubgraphRuntime<Client, Calls, Settings> & { services: Services },
    identity: RequestIdentity,
  ): Context;
  /**
   * Deletes every row it holds of a deleted project (`deleteProject`): the platform runs it for each
   * `project.deleted` in the consumer group `<name>-project-purge` when events flow, so its `consumes`
   * lists `projects`. Must be idempotent, and must not fail on a project it never heard of.
   */
  purgeProject?(
    runtime: SubgraphRuntime<Client, Calls, Settings> & { services: Services },
    project: DeletedProject,
  ): Promise<PurgedRows>;
  /**
   * Deletes the rows it holds of a deleted organization beyond its projects (those go by
   * `purgeProject`, as the projects service deletes each one): run for each `organization.deleted`
   * in the group `<name>-organization-purge`, so its `consumes` lists `users`. Idempotent.
   */
  purgeOrganization?(
    runtime: SubgraphRuntime<Client, Calls, Settings> & { services: Services },
    organization: DeletedOrganization,
  ): Promise<PurgedRows>;
  /** Its background workers; a factory answers undefined for a worker that cannot run (no bus). */
  workers?: Record<
    string,
    (runtime: SubgraphRuntime<Client, Calls, Settings> & { services: Services }) => Worker | undefined
  >;
}

/** Declares a subgraph; the identity function that lets TypeScript infer the declaration's types. */
export function defineSubgraph<
  Client,
  Calls extends SubgraphName,
  Settings,
  Services,
  Context extends { identity: RequestIdentity },
>(
  declaration: SubgraphDeclaration<Client, Calls, Settings, Services, Context>,
): SubgraphDeclaration<Client, Calls, Settings, Services, Context> {
  return declaration;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a declaration of any subgraph, whatever its types
export type AnySubgraphDeclaration = SubgraphDeclaration<any, any, any, any, any>;
