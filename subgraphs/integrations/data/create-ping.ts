import { randomUUID } from 'node:crypto';
import type { IntegrationsPrisma } from '../db';

/** A ping delivery, due now; the caller sends it at once. */
export function createPing(prisma: IntegrationsPrisma, input: { endpointId: string; body: string; now: Date }) {
  return prisma.webhookDelivery.create({
    data: {
      id: randomUUID(),
      endpointId: input.endpointId,
      eventType: 'ping',
      occurredAt: input.now,
      body: input.body,
      status: 'PENDING',
      nextTrigger: 'PING',
      nextAttemptAt: input.now,
    },
  });
}
