import type { IntegrationsPrisma } from '../db';

/**
 * Deletes deliveries (and their attempts) made before `before`, the consumer's record of events
 * handled before it, and the repository hosts' delivery ids received before it: past retention,
 * nothing replays them, no stream still holds them, and no host redelivers that late (GitHub
 * allows 3 days).
 */
export async function sweepDeliveries(prisma: IntegrationsPrisma, before: Date): Promise<number> {
  const { count } = await prisma.webhookDelivery.deleteMany({ where: { createdAt: { lt: before } } });
  await prisma.processedEvent.deleteMany({ where: { processedAt: { lt: before } } });
  await prisma.vcsDelivery.deleteMany({ where: { receivedAt: { lt: before } } });
  return count;
}
