import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../lib/config';
import { pingDatabase } from '../lib/db/ping';
import { createStorageDriver, filesStorageSettings } from '../lib/files/storage/storage-settings';
import { createEventBus } from '../lib/events';
import type { Logger } from '../lib/logger';
import { defaultPublicUrl } from '../lib/public-url';
import { createSubgraph, type BuiltSubgraph } from '../lib/server/create-subgraph';
import { startReplayGuard } from '../lib/server/replay-guard';
import { startSubgraphServer } from '../lib/server/subgraph-server';
import { startRouter, type RouterOptions } from '../router';
import { subgraphDeclaration } from '../subgraphs/declarations';
import { subgraphRegistry, type SubgraphName } from '../subgraphs/registry';

/** A port for the router and for each subgraph of the registry; 0 picks a free one (tests). */
export type SupergraphPorts = Record<'router' | SubgraphName, number>;

export interface SupergraphOptions {
  databaseUrl: string;
  redisUrl?: string;
  /** Prefix of every Redis key (default `workgraph:`). */
  redisKeyPrefix?: string;
  signingSecret: string;
  jwtSecret: string;
  production: boolean;
  host?: string;
  ports: SupergraphPorts;
  /** The subgraphs' own settings by variable name (SMTP_URL, ...): the environment, or a test's overrides. */
  env?: Record<string, unknown>;
  /** Where people reach the router, for links in emails; this router's own address when unset. */
  publicUrl?: string;
  poolSize?: number;
  routerLimits?: RouterOptions['limits'];
  corsOrigins?: RouterOptions['corsOrigins'];
  logger: Logger;
}

export interface RunningSupergraph {
  routerUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Each subgraph as built, with its workers (tests drive the mailer with a fake clock). */
  subgraphs: Record<SubgraphName, BuiltSubgraph>;
  /** Live subscriptions on the router (tests wait for a subscription to be registered). */
  activeSubscriptions(): number;
  /** Answers to events the router computed: one per group of subscriptions that share an answer. */
  subscriptionExecutions(): number;
  stop(): Promise<void>;
}

export const supergraphSdlPath = path.resolve(__dirname, '../schema/supergraph.graphql');

/** Every subgraph of the registry on its own port and the router in front of them, in one process. */
export async function startSupergraph(options: SupergraphOptions): Promise<RunningSupergraph> {
  const { logger, signingSecret } = options;
  const host = options.host ?? '127.0.0.1';
  // Without PUBLIC_URL, email links point at this router, on the port it got (0 picks one).
  let routerPort = options.ports.router;
  const publicUrl = () => options.publicUrl ?? defaultPublicUrl(host, routerPort);
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
    // Subgraphs start in registry order; one that calls a later one (users asks every owner of a
    // node) reads its URL at the call, once it listens.
    const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
    const subgraphs: Partial<Record<SubgraphName, BuiltSubgraph>> = {};
    const env = { ...options.env, JWT_SECRET: options.jwtSecret };
    for (const entry of subgraphRegistry) {
      const subgraph = createSubgraph(subgraphDeclaration(entry.name), {
        databaseUrl: options.databaseUrl,
        poolSize: options.poolSize,
        signingSecret,
        subgraphUrl: (name) => {
          const url = subgraphUrls[name];
          if (!url) throw new Error(`The ${name} subgraph is not listening yet.`);
          return url;
        },
        bus,
        logger,
        env,
        publicUrl,
      });
      stops.push([`${entry.name} subgraph`, () => subgraph.close()]);
      const server = await startSubgraphServer(subgraph, {
        port: options.ports[entry.name],
        host,
        signingSecret,
        replayGuard,
        logger,
      });
      stops.push([`${entry.name} server`, () => server.stop()]);
      subgraphUrls[entry.name] = server.url;
      subgraphs[entry.name] = subgraph;
    }

    // The router serves the bytes the files subgraph signs links to: the same store, from the same settings.
    const storage = createStorageDriver(parseConfig(filesStorageSettings, env as NodeJS.ProcessEnv), {
      publicUrl,
      signingSecret,
    });
    const router = await startRouter({
      supergraphSdl: readFileSync(supergraphSdlPath, 'utf8'),
      storage,
      subgraphUrls: subgraphUrls as Record<SubgraphName, string>,
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
      subgraphUrls: subgraphUrls as Record<SubgraphName, string>,
      subgraphs: subgraphs as Record<SubgraphName, BuiltSubgraph>,
      activeSubscriptions: () => router.activeSubscriptions(),
      subscriptionExecutions: () => router.subscriptionExecutions(),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
