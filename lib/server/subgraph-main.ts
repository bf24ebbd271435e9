import type { BaseContext } from '@apollo/server';
import type { z } from 'zod';
import { loadConfigOrExit } from '../config';
import { migrateDatabase } from '../db/migrate';
import { createEventBus, type EventBus } from '../events';
import { createLogger, type Logger, type LogLevel } from '../logger';
import { startReplayGuard } from './replay-guard';
import { stopOnSignals } from './shutdown';
import { startSubgraphServer, type SubgraphDefinition } from './subgraph-server';

/** The variables every subgraph process reads (see each subgraph's config.ts). */
interface SubgraphProcessEnv {
  LOG_LEVEL: LogLevel;
  DATABASE_URL: string;
  MIGRATE_ON_START: boolean;
  HOST: string;
  SUBGRAPH_SIGNING_SECRET: string;
  REDIS_URL?: string;
  REDIS_KEY_PREFIX?: string;
}

export interface SubgraphMainOptions<Schema extends z.ZodType<SubgraphProcessEnv>> {
  /** As in the registry, e.g. `work-items`. */
  name: string;
  /** The database schema whose migrations it applies at start-up, e.g. `work_items`. */
  domain: string;
  env: Schema;
  port(config: z.infer<Schema>): number;
  /** Subgraphs that publish events get a bus: Redis with REDIS_URL, else in process. */
  publishesEvents: boolean;
  build(
    config: z.infer<Schema>,
    logger: Logger,
    bus: EventBus | undefined,
  ): SubgraphDefinition<BaseContext> & { close(): Promise<void> };
}

/**
 * `subgraphs/<name>/main.ts`: one subgraph alone in its process, as docker-compose runs it. Reads
 * and validates its environment, migrates its schema, serves, and stops in order on SIGINT/SIGTERM.
 */
export function runSubgraphMain<Schema extends z.ZodType<SubgraphProcessEnv>>(options: SubgraphMainOptions<Schema>) {
  async function main() {
    const config = loadConfigOrExit(options.env);
    const logger = createLogger(options.name, config.LOG_LEVEL);
    if (config.MIGRATE_ON_START) {
      const applied = await migrateDatabase(config.DATABASE_URL, [options.domain]);
      if (applied.length) logger.info('migrations applied', { applied });
    }
    let bus: EventBus | undefined;
    if (options.publishesEvents) {
      if (!config.REDIS_URL) {
        logger.warn('REDIS_URL is not set: events stay in this process, where nothing consumes them (use npm start)');
      }
      bus = createEventBus({ redisUrl: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX, logger });
    }
    const subgraph = options.build(config, logger, bus);
    const replayGuard = await startReplayGuard({
      redisUrl: config.REDIS_URL,
      keyPrefix: config.REDIS_KEY_PREFIX,
      logger,
    });
    const server = await startSubgraphServer(subgraph, {
      port: options.port(config),
      host: config.HOST,
      signingSecret: config.SUBGRAPH_SIGNING_SECRET,
      replayGuard,
      logger,
    });
    logger.info(`${options.name} subgraph listening`, { url: server.url });

    stopOnSignals(logger, async () => {
      await server.stop();
      await subgraph.close();
      await replayGuard.close();
      await bus?.close();
    });
  }

  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
