import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfigOrExit } from '../lib/config';
import { pingDatabase } from '../lib/db/ping';
import { stopOnSignals } from '../lib/server/shutdown';
import { createLogger } from '../lib/logger';
import { subgraphRegistry } from '../subgraphs/registry';
import { corsOriginsFromEnv, limitsFromEnv, routerEnv } from './config';
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
  const router = await startRouter({
    supergraphSdl,
    subgraphUrls: Object.fromEntries(subgraphRegistry.map((entry) => [entry.name, env[entry.urlEnv]])),
    signingSecret: env.SUBGRAPH_SIGNING_SECRET,
    jwtSecret: env.JWT_SECRET,
    port: env.ROUTER_PORT,
    host: env.HOST,
    production: env.NODE_ENV === 'production',
    redisUrl: env.REDIS_URL,
    readinessChecks: databaseUrl ? { database: () => pingDatabase(databaseUrl) } : {},
    limits: limitsFromEnv(env),
    corsOrigins: corsOriginsFromEnv(env),
    logger,
  });
  stopOnSignals(logger, () => router.stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
