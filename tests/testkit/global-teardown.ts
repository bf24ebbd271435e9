import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.WORKGRAPH_TEST_ADMIN_URL;
  const template = process.env.WORKGRAPH_TEST_TEMPLATE;
  if (adminUrl && template) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const leftovers = await admin.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2',
        [`wg_test_${process.pid}_%`, template],
      );
      for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  const state = globalThis as { __workgraphEmbedded?: ChildProcess; __workgraphTemplateReady?: boolean };
  const child = state.__workgraphEmbedded;
  // Both database tiers name this teardown; whichever runs it, it runs once.
  state.__workgraphEmbedded = undefined;
  state.__workgraphTemplateReady = false;
  if (child) {
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
