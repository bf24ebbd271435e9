import { sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { migrateDatabase } from '../lib/db/migrate';

// What the EXPLAIN scripts share: a scratch database, the seed's ids, and the plans with a summary.

/** The seed's ids are md5(name)::uuid, computed here the same way. */
export function uuidOf(text: string): string {
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function databaseUrlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Runs `work` against a new database on DATABASE_URL's server (the local one by default), migrated
 * for `domain`, and drops it afterwards whatever happens.
 */
export async function withScratchDatabase(
  name: string,
  domain: 'work_items' | 'sprints' | 'files' | 'integrations',
  work: (url: string) => Promise<void>,
): Promise<void> {
  const base = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const database = `${name}_${process.pid}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  try {
    await migrateDatabase(databaseUrlFor(base, database), [domain]);
    await work(databaseUrlFor(base, database));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

/** Runs `seed` on a plain connection to the database, in `schema`, saying how long it took. */
export async function seedDatabase(
  url: string,
  schema: string,
  announcement: string,
  seed: (db: Client) => Promise<void>,
): Promise<void> {
  const db = new Client({ connectionString: url, options: `-c search_path=${schema}` });
  db.on('error', () => undefined); // the scratch database may be dropped under it after a failure
  await db.connect();
  console.log(announcement);
  const started = Date.now();
  try {
    await seed(db);
  } finally {
    await db.end();
  }
  console.log(`Seeded and analyzed in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
}

class Rollback extends Error {}

/** Runs `work` in a transaction that is then rolled back: a write or lock planned without keeping it. */
export async function rolledBack<Tx>(
  prisma: { $transaction(work: (tx: Tx) => Promise<unknown>): Promise<unknown> },
  work: (tx: Tx) => Promise<unknown>,
): Promise<void> {
  try {
    await prisma.$transaction(async (tx) => {
      await work(tx);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
}

/**
 * The sequential scans of a plan (EXPLAIN ANALYZE text) that read a table of more than `limit` rows
 * or threw more than that away (Rows Removed by Filter, over all loops).
 */
export function wastefulScans(plan: readonly string[], tableRows: ReadonlyMap<string, number>, limit: number) {
  const scans: { table: string; rows: number; removed: number; loops: number }[] = [];
  let current: (typeof scans)[number] | null = null;
  for (const line of plan) {
    const table = /Seq Scan on (\S+)/.exec(line)?.[1];
    if (table) {
      const loops = Number(/loops=(\d+)/.exec(line)?.[1] ?? 1);
      scans.push((current = { table, rows: tableRows.get(table) ?? 0, removed: 0, loops }));
    } else if (line.includes('->')) current = null;
    const removed = /Rows Removed by Filter: (\d+)/.exec(line)?.[1];
    if (current && removed) current.removed += Number(removed) * current.loops;
  }
  return scans.filter((scan) => scan.rows > limit || scan.removed > limit);
}

interface PlanLine {
  name: string;
  indexes: string;
  ms: number;
}

/** What `$queryRaw` was called with: a tagged template's parts, or a statement built with `sql` (`$queryRaw(sql\`…\`)`). */
function statementOf(strings: readonly string[] | Sql, values: Parameters<typeof sql>[1][]): Sql {
  return Array.isArray(strings) ? sql(strings, ...values) : (strings as Sql);
}

class Captured extends Error {
  constructor(readonly statement: Sql) {
    super('captured');
  }
}

/**
 * The first raw statement `run` sends, taken from a stand-in client that stops it there, so the plan
 * is of the function's own SQL.
 */
export async function rawSqlOf<Executor>(run: (executor: Executor) => Promise<unknown>): Promise<Sql> {
  const capture = (strings: readonly string[] | Sql, ...values: Parameters<typeof sql>[1][]) => {
    throw new Captured(statementOf(strings, values));
  };
  try {
    await run({ $queryRaw: capture, $executeRaw: capture } as unknown as Executor);
  } catch (error) {
    if (error instanceof Captured) return error.statement;
    throw error;
  }
  throw new Error('The function sent no raw statement');
}

/**
 * The first `count` raw statements `run` sends, in order, taken from a stand-in client that stops it
 * after the last: a statement of a transaction that only comes after others. The i-th raw statement
 * answers `answers.raw[i]` (none: no rows), a model call such as `tx.blob.findUnique(...)` answers
 * `answers.models['blob.findUnique']` (none: null), and `$transaction(work)` runs `work` on the stand-in.
 */
export async function rawSqlsOf<Executor>(
  count: number,
  run: (executor: Executor) => Promise<unknown>,
  answers: { raw?: unknown[]; models?: Record<string, unknown> } = {},
): Promise<Sql[]> {
  const statements: Sql[] = [];
  const record = async (strings: readonly string[] | Sql, ...values: Parameters<typeof sql>[1][]) => {
    const statement = statementOf(strings, values);
    statements.push(statement);
    if (statements.length === count) throw new Captured(statement);
    return answers.raw?.[statements.length - 1] ?? [];
  };
  const model = (name: string) =>
    new Proxy({}, { get: (_target, method) => async () => answers.models?.[`${name}.${String(method)}`] ?? null });
  const standIn: object = new Proxy(
    {},
    {
      get: (_target, key) => {
        if (key === '$queryRaw' || key === '$executeRaw') return record;
        if (key === '$transaction') return (work: (tx: object) => Promise<unknown>) => work(standIn);
        return typeof key === 'string' && !key.startsWith('$') && key !== 'then' ? model(key) : undefined;
      },
    },
  );
  try {
    await run(standIn as Executor);
  } catch (error) {
    if (error instanceof Captured) return statements;
    throw error;
  }
  throw new Error(`The function sent ${statements.length} raw statements, not ${count}`);
}

export interface RawQueryExecutor {
  $queryRaw<T = unknown>(query: Sql): PromiseLike<T>;
}

/** Prints EXPLAIN ANALYZE plans, then a table of the indexes each one used and its time. */
export function createPlanner() {
  const summary: PlanLine[] = [];
  return {
    /** Plans `query` as `executor` runs it (a second run of reads, after a warm-up); returns the plan's lines. */
    async explain(name: string, query: Sql, executor: RawQueryExecutor, warm = true): Promise<string[]> {
      if (warm) await executor.$queryRaw(query);
      const rows = await executor.$queryRaw<{ 'QUERY PLAN': string }[]>(sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`);
      const plan = rows.map((row) => row['QUERY PLAN']);
      const indexes = new Set<string>();
      for (const line of plan) {
        const index = /(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\S+)/.exec(line);
        if (index) indexes.add(index[1]!);
        const arbiter = /Conflict Arbiter Indexes: (.+)/.exec(line);
        if (arbiter) for (const name of arbiter[1]!.split(', ')) indexes.add(`${name} (arbiter)`);
        const seq = /Seq Scan on (\S+)/.exec(line);
        if (seq) indexes.add(`SEQ SCAN ${seq[1]}`);
      }
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan.join('\n'))?.[1] ?? NaN);
      summary.push({ name, indexes: [...indexes].join(', ') || '(none)', ms });
      console.log(`=== ${name}\n${plan.join('\n')}\n`);
      return plan;
    },

    printSummary(timeHeading: string): void {
      console.log(`| Query | Index used | ${timeHeading} |`);
      console.log('| --- | --- | --- |');
      for (const line of summary) console.log(`| ${line.name} | ${line.indexes} | ${line.ms.toFixed(2)} ms |`);
    },
  };
}
