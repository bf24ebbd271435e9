import type { PrismaPg } from '@prisma/adapter-pg';
import { CountedPrismaPg } from './counted-pg-adapter';

/** SQL statements sent per domain since start: tests read it to prove loaders keep queries flat. */
export const sqlStatementCounts = new Map<string, number>();

/**
 * Prisma's defaults (a 2 s wait for a connection, 5 s to finish) turned a busy moment into internal
 * errors: a burst of writes queues on a pool of 10, and parallel creates queue on a project's lock.
 * A transaction waits up to 15 s to start and may run 30 s; beyond that it is SERVICE_UNAVAILABLE.
 */
const defaultTransactionOptions = { maxWait: 15_000, timeout: 30_000 };

/**
 * A Prisma client for one domain: its own pool, `search_path` set to the domain's schema, and every
 * SQL statement counted.
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
  const adapter = new CountedPrismaPg(
    {
      connectionString: options.url,
      max: options.poolSize ?? 10,
      options: `-c search_path="${options.domain}"`,
      idleTimeoutMillis: 30_000,
    },
    { schema: options.domain },
    () => sqlStatementCounts.set(options.domain, (sqlStatementCounts.get(options.domain) ?? 0) + 1),
  );
  return new PrismaClient({
    adapter,
    transactionOptions: options.transactionOptions ?? defaultTransactionOptions,
  });
}
