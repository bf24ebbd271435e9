import type { IntegrationsPrisma } from '../db';

/**
 * Deletes deliveries (and their attempts) made before `before`, and the consumer's record of events
 * handled before it: past retention, nothing replays them and no stream still holds them.
 */
export async function sweepDeliveries(prisma: IntegrationsPrisma, before: Date): Promise<number> {
  const { count } = await prisma.webhookDelivery.deleteMany({ where: { createdAt: { lt: before } } });
  await prisma.processedEvent.deleteMany({ where: { processedAt: { lt: before } } });
  return count;
}
