import { randomUUID } from 'node:crypto';
import type { AnyEventEnvelope } from '../../../lib/events/envelope';
import { markProcessed } from '../../../lib/events/processed-events';
import { webhookMessageOf, type PayloadMode } from '../catalogue';
import type { IntegrationsPrisma } from '../db';

/** The consumer group of webhook deliveries, also its name in `processed_events`. */
export const webhookEventsGroup = 'integrations-webhooks';

type Executor = Pick<IntegrationsPrisma, 'webhookEndpoint'>;

/** The deliveries the organization's endpoints want of the event (same organization, type subscribed, project filter matching). */
async function deliveryRowsOf(executor: Executor, envelope: AnyEventEnvelope) {
  const endpoints = await executor.webhookEndpoint.findMany({
    where: {
      organizationId: envelope.organizationId,
      eventTypes: { has: envelope.type },
      OR: [{ projectId: null }, ...(envelope.projectId ? [{ projectId: envelope.projectId }] : [])],
    },
    select: { id: true, payloadMode: true, disabledAt: true },
  });
  return endpoints.flatMap((endpoint) => {
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
}

/**
 * Turns one event into one delivery per matching endpoint, in the transaction that marks the event
 * processed: an event handled twice makes no second delivery, and the unique (endpoint, event) guards
 * the rest. Deliveries of a disabled endpoint are HELD for replay. Most events match no endpoint:
 * those are only marked processed, in one statement and no transaction, since they have no effect to
 * keep together with the mark. Answers how many deliveries were made.
 */
export async function deliveriesForEvent(prisma: IntegrationsPrisma, envelope: AnyEventEnvelope): Promise<number> {
  if (!(await deliveryRowsOf(prisma, envelope)).length) {
    await markProcessed(prisma, 'integrations', webhookEventsGroup, envelope.id);
    return 0;
  }
  return prisma.$transaction(async (tx) => {
    if (!(await markProcessed(tx, 'integrations', webhookEventsGroup, envelope.id))) return 0;
    // Read again under the mark: an endpoint disabled or removed meanwhile is seen as it is now.
    const rows = await deliveryRowsOf(tx, envelope);
    if (!rows.length) return 0;
    const made = await tx.webhookDelivery.createMany({ data: rows, skipDuplicates: true });
    return made.count;
  });
}
