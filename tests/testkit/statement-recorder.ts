import { poolsOfClients } from '../../lib/db/prisma';

/**
 * Every statement a Prisma client made by `createPrismaClient` sends from now on, BEGIN and COMMIT
 * included, in order: for tests that a path takes no transaction or a fixed number of round trips.
 * Call it before the client's first query (it wraps each connection as the pool opens it).
 */
export function recordStatements(client: object): string[] {
  const statements: string[] = [];
  const pool = poolsOfClients.get(client)?.pool;
  if (!pool) throw new Error('recordStatements needs a client made by createPrismaClient.');
  pool.on('connect', (connection) => {
    const target = connection as unknown as { query: (...args: unknown[]) => unknown };
    const query = target.query.bind(target);
    target.query = (...args: unknown[]) => {
      const [config] = args;
      statements.push(typeof config === 'string' ? config : (config as { text: string }).text);
      return query(...args);
    };
  });
  return statements;
}

/** Whether any of the statements opens or ends a transaction. */
export const anyTransaction = (statements: readonly string[]) =>
  statements.some((text) => /^\s*(BEGIN|COMMIT)/i.test(text));
