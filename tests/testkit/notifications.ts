import { untilConsumed } from './consumers';
import type { TestStack } from './stack';

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
