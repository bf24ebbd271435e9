import { randomUUID } from 'node:crypto';
import type { AnyEventEnvelope } from '../../../lib/events/envelope';
import { markProcessed } from '../../../lib/events/processed-events';
import { webhookMessageOf, type PayloadMode } from '../catalogue';
import type { IntegrationsPrisma } from '../db';

/** The consumer group of webhook deliveries, also its name in `processed_events`. */
export const webhookEventsGroup = 'integrations-webhooks';

/**
 * Turns one event into one delivery per matching endpoint (same organization, type subscribed,
 * project filter matching), in the transaction that marks the event processed: an event handled
 * twice makes no second delivery, and the unique (endpoint, event) guards the rest. Deliveries of
 * a disabled endpoint are HELD for replay. Answers how many deliveries were made.
 */
export function deliveriesForEvent(prisma: IntegrationsPrisma, envelope: AnyEventEnvelope): Promise<number> {
  return prisma.$transaction(async (tx) => {
    if (!(await markProcessed(tx, 'integrations', webhookEventsGroup, envelope.id))) return 0;
    const endpoints = await tx.webhookEndpoint.findMany({
      where: {
        organizationId: envelope.organizationId,
        eventTypes: { has: envelope.type },
        OR: [{ projectId: null }, ...(envelope.projectId ? [{ projectId: envelope.projectId }] : [])],
      },
      select: { id: true, payloadMode: true, disabledAt: true },
    });
    const rows = endpoints.flatMap((endpoint) => {
      const message = webhookMessageOf(envelope, endpoint.payloadMode as PayloadMode);
      if (!message) return [];
      return [
        {
          id: randomUUID(),
          endpointId: endpoint.id,
          eventId: envelope.id,
          eventType: envelope.type,
          aggregateId: envelope.aggregateId,
          occurredAt: new Date(envelope.occurredAt),
          body: JSON.stringify(message),
          status: endpoint.disabledAt ? 'HELD' : 'PENDING',
          nextTrigger: 'SCHEDULED',
          nextAttemptAt: endpoint.disabledAt ? null : new Date(),
        },
      ];
    });
    if (!rows.length) return 0;
    const made = await tx.webhookDelivery.createMany({ data: rows, skipDuplicates: true });
    return made.count;
  });
}
