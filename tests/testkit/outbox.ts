import { Redis } from 'ioredis';
import type { AnyEventEnvelope, EventStream } from '../../lib/events/envelope';
import type { TestStack } from './stack';
import { querySql } from './work-items';

export type { OutboxSchema } from '../../lib/events/outbox';
import type { OutboxSchema } from '../../lib/events/outbox';

export interface OutboxRow {
  id: string;
  stream: string;
  type: string;
  envelope: AnyEventEnvelope;
}

/** The outbox rows `action` wrote in `schema`, oldest first (each test file has its own database). */
export async function outboxRowsOf(
  stack: TestStack,
  schema: OutboxSchema,
  action: () => Promise<unknown>,
): Promise<OutboxRow[]> {
  const [{ mark }] = (await querySql<{ mark: string }>(
    stack,
    `SELECT coalesce(max(seq), 0)::text AS mark FROM ${schema}.outbox`,
  )) as [{ mark: string }];
  await action();
  return querySql<OutboxRow>(
    stack,
    `SELECT id::text AS id, stream, type, envelope FROM ${schema}.outbox WHERE seq > $1 ORDER BY seq`,
    [mark],
  );
}

/** The envelopes `action` wrote in `schema`, oldest first. */
export async function outboxEventsOf(
  stack: TestStack,
  schema: OutboxSchema,
  action: () => Promise<unknown>,
): Promise<AnyEventEnvelope[]> {
  return (await outboxRowsOf(stack, schema, action)).map((row) => row.envelope);
}

/** Waits until the relay has marked every row published (it is woken by the outbox trigger's NOTIFY). */
export async function waitUntilPublished(stack: TestStack, schema: OutboxSchema, ids: string[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [{ pending }] = (await querySql<{ pending: number }>(
      stack,
      `SELECT count(*)::int AS pending FROM ${schema}.outbox WHERE id = ANY($1::uuid[]) AND published_at IS NULL`,
      [ids],
    )) as [{ pending: number }];
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending} outbox rows were not published within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The ids of the events on the stack's Redis stream; null on the in-process bus, which only the stack can read. */
export async function streamEventIds(stack: TestStack, stream: EventStream): Promise<string[] | null> {
  if (!stack.redisUrl) return null;
  const redis = new Redis(stack.redisUrl);
  try {
    const entries = await redis.xrange(`${stack.redisKeyPrefix}events:${stream}`, '-', '+');
    return entries.map(([, fields]) => (JSON.parse(fields[fields.indexOf('envelope') + 1]!) as AnyEventEnvelope).id);
  } finally {
    redis.disconnect();
  }
}
