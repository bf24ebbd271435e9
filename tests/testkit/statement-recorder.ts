import { createPrismaClient, poolsOfClients } from '../../lib/db/prisma';
import type { TestStack } from './stack';

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

type PrismaClientClass<T> = Parameters<typeof createPrismaClient<T>>[0];

/**
 * A Prisma client of the domain on the stack's database, of its own (`poolSize`, default 1, so its
 * statements come in order), made in `beforeAll` and disconnected in `afterAll`, with every statement
 * it has sent (empty `statements` between steps to count one).
 */
export function useRecordedClient<T extends { $disconnect(): Promise<void> }>(
  stack: Pick<TestStack, 'databaseUrl'>,
  PrismaClient: PrismaClientClass<T>,
  domain: string,
  poolSize = 1,
): { readonly client: T; readonly statements: string[] } {
  let made: { client: T; statements: string[] } | undefined;
  beforeAll(() => {
    const client = createPrismaClient(PrismaClient, { url: stack.databaseUrl, domain, poolSize });
    made = { client, statements: recordStatements(client) };
  });
  afterAll(() => made?.client.$disconnect());
  const started = () => {
    if (!made) throw new Error('The client is used before beforeAll made it.');
    return made;
  };
  return {
    get client() {
      return started().client;
    },
    get statements() {
      return started().statements;
    },
  };
}
