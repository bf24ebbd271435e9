import { Client } from 'pg';
import { migrateDatabase } from '../lib/db/migrate';
import { uuidOf } from './explain-support';

// What the analytics seed, EXPLAIN script and benchmark share: where the seeded database is, and the
// seed's ids (md5(name)::uuid, as `uuidOf` computes them).

/** The scratch database made on the local server when DATABASE_URL is not set. */
export const benchDatabase = 'workgraph_analytics_bench';

export const bench = {
  items: 100_000,
  /** The days the items were created over, ending today. */
  days: 730,
  organizationId: uuidOf('wg-bench-org'),
  projectId: uuidOf('wg-bench-project'),
  /** A member of the project (MEMBER role) who runs the benchmark's requests. */
  viewerId: uuidOf('wg-bench-user-0'),
  /** The assignee of the filtered population (one of 50; about 1,800 items). */
  assigneeId: uuidOf('wg-bench-user-7'),
  /** An epic with 99 children, the latest ones, so some are still open. */
  epicId: uuidOf(`wg-bench-item-${100_000 - 99}`),
  stateIds: {
    backlog: uuidOf('wg-bench-state-backlog'),
    todo: uuidOf('wg-bench-state-todo'),
    inProgress: uuidOf('wg-bench-state-in-progress'),
    inReview: uuidOf('wg-bench-state-in-review'),
    done: uuidOf('wg-bench-state-done'),
    canceled: uuidOf('wg-bench-state-canceled'),
  },
};

/**
 * DATABASE_URL when set; otherwise `workgraph_analytics_bench` on the local server
 * (postgresql://postgres@127.0.0.1:5432), created when missing. Migrated for analytics, projects and users (the services the benchmark runs).
 */
export async function benchDatabaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) {
    await migrateDatabase(process.env.DATABASE_URL, ['analytics', 'projects', 'users']);
    return process.env.DATABASE_URL;
  }
  const base = 'postgresql://postgres@127.0.0.1:5432/postgres';
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [benchDatabase]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${benchDatabase}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${benchDatabase}`;
  await migrateDatabase(url.toString(), ['analytics', 'projects', 'users']);
  return url.toString();
}

/** The percentile `p` (0-100, nearest rank) of sorted numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
