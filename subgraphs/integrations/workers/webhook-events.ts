import type { Consumer, EventBus } from '../../../lib/events/bus';
import type { EventStream } from '../../../lib/events/envelope';
import type { Logger } from '../../../lib/logger';
import type { IntegrationsPrisma } from '../db';
import { deliveriesForEvent, webhookEventsGroup } from '../data/deliveries-for-event';

/** The streams that carry events the catalogue may make public. */
export const webhookSourceStreams: EventStream[] = ['work-items', 'projects', 'sprints', 'files', 'users'];

/**
 * Reads every public event stream in the group `integrations-webhooks` and makes the deliveries of
 * each event, then wakes the delivery worker. Exactly once per (endpoint, event): see
 * `deliveriesForEvent`.
 */
export function startWebhookEvents(options: {
  prisma: IntegrationsPrisma;
  bus: EventBus;
  logger: Logger;
  /** This process's name in the group (tests); random by default. */
  consumer?: string;
  delivered(): void;
}): Consumer {
  return options.bus.consume({
    group: webhookEventsGroup,
    consumer: options.consumer,
    streams: webhookSourceStreams,
    handle: async ({ envelope }) => {
      const made = await deliveriesForEvent(options.prisma, envelope);
      if (made) {
        options.logger.debug('webhook deliveries made', { eventId: envelope.id, type: envelope.type, made });
        options.delivered();
      }
    },
  });
}
