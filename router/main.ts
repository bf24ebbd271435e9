import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfigOrExit } from '../lib/config';
import { createLogger } from '../lib/logger';
import { subgraphRegistry } from '../subgraphs/registry';
import { limitsFromEnv, routerEnv } from './config';
import { startRouter } from '.';

async function pingDatabase(connectionString: string): Promise<void> {
  const client = new Client({ connectionString, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    await client.query('SELECT 1');
  } finally {
    await client.end();
  }
}

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
    logger,
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('router stopping', { signal });
    router.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('router stop failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
