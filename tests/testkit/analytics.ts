import type { TestStack } from './stack';
import { querySql } from './work-items';

/**
 * Waits until the analytics read model has handled every work-item and project event written so
 * far: each row of those outboxes is published and marked processed by the analytics consumer.
 */
export async function untilAnalyticsCaughtUp(stack: TestStack, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ unpublished, unprocessed }] = (await querySql<{ unpublished: number; unprocessed: number }>(
      stack,
      `SELECT count(*) FILTER (WHERE o.published_at IS NULL)::int AS unpublished,
              count(*) FILTER (WHERE p.event_id IS NULL)::int AS unprocessed
         FROM (SELECT id, published_at FROM work_items.outbox UNION ALL SELECT id, published_at FROM projects.outbox) o
         LEFT JOIN analytics.processed_events p ON p.consumer = 'analytics' AND p.event_id = o.id`,
    )) as [{ unpublished: number; unprocessed: number }];
    if (unpublished === 0 && unprocessed === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The analytics read model did not catch up within ${timeoutMs} ms: ${unpublished} events unpublished, ${unprocessed} unprocessed`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
