import type { TestStack } from './stack';
import { querySql } from './work-items';

/**
 * Waits until a consumer group has handled every event of the given outboxes written so far: each
 * row is published and marked processed by the consumer (consumers mark every event they handle,
 * relevant or not), so its effects are committed.
 */
export async function untilConsumed(
  stack: TestStack,
  options: { outboxes: string[]; processedEvents: string; consumer: string; what: string; timeoutMs?: number },
): Promise<void> {
  // A busy machine slows the consumer down but does not stop it: only a consumer that makes no
  // progress for `timeoutMs` is reported, however long the whole backlog takes.
  const timeoutMs = options.timeoutMs ?? 10_000;
  const outboxes = options.outboxes.map((table) => `SELECT id, published_at FROM ${table}`).join(' UNION ALL ');
  let left = Infinity;
  let stuckSince = Date.now();
  for (;;) {
    const [counts] = await querySql<{ unpublished: number; unprocessed: number }>(
      stack,
      `SELECT count(*) FILTER (WHERE o.published_at IS NULL)::int AS unpublished,
              count(*) FILTER (WHERE p.event_id IS NULL)::int AS unprocessed
         FROM (${outboxes}) o
         LEFT JOIN ${options.processedEvents} p ON p.consumer = $1 AND p.event_id = o.id`,
      [options.consumer],
    );
    const { unpublished, unprocessed } = counts!;
    if (unpublished === 0 && unprocessed === 0) return;
    if (unpublished + unprocessed < left) {
      left = unpublished + unprocessed;
      stuckSince = Date.now();
    } else if (Date.now() - stuckSince > timeoutMs) {
      throw new Error(
        `${options.what} made no progress for ${timeoutMs} ms: ${unpublished} events unpublished, ${unprocessed} unprocessed`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
