import type { TestStack } from './stack';
import { querySql } from './work-items';

/**
 * Waits until the notifications consumer has handled every work-item, project and sprint event
 * written so far: each row of those outboxes is published and marked processed by the
 * 'notifications' consumer (it marks every event it handles, relevant or not). Notifications it
 * created are then committed (their `notification.created` events may still be on their way).
 */
export async function untilNotificationsCaughtUp(stack: TestStack, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ unpublished, unprocessed }] = (await querySql<{ unpublished: number; unprocessed: number }>(
      stack,
      `SELECT count(*) FILTER (WHERE o.published_at IS NULL)::int AS unpublished,
              count(*) FILTER (WHERE p.event_id IS NULL)::int AS unprocessed
         FROM (SELECT id, published_at FROM work_items.outbox
               UNION ALL SELECT id, published_at FROM projects.outbox
               UNION ALL SELECT id, published_at FROM sprints.outbox) o
         LEFT JOIN notifications.processed_events p ON p.consumer = 'notifications' AND p.event_id = o.id`,
    )) as [{ unpublished: number; unprocessed: number }];
    if (unpublished === 0 && unprocessed === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The notifications consumer did not catch up within ${timeoutMs} ms: ${unpublished} events unpublished, ${unprocessed} unprocessed`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
