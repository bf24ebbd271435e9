import { loadConfigOrExit } from '../../lib/config';
import { migrateDatabase } from '../../lib/db/migrate';
import { createLogger } from '../../lib/logger';
import { stopOnSignals } from '../../lib/server/shutdown';
import { startSubgraphServer } from '../../lib/server/subgraph-server';
import { usersEnv } from './config';
import { buildUsersSubgraph } from './index';

async function main() {
  const config = loadConfigOrExit(usersEnv);
  const logger = createLogger('users', config.LOG_LEVEL);
  if (config.MIGRATE_ON_START) {
    const applied = await migrateDatabase(config.DATABASE_URL, ['users']);
    if (applied.length) logger.info('migrations applied', { applied });
  }
  const subgraph = buildUsersSubgraph({
    databaseUrl: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    jwtSecret: config.JWT_SECRET,
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    logger,
  });
  const server = await startSubgraphServer(subgraph, {
    port: config.USERS_PORT,
    host: config.HOST,
    signingSecret: config.SUBGRAPH_SIGNING_SECRET,
    logger,
  });
  logger.info('users subgraph listening', { url: server.url });

  stopOnSignals(logger, async () => {
    await server.stop();
    await subgraph.close();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
