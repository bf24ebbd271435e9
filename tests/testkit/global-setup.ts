import { prepareTemplateDatabase } from './global-setup-database';
import { resolveTestRedisUrl } from './redis-server';

/** The stack tier's setup: the template database, and the Redis the stacks use when the machine has one. */
export default async function globalSetup(): Promise<void> {
  await prepareTemplateDatabase();
  const redisUrl = await resolveTestRedisUrl();
  if (redisUrl) process.env.WORKGRAPH_TEST_REDIS_URL = redisUrl;
}
