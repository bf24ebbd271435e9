import { z } from 'zod';
import { commonEnv, databaseEnv, loadConfigOrExit, redisEnv } from '../lib/config';
import { createPrismaClient } from '../lib/db/prisma';
import { createEventBus } from '../lib/events';
import { uuidPattern } from '../lib/ids';
import { createLogger } from '../lib/logger';
import { createServiceClient } from '../lib/server/service-client';
import { rebuildReadModel } from '../subgraphs/analytics/data/rebuild-read-model';
import { PrismaClient } from '../subgraphs/analytics/generated/prisma/client';
import { rebuildSource } from '../subgraphs/analytics/rebuild/rebuild-source';
import { subgraphEntry } from '../subgraphs/registry';

// npm run analytics:rebuild -- [--project <uuid> ...]: replays history into an empty analytics read
// model while everything runs (live events wait for it). See subgraphs/analytics/README.md.
const env = commonEnv.extend({
  ...databaseEnv.shape,
  ...redisEnv.shape,
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
  WORK_ITEMS_URL: z
    .string()
    .url()
    .default(`http://127.0.0.1:${subgraphEntry('work-items').defaultPort}/graphql`),
});

async function main() {
  const config = loadConfigOrExit(env);
  const args = process.argv.slice(2);
  const projectIds = args.flatMap((arg, i) => (args[i - 1] === '--project' ? [arg] : []));
  const invalid = projectIds.find((id) => !uuidPattern.test(id));
  if (invalid) throw new Error(`--project takes a project's uuid, not ${invalid}`);
  const logger = createLogger('analytics-rebuild', config.LOG_LEVEL);
  const prisma: PrismaClient = createPrismaClient(PrismaClient, {
    url: config.DATABASE_URL,
    domain: 'analytics',
    poolSize: 2,
  });
  const workItems = createServiceClient({
    url: config.WORK_ITEMS_URL,
    signingSecret: config.SUBGRAPH_SIGNING_SECRET,
    caller: 'analytics',
  });
  const bus = config.REDIS_URL
    ? createEventBus({ redisUrl: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX, logger })
    : null;
  if (!bus) logger.warn('REDIS_URL is not set: the rebuild reads work-items history only, no retained events');
  try {
    const report = await rebuildReadModel(prisma, rebuildSource({ workItems, bus, projectIds }), logger);
    console.log(JSON.stringify(report));
  } finally {
    await Promise.all([prisma.$disconnect(), workItems.close(), bus?.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
