import type { AnyEventEnvelope } from '../../lib/events/envelope';
import { createLogger } from '../../lib/logger';
import { createServiceClient, type ServiceClient } from '../../lib/server/service-client';
import { PrismaClient } from '../../subgraphs/notifications/generated/prisma/client';
import { createNotificationsEventHandler } from '../../subgraphs/notifications/projection/handle-event';
import { untilConsumed } from './consumers';
import type { TestStack } from './stack';
import { useRecordedClient } from './statement-recorder';

type NotificationsHandler = ReturnType<typeof createNotificationsEventHandler>;

/**
 * Waits until the notifications consumer has handled every work-item, project, sprint,
 * organization, dashboard report and attachment event written so far (the outboxes of the streams
 * it consumes): each row of those outboxes is published and marked processed by the
 * 'notifications' consumer (it marks every event it handles, relevant or not). Notifications and
 * emails it created are then committed (their `notification.created` events may still be on their
 * way).
 */
export function untilNotificationsCaughtUp(stack: TestStack, timeoutMs = 10_000): Promise<void> {
  return untilConsumed(stack, {
    outboxes: [
      'work_items.outbox',
      'projects.outbox',
      'sprints.outbox',
      'users.outbox',
      'analytics.outbox',
      'files.outbox',
      'integrations.outbox',
    ],
    processedEvents: 'notifications.processed_events',
    consumer: 'notifications',
    what: 'The notifications consumer',
    timeoutMs,
  });
}

export interface NotificationsEventHandler {
  /**
   * Handles one event as the notifications consumer does. With `attempt`, as that delivery of it
   * (1: a first delivery, which the handler knows cannot have been handled); without, as an
   * event that may have been handled before.
   */
  handle(envelope: AnyEventEnvelope, attempt?: number): Promise<void>;
  /** Every statement the handler's own database client has sent so far, BEGIN and COMMIT included. */
  readonly statements: string[];
}

/**
 * The notifications projection's event handler on connections of its own to the stack (its
 * database and the users and projects services), as a restarted or second consumer would run it,
 * for tests that hand it events directly (repeated, late or crafted ones). `poolSize` (2) bounds how
 * many of its transactions run at once.
 */
export function useNotificationsEventHandler(
  stack: TestStack,
  options: { poolSize?: number } = {},
): NotificationsEventHandler {
  const recorded = useRecordedClient(stack, PrismaClient, 'notifications', options.poolSize ?? 2);
  let running: { clients: ServiceClient[]; handler: NotificationsHandler } | undefined;
  beforeAll(() => {
    const signed = (url: string) =>
      createServiceClient({ url, signingSecret: stack.signingSecret, caller: 'notifications' });
    const [usersClient, projectsClient] = [signed(stack.subgraphUrls.users), signed(stack.subgraphUrls.projects)];
    const handler = createNotificationsEventHandler({
      prisma: recorded.client,
      usersClient,
      projectsClient,
      logger: createLogger('test', 'silent'),
    });
    running = { clients: [usersClient, projectsClient], handler };
  });
  afterAll(async () => {
    await Promise.all(running?.clients.map((client) => client.close()) ?? []);
  });
  return {
    handle: (envelope, attempt) => {
      if (!running) throw new Error('The handler is used before beforeAll created it.');
      return running.handler({ envelope }, attempt === undefined ? undefined : { attempt });
    },
    get statements() {
      return recorded.statements;
    },
  };
}
