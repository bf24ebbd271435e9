import { loadConfigOrExit } from '../lib/config';
import { migrateDatabase } from '../lib/db/migrate';
import { resolveDatabaseUrl } from '../lib/db/resolve-database-url';
import { createLogger } from '../lib/logger';
import { stopOnSignals } from '../lib/server/shutdown';
import { corsOriginsFromEnv, limitsFromEnv, routerEnv } from '../router/config';
import { startEnv } from './start-config';
import { startSupergraph, type SupergraphPorts } from './start-supergraph';
import { subgraphRegistry } from '../subgraphs/registry';

async function main() {
  const config = loadConfigOrExit(startEnv);
  const routerConfig = loadConfigOrExit(routerEnv);
  const logger = createLogger('workgraph', config.LOG_LEVEL);
  const running: {
    database?: Awaited<ReturnType<typeof resolveDatabaseUrl>>;
    supergraph?: Awaited<ReturnType<typeof startSupergraph>>;
  } = {};
  // Registered before the embedded PostgreSQL starts, so the services stop first and the database last.
  stopOnSignals(logger, async () => {
    await running.supergraph?.stop();
    await running.database?.stop();
  });
  const database = await resolveDatabaseUrl(process.env);
  running.database = database;
  logger.info(database.embedded ? 'embedded PostgreSQL started' : 'using DATABASE_URL', {
    database: database.url.replace(/\/\/[^@]*@/, '//***@'),
  });
  try {
    const applied = await migrateDatabase(database.url);
    if (applied.length) logger.info('migrations applied', { applied });
    running.supergraph = await startSupergraph({
      databaseUrl: database.url,
      redisUrl: config.REDIS_URL,
      redisKeyPrefix: config.REDIS_KEY_PREFIX,
      signingSecret: config.SUBGRAPH_SIGNING_SECRET,
      jwtSecret: config.JWT_SECRET,
      production: config.NODE_ENV === 'production',
      host: config.HOST,
      ports: {
        router: config.ROUTER_PORT,
        ...(Object.fromEntries(
          subgraphRegistry.map((entry) => [entry.name, Number((config as Record<string, unknown>)[entry.portEnv])]),
        ) as Omit<SupergraphPorts, 'router'>),
      },
      poolSize: config.DATABASE_POOL_SIZE,
      // Each subgraph reads its settings from the variables themselves: `config` holds them parsed
      // already (FILES_S3_FORCE_PATH_STYLE a boolean), which a second parse refuses.
      env: process.env,
      publicUrl: config.PUBLIC_URL,
      routerLimits: limitsFromEnv(routerConfig),
      corsOrigins: corsOriginsFromEnv(routerConfig),
      logger,
    });
  } catch (error) {
    await database.stop();
    throw error;
  }
  const supergraph = running.supergraph;
  const publicUrl = supergraph.routerUrl.replace('127.0.0.1', 'localhost');
  console.log(
    `\nWorkgraph is running.\n  Router (GraphQL + Sandbox): ${publicUrl}\n  Subgraphs: ${Object.entries(
      supergraph.subgraphUrls,
    )
      .map(([n, u]) => `${n} ${u}`)
      .join(
        ', ',
      )}\n  Redis: ${config.REDIS_URL ? 'REDIS_URL' : 'in-process fallback'}\n  Load demo data: npm run seed:demo\n  Stop: Ctrl-C\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
