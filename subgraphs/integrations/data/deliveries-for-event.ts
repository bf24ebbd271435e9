import { randomUUID } from 'node:crypto';
import type { AnyEventEnvelope } from '../../../lib/events/envelope';
import { markProcessed } from '../../../lib/events/processed-events';
import { webhookMessageOf, type PayloadMode } from '../catalogue';
import type { IntegrationsPrisma } from '../db';

/** The consumer group of webhook deliveries, also its name in `processed_events`. */
export const webhookEventsGroup = 'integrations-webhooks';

type Executor = Pick<IntegrationsPrisma, 'webhookEndpoint'>;

/**
 * The organization's endpoints subscribed to the event's type whose project filter it matches.
 * `project.deleted` goes to organization-wide endpoints only: the project's own are deleted with it.
 */
function endpointsOf(executor: Executor, envelope: AnyEventEnvelope) {
  const ownProject =
    envelope.projectId && envelope.type !== 'project.deleted' ? [{ projectId: envelope.projectId }] : [];
  return executor.webhookEndpoint.findMany({
    where: {
      organizationId: envelope.organizationId,
      eventTypes: { has: envelope.type },
      OR: [{ projectId: null }, ...ownProject],
    },
    select: { id: true, payloadMode: true, disabledAt: true },
  });
}

/** The event's webhook body in each payload mode, built once per mode; null when the mode sends none. */
function bodiesOf(envelope: AnyEventEnvelope): (mode: string) => string | null {
  const bodies = new Map<string, string | null>();
  return (mode) => {
    if (!bodies.has(mode)) {
      const message = webhookMessageOf(envelope, mode as PayloadMode);
      bodies.set(mode, message ? JSON.stringify(message) : null);
    }
    return bodies.get(mode)!;
  };
}

/**
 * Turns one event into one delivery per matching endpoint, in the transaction that marks the event
 * processed: an event handled twice makes no second delivery, and the unique (endpoint, event) guards
 * the rest. Deliveries of a disabled endpoint are HELD for replay. Most events match no endpoint:
 * those are only marked processed, in one statement and no transaction, since they have no effect to
 * keep together with the mark. Answers how many deliveries were made.
 */
export async function deliveriesForEvent(prisma: IntegrationsPrisma, envelope: AnyEventEnvelope): Promise<number> {
  const bodyIn = bodiesOf(envelope);
  const wanting = async (executor: Executor) =>
    (await endpointsOf(executor, envelope)).flatMap((endpoint) => {
      const body = bodyIn(endpoint.payloadMode);
      return body === null ? [] : [{ endpoint, body }];
    });
  if (!(await wanting(prisma)).length) {
    await markProcessed(prisma, 'integrations', webhookEventsGroup, envelope.id);
    return 0;
  }
  return prisma.$transaction(async (tx) => {
    if (!(await markProcessed(tx, 'integrations', webhookEventsGroup, envelope.id))) return 0;
    // Read again under the mark: an endpoint disabled or removed meanwhile is seen as it is now.
    const deliveries = await wanting(tx);
    if (!deliveries.length) return 0;
    const made = await tx.webhookDelivery.createMany({
      data: deliveries.map(({ endpoint, body }) => ({
        id: randomUUID(),
        endpointId: endpoint.id,
        eventId: envelope.id,
        eventType: envelope.type,
        aggregateId: envelope.aggregateId,
        occurredAt: new Date(envelope.occurredAt),
        body,
        status: endpoint.disabledAt ? 'HELD' : 'PENDING',
        nextTrigger: 'SCHEDULED',
        nextAttemptAt: endpoint.disabledAt ? null : new Date(),
      })),
      skipDuplicates: true,
    });
    return made.count;
  });
}
