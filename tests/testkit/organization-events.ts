import { untilConsumed } from './consumers';
import type { TestStack } from './stack';

/**
 * Waits until the projects service has handled every organization event written so far (the
 * `projects` consumer group on the `users` stream): a removed member's project and team memberships
 * are then gone.
 */
export function untilOrganizationEventsHandled(stack: TestStack, timeoutMs = 10_000): Promise<void> {
  return untilConsumed(stack, {
    outboxes: ['users.outbox'],
    processedEvents: 'projects.processed_events',
    consumer: 'projects',
    what: 'The projects service (organization events)',
    timeoutMs,
  });
}
