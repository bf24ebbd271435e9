import pg from 'pg';
import type { Logger } from '../logger';
import type { EventBus } from './bus';
import type { AnyEventEnvelope, EventStream } from './envelope';
import type { OutboxSchema } from './outbox';
import { StopSignal } from './stop-signal';
import { errorMessage, throttledWarning } from './throttled-log';

export const outboxChannel = 'workgraph_outbox';
const cleanupIntervalMs = 60 * 60 * 1000;
/** The soonest retry after a failure, even when the bus says at once that it is back. */
const minRetryMs = 250;

export interface OutboxRelayOptions {
  databaseUrl: string;
  schema: OutboxSchema;
  bus: EventBus;
  logger: Logger;
  /** A safety net: NOTIFY wakes the relay at once after each commit. Default 1000. */
  pollIntervalMs?: number;
  batchSize?: number;
  /** Published rows are kept this long (for inspection), then deleted. Default 7 days. */
  retentionMs?: number;
  /** Failed publishing waits `initialMs` doubling up to `maxMs`. Default a quarter of the poll interval (at least 100 ms) up to 30 s. */
  backoff?: { initialMs: number; maxMs: number };
}

export interface OutboxRelay {
  /** Publishes everything pending now, after any run under way; resolves with how many events its own run published. */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

interface OutboxRow {
  seq: string;
  stream: EventStream;
  envelope: AnyEventEnvelope;
}

/**
 * Publishes a schema's outbox in commit order: woken by NOTIFY (the outbox trigger) or the poll
 * interval, one transaction per batch under an advisory lock so several relays on one schema take
 * turns rather than publishing twice. A crash between XADD and marking the rows is harmless: the
 * bus drops a second publish of the same envelope id.
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { databaseUrl, schema, bus, logger } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const batchSize = options.batchSize ?? 200;
  const retentionMs = options.retentionMs ?? 7 * 24 * 60 * 60 * 1000;
  const backoff = options.backoff ?? { initialMs: Math.max(100, pollIntervalMs / 4), maxMs: 30_000 };
  if (!/^[a-z_]+$/.test(schema)) throw new Error(`Invalid outbox schema: ${schema}`);
  const table = `"${schema}"."outbox"`;
  const lockKey = `${schema}.outbox`;
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 2,
    application_name: `workgraph-outbox-relay-${schema}`,
  });
  const signal = new StopSignal();
  const warn = throttledWarning(logger);
  let published = 0;
  let lastCleanupAt = -Infinity;
  const lockRetryMs = 50;
  let failures = 0;
  let backoffUntil = 0;
  let chain: Promise<unknown> = Promise.resolve();
  let queued = false;
  let awaitingBus = false;
  let stopping: Promise<void> | undefined;

  pool.on('error', (error) => warn('outbox relay: idle database connection failed', { schema, error: error.message }));

  /** One batch in one transaction; `null` when another relay holds the lock. */
  async function publishBatch(): Promise<number | null> {
    const client = await pool.connect();
    let rows: OutboxRow[] = [];
    try {
      // Few round trips before the publish, since live subscriptions wait on it. Losing the mark
      // in a crash (synchronous_commit off) only means a republish, which the bus drops.
      const begun = (await client.query(
        `BEGIN; SET LOCAL synchronous_commit TO OFF; SELECT pg_try_advisory_xact_lock(hashtext('${lockKey}')) AS locked`,
      )) as unknown as pg.QueryResult<{ locked: boolean }>[];
      if (!begun[2]?.rows[0]?.locked) {
        await client.query('ROLLBACK');
        return null;
      }
      ({ rows } = await client.query<OutboxRow>(
        `SELECT "seq", "stream", "envelope" FROM ${table} WHERE "published_at" IS NULL ORDER BY "seq" LIMIT $1`,
        [batchSize],
      ));
      // Issued together on one connection, so Redis appends them in seq order.
      const results = await Promise.allSettled(rows.map((row) => bus.publish(row.stream, row.envelope)));
      const failed = results.find((result) => result.status === 'rejected');
      if (failed) throw (failed as PromiseRejectedResult).reason;
      const seqs = rows.map((row) => String(BigInt(row.seq))).join(',');
      await client.query(
        rows.length
          ? `UPDATE ${table} SET "published_at" = CURRENT_TIMESTAMP WHERE "seq" = ANY('{${seqs}}'::bigint[]); COMMIT`
          : 'COMMIT',
      );
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (rows.length) {
        await pool
          .query(`UPDATE ${table} SET "attempts" = "attempts" + 1, "last_error" = $2 WHERE "seq" = ANY($1::bigint[])`, [
            rows.map((row) => row.seq),
            errorMessage(error).slice(0, 1000),
          ])
          .catch(() => undefined);
      }
      throw error;
    } finally {
      client.release();
    }
  }

