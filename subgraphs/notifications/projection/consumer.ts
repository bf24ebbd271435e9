import type { Consumer, EventBus } from '../../../lib/events/bus';
import type { Logger } from '../../../lib/logger';
import type { ServiceClient } from '../../../lib/server/service-client';
import type { NotificationsPrisma } from '../db';
import { createContactCache } from './contacts';
import { createNotificationsEventHandler, notificationsGroup } from './handle-event';

export { notificationsGroup };

export interface NotificationsProjectionOptions {
  prisma: NotificationsPrisma;
  bus: EventBus;
  /** Names, emails and time zones of recipients (signed calls to the users service). */
  usersClient: ServiceClient;
  /** Keys of projects people are added to (signed calls to the projects service). */
  projectsClient: ServiceClient;
  logger: Logger;
  /** This process's name in the group (tests); random by default. */
  consumer?: string;
}

/**
 * Turns work-item, project, sprint, organization and attachment (files) events into watchers,
 * notifications and email deliveries (invitations included), and dashboard reports (analytics) into
 * their emails. A new group starts at the beginning of the retained streams.
 */
export function startNotificationsProjection(options: NotificationsProjectionOptions): Consumer {
  const handle = createNotificationsEventHandler({ ...options, contactCache: createContactCache(options.bus.epochs) });
  return options.bus.consume({
    group: notificationsGroup,
    streams: ['work-items', 'projects', 'sprints', 'users', 'analytics', 'files', 'integrations'],
    consumer: options.consumer,
    handle: (event, delivery) => handle(event, delivery),
  });
}
