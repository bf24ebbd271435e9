import { createPrismaClient } from '../../lib/db/prisma';
import { toGraphQLError } from '../../lib/errors';
import { PrismaClient } from '../../subgraphs/users/generated/prisma/client';

const adminUrl = () => {
  const url = process.env.WORKGRAPH_TEST_ADMIN_URL;
  if (!url) throw new Error('The test database was not prepared: run the tests through jest.');
  return url;
};

describe('a database busier than a request can wait for', () => {
  it('answers SERVICE_UNAVAILABLE, a retryable outage, when a transaction cannot start in time', async () => {
    const prisma = createPrismaClient(PrismaClient, {
      url: adminUrl(),
      domain: 'users',
      poolSize: 1,
      transactionOptions: { maxWait: 100, timeout: 10_000 },
    });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let started!: () => void;
      const holding = new Promise<void>((resolve) => (started = resolve));
      // The holder may wait as long as it needs for the pool's one connection (a busy machine takes
      // more than the client's 100 ms to open it); only the second transaction is meant to give up.
      const holder = prisma.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          started();
          await held;
        },
        { maxWait: 30_000 },
      );
      await holding;

      const error = await prisma.$transaction(async (tx) => tx.$queryRaw`SELECT 1`).catch((caught: unknown) => caught);
      release();
      await holder;

      expect(toGraphQLError(error).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(toGraphQLError(error).message).toBe('The service is busy: try again in a moment.');
    } finally {
      await prisma.$disconnect();
    }
  });
});