  async function cleanUp(): Promise<void> {
    if (Date.now() - lastCleanupAt < cleanupIntervalMs) return;
    lastCleanupAt = Date.now();
    const { rowCount } = await pool.query(
      `DELETE FROM ${table} WHERE "published_at" IS NOT NULL AND "published_at" < CURRENT_TIMESTAMP - $1::bigint * INTERVAL '1 millisecond'`,
      [retentionMs],
    );
    if (rowCount) logger.debug('outbox relay: published rows deleted', { schema, count: rowCount });
  }

  async function drain(): Promise<void> {
    for (;;) {
      const count = await publishBatch();
      if (count === null) {
        // Another relay is publishing and may have read its batch before our rows committed:
        // look again shortly rather than at the next poll.
        setTimeout(wake, lockRetryMs).unref();
        return;
      }
      published += count;
      if (count < batchSize || signal.stopped) break;
    }
    failures = 0;
    backoffUntil = 0;
    await cleanUp();
  }

  /** Runs never overlap in one relay; a wake-up during a run queues one more run, not one per NOTIFY. */
  function schedule(): Promise<unknown> {
    if (queued) return chain;
    queued = true;
    chain = chain
      .catch(() => undefined)
      .then(async () => {
        queued = false;
        if (!signal.stopped) await drain();
      });
    return chain;
  }

  function wake(): void {
    if (signal.stopped || Date.now() < backoffUntil) return;
    schedule().catch((error: unknown) => {
      failures++;
      const delay = Math.min(backoff.maxMs, backoff.initialMs * 2 ** (failures - 1));
      backoffUntil = Date.now() + delay;
      warn('outbox relay: publishing failed, retrying', {
        schema,
        failures,
        retryInMs: delay,
        error: errorMessage(error),
      });
      setTimeout(wake, delay).unref();
      retryWhenBusReady();
    });
  }

  /**
   * The backoff spares a database that is failing, but a bus outage ends at a known moment: the
   * reconnection. Waiting out the backoff then (up to 30 s) would hold every event back for nothing.
   * A bus that was connected all along (the failure was something else) keeps the backoff.
   */
  function retryWhenBusReady(): void {
    if (awaitingBus) return;
    awaitingBus = true;
    const failedAt = Date.now();
    let connectedAllAlong = true;
    setImmediate(() => (connectedAllAlong = false));
    void bus.ready().then(() => {
      awaitingBus = false;
      if (connectedAllAlong || signal.stopped || backoffUntil === 0) return;
      const retry = () => {
        backoffUntil = 0;
        wake();
      };
      setTimeout(retry, Math.max(0, failedAt + minRetryMs - Date.now())).unref();
    });
  }

  async function listen(): Promise<void> {
    while (!signal.stopped) {
      const client = new pg.Client({
        connectionString: databaseUrl,
        application_name: `workgraph-outbox-listen-${schema}`,
      });
      const lost = new Promise<void>((resolve) => {
        client.on('error', (error) => {
          warn('outbox relay: LISTEN connection lost, reconnecting', { schema, error: error.message });
          resolve();
        });
        client.once('end', () => resolve());
      });
      client.on('notification', (message) => {
        if (message.payload === schema) wake();
      });
      listener = client;
      try {
        // pg never settles connect() for a client ended while it connects (a stop during start-up,
        // when a later service failed to start): the stop ends the wait instead.
        const stop = signal.untilStopped();
        const connected = await Promise.race([client.connect().then(() => true), stop.stopped.then(() => false)]);
        stop.cancel();
        if (!connected) break;
        await client.query(`LISTEN ${outboxChannel}`);
        // Commits made while not listening are caught up at once.
        wake();
        if (!signal.stopped) await lost;
      } catch (error) {
        if (!signal.stopped) warn('outbox relay: LISTEN failed, retrying', { schema, error: errorMessage(error) });
      }
      await client.end().catch(() => undefined);
      await signal.sleep(1000);
    }
  }

  let listener: pg.Client | undefined;
  const listening = listen();
  const poll = setInterval(wake, pollIntervalMs);
  poll.unref();

  return {
    async flush() {
      // A run already under way is waited for, but what it published is its count, not this
      // flush's: the answer is what the run this flush schedules publishes.
      await chain.catch(() => undefined);
      const before = published;
      await schedule();
      return published - before;
    },
    // Once: a second call (an owner stopping what a test already stopped) waits for the first.
    stop() {
      stopping ??= (async () => {
        signal.stop();
        clearInterval(poll);
        await listener?.end().catch(() => undefined);
        await listening;
        listener = undefined;
        await chain.catch(() => undefined);
        await pool.end();
      })();
      return stopping;
    },
  };
}
