import { loadConfigOrExit } from '../../lib/config';
import { migrateDatabase } from '../../lib/db/migrate';
import { createEventBus } from '../../lib/events';
import { createLogger } from '../../lib/logger';
import { stopOnSignals } from '../../lib/server/shutdown';
import { startSubgraphServer } from '../../lib/server/subgraph-server';
import { workItemsEnv } from './config';
import { buildWorkItemsSubgraph } from './index';

async function main() {
  const config = loadConfigOrExit(workItemsEnv);
  const logger = createLogger('work-items', config.LOG_LEVEL);
  if (config.MIGRATE_ON_START) {
    const applied = await migrateDatabase(config.DATABASE_URL, ['work_items']);
    if (applied.length) logger.info('migrations applied', { applied });
  }
  if (!config.REDIS_URL) {
    logger.warn('REDIS_URL is not set: events stay in this process, where nothing consumes them (use npm start)');
  }
  const bus = createEventBus({ redisUrl: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX, logger });
  const subgraph = buildWorkItemsSubgraph({
    databaseUrl: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    projectsUrl: config.PROJECTS_URL,
    signingSecret: config.SUBGRAPH_SIGNING_SECRET,
    bus,
    logger,
  });
  const server = await startSubgraphServer(subgraph, {
    port: config.WORK_ITEMS_PORT,
    host: config.HOST,
    signingSecret: config.SUBGRAPH_SIGNING_SECRET,
    logger,
  });
  logger.info('work-items subgraph listening', { url: server.url });

  stopOnSignals(logger, async () => {
    await server.stop();
    await subgraph.close();
    await bus.close();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
