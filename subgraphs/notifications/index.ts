import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { createPrismaClient } from '../../lib/db/prisma';
import type { Consumer, EventBus } from '../../lib/events/bus';
import { startOutboxRelay, type OutboxRelay } from '../../lib/events/outbox-relay';
import type { Logger } from '../../lib/logger';
import { createServiceClient } from '../../lib/server/service-client';
import { withRootPermissions } from '../../lib/server/root-permissions';
import type { SubgraphDefinition } from '../../lib/server/subgraph-server';
import type { NotificationsContext } from './context';
import { startMailer, type EmailOptions, type Mailer } from './email/mailer';
import { PrismaClient } from './generated/prisma/client';
import { createLoaders } from './loaders';
import { permissions } from './permissions';
import { startNotificationsProjection } from './projection/consumer';
import { resolvers } from './resolvers';

export interface NotificationsSubgraphOptions {
  databaseUrl: string;
  poolSize?: number;
  /** The users subgraph itself: names, emails and time zones of recipients, by signed calls. */
  usersUrl: string;
  /** The projects subgraph itself: project roles (watching needs read access). */
  projectsUrl: string;
  signingSecret: string;
  email: EmailOptions;
  /** How often the mailer looks for due emails; 0: only when `mailer.runDue()` is called (tests). */
  mailerPollMs?: number;
  /**
   * Where the events come from and the outbox relay publishes `notification.created`. Without one,
   * nothing is notified (tests of the schema alone).
   */
  bus?: EventBus;
  logger: Logger;
}

export const notificationsTypeDefs = parse(readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'));

export function buildNotificationsSubgraph(
  options: NotificationsSubgraphOptions,
): SubgraphDefinition<NotificationsContext> & {
  close(): Promise<void>;
  outboxRelay?: OutboxRelay;
  projection?: Consumer;
  mailer: Mailer;
} {
  const prisma = createPrismaClient(PrismaClient, {
    url: options.databaseUrl,
    domain: 'notifications',
    poolSize: options.poolSize,
  });
  const usersClient = createServiceClient({
    url: options.usersUrl,
    signingSecret: options.signingSecret,
    caller: 'notifications',
  });
  const projectsClient = createServiceClient({
    url: options.projectsUrl,
    signingSecret: options.signingSecret,
    caller: 'notifications',
  });
  const outboxRelay =
    options.bus &&
    startOutboxRelay({
      databaseUrl: options.databaseUrl,
      schema: 'notifications',
      bus: options.bus,
      logger: options.logger,
    });
  const projection =
    options.bus &&
    startNotificationsProjection({
      prisma,
      bus: options.bus,
      usersClient,
      projectsClient,
      logger: options.logger,
    });
  const mailer = startMailer({
    prisma,
    email: options.email,
    signingSecret: options.signingSecret,
    logger: options.logger,
    usersClient,
    pollMs: options.mailerPollMs,
  });
  const schema = withRootPermissions(
    buildSubgraphSchema({ typeDefs: notificationsTypeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }),
    permissions,
  );
  return {
    name: 'notifications',
    schema,
    createContext: (identity) => ({
      identity,
      prisma,
      loaders: createLoaders(prisma, identity, projectsClient),
      usersClient,
      signingSecret: options.signingSecret,
    }),
    checkReady: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    outboxRelay,
    projection,
    mailer,
    close: async () => {
      // First, while the bus is still open (the caller closes the bus after us).
      await projection?.stop();
      await mailer.stop();
      await outboxRelay?.stop();
      await usersClient.close();
      await projectsClient.close();
      await prisma.$disconnect();
      options.logger.debug('notifications subgraph closed');
    },
  };
}
