import { loadConfigOrExit } from '../../lib/config';
import { migrateDatabase } from '../../lib/db/migrate';
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
  const subgraph = buildWorkItemsSubgraph({
    databaseUrl: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    projectsUrl: config.PROJECTS_URL,
    signingSecret: config.SUBGRAPH_SIGNING_SECRET,
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
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
