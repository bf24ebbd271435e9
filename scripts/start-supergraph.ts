import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pingDatabase } from '../lib/db/ping';
import type { Logger } from '../lib/logger';
import { startReplayGuard } from '../lib/server/replay-guard';
import { startSubgraphServer } from '../lib/server/subgraph-server';
import { buildUsersSubgraph, type UsersSubgraphOptions } from '../subgraphs/users';
import { buildProjectsSubgraph } from '../subgraphs/projects';
import { buildWorkItemsSubgraph } from '../subgraphs/work-items';
import { buildSprintsSubgraph } from '../subgraphs/sprints';
import { buildNotificationsSubgraph } from '../subgraphs/notifications';
import type { EmailOptions } from '../subgraphs/notifications/email/mailer';
import { defaultPublicUrl } from '../lib/public-url';
import { startRouter, type RouterOptions } from '../router';
import { createEventBus } from '../lib/events';

export interface SupergraphOptions {
  databaseUrl: string;
  redisUrl?: string;
  /** Prefix of every Redis key (default `workgraph:`). */
  redisKeyPrefix?: string;
  signingSecret: string;
  jwtSecret: string;
  production: boolean;
  host?: string;
  /** 0 picks free ports (tests). */
  ports: { router: number; users: number; projects: number; workItems: number; sprints: number; notifications: number };
  /** Notification emails: SMTP_URL, or .eml files in a folder. */
  email?: Partial<EmailOptions>;
  /** How often due emails are sent; 0: only when `mailer.runDue()` is called (tests). */
  mailerPollMs?: number;
  poolSize?: number;
  routerLimits?: RouterOptions['limits'];
  signInLimits?: UsersSubgraphOptions['signInLimits'];
  corsOrigins?: RouterOptions['corsOrigins'];
  logger: Logger;
}

export interface RunningSupergraph {
  routerUrl: string;
  subgraphUrls: { users: string; projects: string; 'work-items': string; sprints: string; notifications: string };
  /** Sends the notification emails that are due (tests drive it with a fake clock). */
  mailer: { runDue(now?: Date): Promise<number> };
  /** Live subscriptions on the router (tests wait for a subscription to be registered). */
  activeSubscriptions(): number;
  stop(): Promise<void>;
}

export const supergraphSdlPath = path.resolve(__dirname, '../schema/supergraph.graphql');

