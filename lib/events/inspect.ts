import type { Redis } from 'ioredis';
import type pg from 'pg';
import { subgraphRegistry } from '../../subgraphs/registry';
import { eventStreams, type EventStream } from './envelope';
import { fieldsOf } from './entries';
import { eventKeys } from './keys';
import type { OutboxSchema } from './outbox';

export interface GroupReport {
  name: string;
  consumers: number;
  /** Delivered and not yet acknowledged. */
  pending: number;
  /** Not yet delivered (null when Redis cannot tell, e.g. after a trim). */
  lag: number | null;
  lastDeliveredId: string;
  deadLetters: number;
}

export interface StreamReport {
  stream: EventStream;
  key: string;
  length: number;
  groups: GroupReport[];
}

export interface OutboxReport {
  schema: OutboxSchema;
  /** False when the schema has no outbox table (not migrated). */
  exists: boolean;
  unpublished: number;
  oldestUnpublishedAgeMs: number | null;
  /** Unpublished rows whose publishing has failed at least once. */
  failing: number;
  lastError: string | null;
}

/** Every subgraph's schema has an outbox (its first migration creates it). */
export const outboxSchemas: OutboxSchema[] = subgraphRegistry.map((entry) => entry.domain);

/** Length, consumer groups, pending and dead-letter counts of every event stream. */
export async function inspectStreams(redis: Redis, keyPrefix: string): Promise<StreamReport[]> {
  const keys = eventKeys(keyPrefix);
  return Promise.all(
    eventStreams.map(async (stream) => {
      const key = keys.stream(stream);
      const length = await redis.xlen(key);
      const groups =
        length || (await redis.exists(key)) ? ((await redis.call('XINFO', 'GROUPS', key)) as unknown[]) : [];
      return {
        stream,
        key,
        length,
        groups: await Promise.all(
          groups.map(async (flat) => {
            const info = fieldsOf(flat);
            const name = info.name ?? '';
            return {
              name,
              consumers: Number(info.consumers ?? 0),
              pending: Number(info.pending ?? 0),
              lag: info.lag === undefined || info.lag === 'null' || info.lag === '' ? null : Number(info.lag),
              lastDeliveredId: info['last-delivered-id'] ?? '',
              deadLetters: await redis.xlen(keys.dead(name)),
            };
          }),
        ),
      };
    }),
  );
}

/** How far behind each outbox's relay is: unpublished rows and the age of the oldest. */
export async function inspectOutbox(db: pg.Pool | pg.ClientBase): Promise<OutboxReport[]> {
  const reports: OutboxReport[] = [];
  for (const schema of outboxSchemas) {
    const { rows: found } = await db.query<{ table: string | null }>('SELECT to_regclass($1)::text AS "table"', [
      `"${schema}"."outbox"`,
    ]);
    if (!found[0]?.table) {
      reports.push({
        schema,
        exists: false,
        unpublished: 0,
        oldestUnpublishedAgeMs: null,
        failing: 0,
        lastError: null,
      });
      continue;
    }
    const { rows } = await db.query<{
      unpublished: string;
      age_ms: string | null;
      failing: string;
      last_error: string | null;
    }>(
      `SELECT count(*) AS "unpublished",
              (EXTRACT(EPOCH FROM CURRENT_TIMESTAMP - min("created_at")) * 1000)::bigint AS "age_ms",
              count(*) FILTER (WHERE "attempts" > 0) AS "failing",
              (array_agg("last_error" ORDER BY "seq" DESC) FILTER (WHERE "last_error" IS NOT NULL))[1] AS "last_error"
         FROM "${schema}"."outbox" WHERE "published_at" IS NULL`,
    );
    const row = rows[0]!;
    reports.push({
      schema,
      exists: true,
      unpublished: Number(row.unpublished),
      oldestUnpublishedAgeMs: row.age_ms === null ? null : Number(row.age_ms),
      failing: Number(row.failing),
      lastError: row.last_error,
    });
  }
  return reports;
}
