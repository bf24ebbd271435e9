import { createPrismaClient, sqlStatementCounts } from '../../lib/db/prisma';
import { PrismaClient } from '../../subgraphs/users/generated/prisma/client';

const adminUrl = () => {
  const url = process.env.WORKGRAPH_TEST_ADMIN_URL;
  if (!url) throw new Error('The test database was not prepared: run the tests through jest.');
  return url;
};

const statements = () => sqlStatementCounts.get('users') ?? 0;

async function counted(work: () => Promise<unknown>): Promise<number> {
  const before = statements();
  await work();
  return statements() - before;
}

describe('statement counts of a domain', () => {
  it('count each query, each statement of a transaction and its COMMIT or ROLLBACK, as Prisma sends them', async () => {
    const prisma = createPrismaClient(PrismaClient, { url: adminUrl(), domain: 'users', poolSize: 2 });
    try {
      expect(await counted(() => prisma.$executeRaw`SELECT 1`)).toBe(1);
      expect(await counted(() => prisma.$queryRaw`SELECT 1`)).toBe(1);
      expect(
        await counted(() =>
          prisma.$transaction(async (tx) => {
            await tx.$queryRaw`SELECT 1`;
            await tx.$queryRaw`SELECT 2`;
          }),
        ),
      ).toBe(3);
      expect(
        await counted(() =>
          prisma
            .$transaction(async (tx) => {
              await tx.$queryRaw`SELECT 1`;
              throw new Error('abandoned');
            })
            .catch(() => undefined),
        ),
      ).toBe(2);
    } finally {
      await prisma.$disconnect();
    }
  });
});
