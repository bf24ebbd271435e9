import { Client } from 'pg';
import { acquireDatabaseServer, migrate, withDatabase } from './database-server';
import { resolveTestRedisUrl } from './redis-server';

// One migrated template database per run; each test file clones it (CREATE DATABASE ... TEMPLATE),
// which takes milliseconds and keeps files isolated from each other.
export default async function globalSetup(): Promise<void> {
  const { adminUrl, child } = await acquireDatabaseServer();
  const template = `wg_test_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  migrate(withDatabase(adminUrl, template));
  process.env.WORKGRAPH_TEST_ADMIN_URL = adminUrl;
  process.env.WORKGRAPH_TEST_TEMPLATE = template;
  const redisUrl = await resolveTestRedisUrl();
  if (redisUrl) process.env.WORKGRAPH_TEST_REDIS_URL = redisUrl;
  (globalThis as { __workgraphEmbedded?: typeof child }).__workgraphEmbedded = child;
}
