import { PrismaPg } from '@prisma/adapter-pg';

interface Queryable {
  queryRaw(query: unknown): Promise<unknown>;
  executeRaw(query: unknown): Promise<unknown>;
}

interface Connection extends Queryable {
  startTransaction(isolationLevel?: string): Promise<Queryable>;
}

/** `queryable` with every statement it sends counted by `count`. */
function counted<T extends Queryable>(queryable: T, count: () => void): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => {
    count();
    return queryRaw(query);
  };
  queryable.executeRaw = (query) => {
    count();
    return executeRaw(query);
  };
  return queryable;
}

/**
 * Prisma's PostgreSQL adapter, calling `count` for each statement Prisma sends (as its `query` log
 * event would, COMMIT and ROLLBACK included, the adapter's own BEGIN not). Counting here costs a
 * function call; Prisma's query event made every query about twice as costly.
 */
export class CountedPrismaPg extends PrismaPg {
  constructor(
    config: ConstructorParameters<typeof PrismaPg>[0],
    options: ConstructorParameters<typeof PrismaPg>[1],
    private readonly count: () => void,
  ) {
    super(config, options);
  }

  override async connect(): ReturnType<PrismaPg['connect']> {
    const adapter = await super.connect();
    const connection = adapter as unknown as Connection;
    const startTransaction = connection.startTransaction.bind(connection);
    connection.startTransaction = async (isolationLevel) => counted(await startTransaction(isolationLevel), this.count);
    counted(connection, this.count);
    return adapter;
  }
}