/** Every subgraph on its own port and the router in front of them, in one process. */
export async function startSupergraph(options: SupergraphOptions): Promise<RunningSupergraph> {
  const { logger, signingSecret } = options;
  const host = options.host ?? '127.0.0.1';
  // Without PUBLIC_URL, email links point at this router, on the port it got (0 picks one).
  let routerPort = options.ports.router;
  const publicUrl = options.email?.publicUrl ?? (() => defaultPublicUrl(host, routerPort));
  const stops: [string, () => Promise<void>][] = [];
  const stopAll = async () => {
    for (const [name, stop] of stops.reverse()) {
      logger.debug('stopping', { name });
      await stop().catch((error: unknown) => logger.error('stop failed', { name, error: String(error) }));
    }
  };
  try {
    // One bus for the process: without Redis, the subgraphs' relays and the router meet in memory.
    const bus = createEventBus({ redisUrl: options.redisUrl, keyPrefix: options.redisKeyPrefix, logger });
    stops.push(['event bus', () => bus.close()]);
    // One store of signature nonces for every subgraph: shared through Redis when there is one.
    const replayGuard = await startReplayGuard({
      redisUrl: options.redisUrl,
      keyPrefix: options.redisKeyPrefix,
      logger,
    });
    stops.push(['replay guard', () => replayGuard.close()]);
    // Users asks the other subgraphs whether a node exists, but they need its URL first: it reads theirs when it calls.
    const listening: { urls?: RunningSupergraph['subgraphUrls'] } = {};
    const users = buildUsersSubgraph({
      databaseUrl: options.databaseUrl,
      poolSize: options.poolSize,
      jwtSecret: options.jwtSecret,
      signInLimits: options.signInLimits,
      signingSecret,
      bus,
      subgraphUrl: (owner) => {
        if (!listening.urls) throw new Error(`The ${owner.name} subgraph is not listening yet.`);
        return listening.urls[owner.name];
      },
      logger,
    });
    stops.push(['users subgraph', () => users.close()]);
    const usersServer = await startSubgraphServer(users, {
      port: options.ports.users,
      host,
      signingSecret,
      replayGuard,
      logger,
    });
    stops.push(['users server', () => usersServer.stop()]);

    const projects = buildProjectsSubgraph({
      databaseUrl: options.databaseUrl,
      poolSize: options.poolSize,
      usersUrl: usersServer.url,
      signingSecret,
      bus,
      logger,
    });
    stops.push(['projects subgraph', () => projects.close()]);
    const projectsServer = await startSubgraphServer(projects, {
      port: options.ports.projects,
      host,
      signingSecret,
      replayGuard,
      logger,
    });
    stops.push(['projects server', () => projectsServer.stop()]);

    const workItems = buildWorkItemsSubgraph({
      databaseUrl: options.databaseUrl,
      poolSize: options.poolSize,
      projectsUrl: projectsServer.url,
      signingSecret,
      bus,
      logger,
    });
    stops.push(['work-items subgraph', () => workItems.close()]);
    const workItemsServer = await startSubgraphServer(workItems, {
      port: options.ports.workItems,
      host,
      signingSecret,
      replayGuard,
      logger,
    });
    stops.push(['work-items server', () => workItemsServer.stop()]);

    const sprints = buildSprintsSubgraph({
      databaseUrl: options.databaseUrl,
      poolSize: options.poolSize,
      projectsUrl: projectsServer.url,
      workItemsUrl: workItemsServer.url,
      signingSecret,
      bus,
      logger,
    });
    stops.push(['sprints subgraph', () => sprints.close()]);
    const sprintsServer = await startSubgraphServer(sprints, {
      port: options.ports.sprints,
      host,
      signingSecret,
      replayGuard,
      logger,
    });
    stops.push(['sprints server', () => sprintsServer.stop()]);

    const notifications = buildNotificationsSubgraph({
      databaseUrl: options.databaseUrl,
      poolSize: options.poolSize,
      usersUrl: usersServer.url,
      projectsUrl: projectsServer.url,
      signingSecret,
      email: {
        from: 'Workgraph <notifications@workgraph.localhost>',
        outboxDir: '.data/mail',
        ...options.email,
        publicUrl,
      },
      mailerPollMs: options.mailerPollMs,
      bus,
      logger,
    });
    stops.push(['notifications subgraph', () => notifications.close()]);
    const notificationsServer = await startSubgraphServer(notifications, {
      port: options.ports.notifications,
      host,
      signingSecret,
      replayGuard,
      logger,
    });
    stops.push(['notifications server', () => notificationsServer.stop()]);
    const subgraphUrls = {
      users: usersServer.url,
      projects: projectsServer.url,
      'work-items': workItemsServer.url,
      sprints: sprintsServer.url,
      notifications: notificationsServer.url,
    };
    listening.urls = subgraphUrls;

    const router = await startRouter({
      supergraphSdl: readFileSync(supergraphSdlPath, 'utf8'),
      subgraphUrls,
      signingSecret,
      jwtSecret: options.jwtSecret,
      port: options.ports.router,
      host,
      production: options.production,
      redisUrl: options.redisUrl,
      redisKeyPrefix: options.redisKeyPrefix,
      bus,
      readinessChecks: { database: () => pingDatabase(options.databaseUrl) },
      limits: options.routerLimits,
      corsOrigins: options.corsOrigins,
      logger,
    });
    stops.push(['router', () => router.stop()]);
    routerPort = Number(new URL(router.url).port);
    return {
      routerUrl: router.url,
      subgraphUrls,
      activeSubscriptions: () => router.activeSubscriptions(),
      mailer: notifications.mailer,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
