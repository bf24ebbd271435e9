import type { IntegrationsPrisma } from '../db';

export interface EndpointChanges {
  url?: string;
  description?: string;
  eventTypes?: string[];
  payloadMode?: 'THIN' | 'FULL';
  enabled?: boolean;
}

/**
 * Changes an endpoint. Disabling it holds its pending deliveries (replay sends them later);
 * enabling it forgets its failures. Deliveries made before keep their body: a retry sends the same bytes.
 */
export function updateEndpoint(prisma: IntegrationsPrisma, endpointId: string, changes: EndpointChanges, now: Date) {
  const { enabled, ...fields } = changes;
  return prisma.$transaction(async (tx) => {
    const current = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    const disabling = enabled === false && !current.disabledAt;
    const enabling = enabled === true && current.disabledAt !== null;
    if (disabling) {
      await tx.webhookDelivery.updateMany({
        where: { endpointId, status: 'PENDING' },
        data: { status: 'HELD', nextAttemptAt: null, leaseUntil: null },
      });
    }
    return tx.webhookEndpoint.update({
      where: { id: endpointId },
      data: {
        ...fields,
        ...(disabling ? { disabledAt: now, disabledReason: 'MANUAL' } : {}),
        ...(enabling ? { disabledAt: null, disabledReason: null, failingSince: null } : {}),
      },
    });
  });
}
