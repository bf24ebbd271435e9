import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { AnyEventEnvelope } from '../../../lib/events/envelope';
import { writeOutbox, type OutboxSchema, type RawSqlExecutor } from '../../../lib/events/outbox';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const prismaDir = path.resolve(__dirname, '../../../prisma');

/** The outbox exactly as the domain's migration creates it, with its indexes and NOTIFY trigger. */
function outboxMigration(schema: OutboxSchema): string {
  const migrations = path.join(prismaDir, schema === 'work_items' ? 'work-items' : schema, 'migrations');
  const folder = readdirSync(migrations).find((name) => name.endsWith('_outbox'));
  if (!folder) throw new Error(`No outbox migration in ${migrations}`);
  return readFileSync(path.join(migrations, folder, 'migration.sql'), 'utf8');
}

/** The outbox, processed_events (as a consumer's migration adds it) and an `effects` table for test handlers. */
function schemaDdl(schema: OutboxSchema): string[] {
  return [
    `CREATE SCHEMA "${schema}"`,
    outboxMigration(schema),
    `CREATE TABLE "${schema}"."processed_events" (
      "consumer" TEXT NOT NULL,
      "event_id" UUID NOT NULL,
      "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
      PRIMARY KEY ("consumer", "event_id"))`,
    `CREATE TABLE "${schema}"."effects" ("event_id" UUID NOT NULL, "consumer" TEXT NOT NULL, "note" TEXT)`,
  ];
}

export interface EventsDatabase {
  url: string;
  pool: pg.Pool;
  drop(): Promise<void>;
}

/** A database of the test file's own on the suite's PostgreSQL, dropped afterwards. */
export async function createEventsDatabase(): Promise<EventsDatabase> {
  const adminUrl = process.env.WORKGRAPH_TEST_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `wg_test_events_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // pool.end() can resolve while an idle connection is still closing; DROP ... WITH (FORCE) then
  // terminates it, and that error belongs to no test.
  pool.on('error', () => {});
  for (const schema of ['work_items', 'projects'] as const) {
    for (const statement of schemaDdl(schema)) await pool.query(statement);
  }
  return {
    url,
    pool,
    async drop() {
      await pool.end();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A pg client seen as the RawSqlExecutor that writeOutbox and markProcessed take (a Prisma tx in the app). */
export function executorOf(client: pg.ClientBase): RawSqlExecutor {
  return {
    $executeRawUnsafe: async (query, ...values) => (await client.query(query, values)).rowCount ?? 0,
  };
}

export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** Commits the events to the schema's outbox, as a subgraph's mutation would. */
export function commitEvents(pool: pg.Pool, schema: OutboxSchema, events: AnyEventEnvelope[]): Promise<void> {
  return inTransaction(pool, (client) => writeOutbox(executorOf(client), schema, events));
}

export async function countRows(pool: pg.Pool, sql: string, values: unknown[] = []): Promise<number> {
  const { rows } = await pool.query<{ count: string }>(sql, values);
  return Number(rows[0]?.count ?? 0);
}
