import { createEvent } from '../../../lib/events/envelope';
import type { WebhookEndpoint } from '../generated/prisma/client';

/** `webhook_endpoint.disabled`: the notifications service tells the endpoint's admins. */
export function endpointDisabledEvent(
  endpoint: WebhookEndpoint,
  reason: 'GONE' | 'FAILING',
  recipientIds: string[],
  now: Date,
) {
  return createEvent({
    type: 'webhook_endpoint.disabled',
    actorId: null,
    organizationId: endpoint.organizationId,
    projectId: endpoint.projectId,
    aggregateId: endpoint.id,
    occurredAt: now,
    payload: {
      endpointId: endpoint.id,
      url: endpoint.url,
      reason,
      failingSince: endpoint.failingSince?.toISOString() ?? null,
      recipientIds,
    },
  });
}
