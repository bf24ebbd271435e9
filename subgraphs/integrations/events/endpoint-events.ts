import { createEvent } from '../../../lib/events/envelope';
import type { WebhookEndpoint } from '../generated/prisma/client';

/**
 * `webhook_endpoint.disabled`: the notifications service tells the endpoint's registrant and the
 * organization's admins, whom it asks the users service for when it makes the notice.
 */
export function endpointDisabledEvent(endpoint: WebhookEndpoint, reason: 'GONE' | 'FAILING', now: Date) {
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
      registrantId: endpoint.createdBy,
    },
  });
}
