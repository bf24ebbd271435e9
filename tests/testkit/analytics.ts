import { untilConsumed } from './consumers';
import type { TestStack } from './stack';

/**
 * Waits until the analytics read model has handled every work-item and project event written so
 * far: each row of those outboxes is published and marked processed by the 'analytics' consumer.
 */
export function untilAnalyticsCaughtUp(stack: TestStack, timeoutMs = 10_000): Promise<void> {
  return untilConsumed(stack, {
    outboxes: ['work_items.outbox', 'projects.outbox'],
    processedEvents: 'analytics.processed_events',
    consumer: 'analytics',
    what: 'The analytics read model',
    timeoutMs,
  });
}
