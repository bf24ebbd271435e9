import { Client } from 'pg';
import { acquireDatabaseServer, migrate, withDatabase } from './database-server';

type Embedded = Awaited<ReturnType<typeof acquireDatabaseServer>>['child'];
const state = globalThis as { __workgraphEmbedded?: Embedded; __workgraphTemplateReady?: boolean };

/**
 * One migrated template database per run; each test file clones it (CREATE DATABASE ... TEMPLATE),
 * which takes milliseconds and keeps files isolated from each other. The subgraph and stack tiers
 * both need it: when both run, jest calls each tier's setup in this one process, so the second is a no-op.
 */
export async function prepareTemplateDatabase(): Promise<void> {
  if (state.__workgraphTemplateReady) return;
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
  state.__workgraphEmbedded = child;
  state.__workgraphTemplateReady = true;
}

/** The subgraph tier's setup: the template database only (no Redis: its subgraphs run without a bus). */
export default prepareTemplateDatabase;
