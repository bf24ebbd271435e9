import { createPrismaClient } from '../../lib/db/prisma';
import type { AnyEventEnvelope } from '../../lib/events/envelope';
import { createLogger } from '../../lib/logger';
import { PrismaClient } from '../../subgraphs/sprints/generated/prisma/client';
import { createWorkItemEventHandler } from '../../subgraphs/sprints/projection/apply-work-item-event';
import type { TestStack } from './stack';
import { querySql } from './work-items';

/**
 * Waits until the sprints read model has handled every work-item event written so far: each row of
 * the work_items outbox is published and marked processed by the sprints consumer (it marks every
 * work-item event it handles, relevant or not).
 */
export async function untilSprintsCaughtUp(stack: TestStack, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ unpublished, unprocessed }] = (await querySql<{ unpublished: number; unprocessed: number }>(
      stack,
      `SELECT count(*) FILTER (WHERE o.published_at IS NULL)::int AS unpublished,
              count(*) FILTER (WHERE p.event_id IS NULL)::int AS unprocessed
         FROM work_items.outbox o
         LEFT JOIN sprints.processed_events p ON p.consumer = 'sprints' AND p.event_id = o.id`,
    )) as [{ unpublished: number; unprocessed: number }];
    if (unpublished === 0 && unprocessed === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The sprints read model did not catch up within ${timeoutMs} ms: ${unpublished} work-item events unpublished, ${unprocessed} unprocessed`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The work-item events written so far (of one item, when given), oldest first, as the work-items outbox holds them. */
export async function workItemEvents(stack: TestStack, workItemId?: string): Promise<AnyEventEnvelope[]> {
  const rows = await querySql<{ envelope: AnyEventEnvelope }>(
    stack,
    `SELECT envelope FROM work_items.outbox WHERE $1::uuid IS NULL OR (envelope->>'aggregateId')::uuid = $1::uuid
     ORDER BY seq`,
    [workItemId ?? null],
  );
  return rows.map((row) => row.envelope);
}

/**
 * The sprints read model's event handler on its own connection to the stack's database, for tests
 * that hand it events directly (late, repeated or crafted ones).
 */
export function useWorkItemEventHandler(stack: TestStack): (envelope: AnyEventEnvelope) => Promise<void> {
  let prisma: PrismaClient | undefined;
  let handle: ((event: { envelope: AnyEventEnvelope }) => Promise<void>) | undefined;
  beforeAll(() => {
    prisma = createPrismaClient(PrismaClient, { url: stack.databaseUrl, domain: 'sprints', poolSize: 2 });
    handle = createWorkItemEventHandler(prisma, createLogger('test', 'silent'));
  });
  afterAll(async () => {
    await prisma?.$disconnect();
  });
  return (envelope) => {
    if (!handle) throw new Error('The handler is used before beforeAll created it.');
    return handle({ envelope });
  };
}
