import type { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { CountedPrismaPg } from './counted-pg-adapter';

/** SQL statements sent per domain since start: tests read it to prove loaders keep queries flat. */
export const sqlStatementCounts = new Map<string, number>();

export const countStatement = (domain: string) =>
  sqlStatementCounts.set(domain, (sqlStatementCounts.get(domain) ?? 0) + 1);

/** Each client's pool and domain, for reads that skip Prisma's per-row work (lib/db/pool-rows.ts). */
export const poolsOfClients = new WeakMap<object, { pool: pg.Pool; domain: string }>();

/**
 * Prisma's defaults (a 2 s wait for a connection, 5 s to finish) turned a busy moment into internal
 * errors: a burst of writes queues on a pool of 10, and parallel creates queue on a project's lock.
 * A transaction waits up to 15 s to start and may run 30 s; beyond that it is SERVICE_UNAVAILABLE.
 */
const defaultTransactionOptions = { maxWait: 15_000, timeout: 30_000 };

/**
 * A Prisma client for one domain: its own pool (shared with the plain reads of lib/db/pool-rows.ts),
 * `search_path` set to the domain's schema, and every SQL statement counted.
 */
export function createPrismaClient<T>(
  PrismaClient: new (options: { adapter: PrismaPg; transactionOptions?: { maxWait: number; timeout: number } }) => T,
  options: {
    url: string;
    domain: string;
    poolSize?: number;
    transactionOptions?: { maxWait: number; timeout: number };
  },
): T {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    options: `-c search_path="${options.domain}"`,
    idleTimeoutMillis: 30_000,
  });
  const adapter = new CountedPrismaPg(pool, { schema: options.domain, disposeExternalPool: true }, () =>
    countStatement(options.domain),
  );
  const client = new PrismaClient({
    adapter,
    transactionOptions: options.transactionOptions ?? defaultTransactionOptions,
  });
  poolsOfClients.set(client as object, { pool, domain: options.domain });
  return client;
}
