import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfigOrExit } from '../lib/config';
import { pingDatabase } from '../lib/db/ping';
import { stopOnSignals } from '../lib/server/shutdown';
import { createLogger } from '../lib/logger';
import { subgraphRegistry } from '../subgraphs/registry';
import { corsOriginsFromEnv, limitsFromEnv, routerEnv } from './config';
import { createEventBus } from '../lib/events';
import { createStorageDriver } from '../lib/files/storage/storage-settings';
import { defaultPublicUrl } from '../lib/public-url';
import { startRouter } from '.';

async function main() {
  const env = loadConfigOrExit(routerEnv);
  const logger = createLogger('router', env.LOG_LEVEL);
  const supergraphPath = path.resolve(process.cwd(), env.SUPERGRAPH_PATH);
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(supergraphPath, 'utf8');
  } catch (error) {
    console.error(`SUPERGRAPH_PATH: cannot read ${supergraphPath} (${(error as Error).message})`);
    process.exit(78);
  }
  const databaseUrl = env.DATABASE_URL;
  if (!env.REDIS_URL) {
    logger.warn(
      'REDIS_URL is not set: subscriptions receive no events from subgraphs in other processes (use npm start for one process)',
    );
  }
  const bus = createEventBus({ redisUrl: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX, logger });
  const router = await startRouter({
    supergraphSdl,
    subgraphUrls: Object.fromEntries(subgraphRegistry.map((entry) => [entry.name, env[entry.urlEnv]])),
    signingSecret: env.SUBGRAPH_SIGNING_SECRET,
    jwtSecret: env.JWT_SECRET,
    port: env.ROUTER_PORT,
    host: env.HOST,
    production: env.NODE_ENV === 'production',
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    bus,
    readinessChecks: databaseUrl ? { database: () => pingDatabase(databaseUrl) } : {},
    limits: limitsFromEnv(env),
    corsOrigins: corsOriginsFromEnv(env),
    // createStorageDriver checks the storage variables together (a missing bucket, half a key pair).
    storage: createStorageDriver(env, {
      publicUrl: () => env.PUBLIC_URL ?? defaultPublicUrl(env.HOST, env.ROUTER_PORT),
      signingSecret: env.SUBGRAPH_SIGNING_SECRET,
    }),
    logger,
  });
  stopOnSignals(logger, async () => {
    await router.stop();
    await bus.close();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
