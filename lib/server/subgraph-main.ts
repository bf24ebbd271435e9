import { subgraphEntry } from '../../subgraphs/registry';
import { loadConfigOrExit } from '../config';
import { migrateDatabase } from '../db/migrate';
import { createEventBus } from '../events';
import { createLogger } from '../logger';
import { defaultPublicUrl } from '../public-url';
import { createSubgraph } from './create-subgraph';
import type { AnySubgraphDeclaration } from './define-subgraph';
import { startReplayGuard } from './replay-guard';
import { stopOnSignals } from './shutdown';
import { subgraphProcessEnv } from './subgraph-env';
import { startSubgraphServer } from './subgraph-server';

/**
 * One subgraph alone in its process, as docker-compose runs it: validates its environment, migrates
 * its schema, serves, and stops in order on SIGINT/SIGTERM (server, workers and relay, bus).
 */
export function runSubgraphMain(declaration: AnySubgraphDeclaration): void {
  async function main() {
    const entry = subgraphEntry(declaration.name);
    const config = loadConfigOrExit(subgraphProcessEnv(declaration));
    // Its port and the URLs of the subgraphs it calls are named by the registry, e.g. WORK_ITEMS_URL.
    const variable = (name: string) => String((config as Record<string, unknown>)[name]);
    const logger = createLogger(declaration.name, config.LOG_LEVEL);
    if (config.MIGRATE_ON_START) {
      const applied = await migrateDatabase(config.DATABASE_URL, [entry.domain]);
      if (applied.length) logger.info('migrations applied', { applied });
    }
    if (!config.REDIS_URL && (declaration.publishes.length || declaration.consumes.length)) {
      logger.warn('REDIS_URL is not set: events stay in this process, where nothing else sees them (use npm start)');
    }
    const bus = createEventBus({
      redisUrl: config.REDIS_URL,
      keyPrefix: config.REDIS_KEY_PREFIX,
      logger,
      standalone: true,
    });
    const subgraph = createSubgraph(declaration, {
      databaseUrl: config.DATABASE_URL,
      poolSize: config.DATABASE_POOL_SIZE,
      signingSecret: config.SUBGRAPH_SIGNING_SECRET,
      subgraphUrl: (name) => variable(subgraphEntry(name).urlEnv),
      bus,
      logger,
      // Its settings are parsed from the variables themselves, not from `config`, where they are parsed already.
      env: process.env,
      publicUrl: () => config.PUBLIC_URL ?? defaultPublicUrl(config.HOST, config.ROUTER_PORT),
    });
    const replayGuard = await startReplayGuard({
      redisUrl: config.REDIS_URL,
      keyPrefix: config.REDIS_KEY_PREFIX,
      logger,
    });
    const server = await startSubgraphServer(subgraph, {
      port: Number(variable(entry.portEnv)),
      host: config.HOST,
      signingSecret: config.SUBGRAPH_SIGNING_SECRET,
      replayGuard,
      logger,
    });
    logger.info(`${declaration.name} subgraph listening`, { url: server.url });

    stopOnSignals(logger, async () => {
      await server.stop();
      await subgraph.close();
      await replayGuard.close();
      await bus.close();
    });
  }

  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
