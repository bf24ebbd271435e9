import type { StreamEvent } from '../../lib/events/bus';
import { toGlobalId } from '../../lib/ids';
import { entityRef } from './payload-resolution';

/** The topic of one person's notifications: only their own subscriptions receive them. */
export const notificationTopic = (recipientId: string) => `notifications:${recipientId}`;

/**
 * The payload of `notificationReceived`: the `Notification` itself, fetched through the supergraph as
 * the subscriber on delivery (its own fields, and the actor, work item, project and sprint through
 * their subgraphs). Null for events this subscription does not carry.
 */
export function notificationReceivedFields(event: StreamEvent): Record<string, unknown> | null {
  const { envelope } = event;
  if (envelope.type !== 'notification.created') return null;
  return {
    notificationReceived: entityRef('Notification', toGlobalId('Notification', envelope.payload.notificationId)),
  };
}
