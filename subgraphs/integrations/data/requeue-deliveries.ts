import type { IntegrationsPrisma } from '../db';

/** Due now as a REDELIVERY, its schedule from the start: the same message, a new attempt. */
export function redeliver(prisma: IntegrationsPrisma, deliveryId: string, now: Date) {
  return prisma.webhookDelivery.update({
    where: { id: deliveryId },
    data: { status: 'PENDING', nextTrigger: 'REDELIVERY', nextAttemptAt: now, retryIndex: 0, leaseUntil: null },
  });
}

/**
 * Every delivery of the endpoint whose event happened in [from, to), due now as a REPLAY; the
 * per-aggregate order then sends them oldest first. Answers how many.
 */
export async function replay(
  prisma: IntegrationsPrisma,
  input: { endpointId: string; from: Date; to: Date; now: Date },
) {
  const result = await prisma.webhookDelivery.updateMany({
    where: {
      endpointId: input.endpointId,
      eventId: { not: null },
      occurredAt: { gte: input.from, lt: input.to },
    },
    data: { status: 'PENDING', nextTrigger: 'REPLAY', nextAttemptAt: input.now, retryIndex: 0, leaseUntil: null },
  });
  return result.count;
}
