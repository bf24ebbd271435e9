import {
  startOutboxRelay,
  writeOutbox,
  type AnyEventEnvelope,
  type EventBus,
  type OutboxRelay,
  type StreamEvent,
} from '../../lib/events';
import { commitEvents, countRows, executorOf, inTransaction } from './support/database';
import { projectEvent, titleOf, workItemEvent } from './support/envelopes';
import { silentLogger } from './support/redis';
import { useRedisEventsFixture } from './support/redis-fixture';
import { deferred, waitFor } from './support/wait-for';
import { describeWithRedis } from '../testkit/services';

const fx = useRedisEventsFixture();
const { prefix } = fx;
const relays: OutboxRelay[] = [];

afterEach(async () => {
  await Promise.all(relays.splice(0).map((relay) => relay.stop()));
  await fx.db.pool.query('TRUNCATE "work_items"."outbox", "projects"."outbox"');
  await fx.redis.del(`${prefix}events:work-items`, `${prefix}events:projects`);
});

function relay(options: Partial<Parameters<typeof startOutboxRelay>[0]> = {}): OutboxRelay {
  const started = startOutboxRelay({
    databaseUrl: fx.db.url,
    schema: 'work_items',
    bus: fx.bus,
    logger: silentLogger,
    pollIntervalMs: 60_000,
    ...options,
  });
  relays.push(started);
  return started;
}

/** The titles on a stream, in stream order. */
async function streamTitles(stream = 'work-items'): Promise<string[]> {
  const entries = (await fx.redis.xrange(`${prefix}events:${stream}`, '-', '+')) as [string, string[]][];
  return entries.map(([, fields]) => titleOf(JSON.parse(fields[1]!) as AnyEventEnvelope));
}

/** A bus that counts publish calls per envelope id, and fails them while `failing` is set. */
function observedBus(inner: EventBus) {
  const calls = new Map<string, number>();
  const state: { failing: boolean; hold?: Promise<void>; held?: () => void } = { failing: false };
  const observed: EventBus = {
    ...inner,
    async publish(stream, envelope) {
      calls.set(envelope.id, (calls.get(envelope.id) ?? 0) + 1);
      if (state.failing) throw new Error('redis is down');
      if (state.hold) {
        state.held?.();
        await state.hold;
      }
      return inner.publish(stream, envelope);
    },
  };
  return { bus: observed, calls, state };
}

describeWithRedis('the outbox relay', () => {
  it('publishes a committed event moments after the commit, woken by its NOTIFY', async () => {
    const seen: StreamEvent[] = [];
    const tail = fx.bus.tail(['work-items'], (event) => seen.push(event));
    await tail.started;
    relay();
    const event = workItemEvent('committed');
    await commitEvents(fx.db.pool, 'work_items', [event]);

    await waitFor(() => seen.length === 1);
    await tail.close();
    expect(seen[0]?.envelope).toEqual(event);
    await waitFor(() =>
      countRows(fx.db.pool, 'SELECT count(*) FROM "work_items"."outbox" WHERE "published_at" IS NOT NULL'),
    );
  });

  it('listens again after its LISTEN connection is cut, catching up on what was committed meanwhile', async () => {
    relay();
    const listening = `SELECT pid FROM pg_stat_activity WHERE datname = current_database()
       AND application_name = 'workgraph-outbox-listen-work_items' AND query LIKE 'LISTEN%'`;
    const { pid } = await waitFor(async () => (await fx.db.pool.query<{ pid: number }>(listening)).rows[0]);
    await fx.db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
    await commitEvents(fx.db.pool, 'work_items', [workItemEvent('while reconnecting')]);
    await waitFor(async () => (await streamTitles()).length === 1, 10_000);

    const { pid: newPid } = await waitFor(async () => (await fx.db.pool.query<{ pid: number }>(listening)).rows[0]);
    expect(newPid).not.toBe(pid);
    await commitEvents(fx.db.pool, 'work_items', [workItemEvent('after reconnecting')]);
    await waitFor(async () => (await streamTitles()).length === 2);
    expect(await streamTitles()).toEqual(['while reconnecting', 'after reconnecting']);
  });

  it('publishes nothing from a transaction that rolled back', async () => {
    relay();
    await expect(
      inTransaction(fx.db.pool, async (client) => {
        await writeOutbox(executorOf(client), 'work_items', [workItemEvent('rolled back')]);
        throw new Error('the mutation failed');
      }),
    ).rejects.toThrow('the mutation failed');
    await commitEvents(fx.db.pool, 'work_items', [workItemEvent('committed after')]);

    await waitFor(async () => (await streamTitles()).length === 1);
    expect(await streamTitles()).toEqual(['committed after']);
    expect(await countRows(fx.db.pool, 'SELECT count(*) FROM "work_items"."outbox"')).toBe(1);
  });

  it('publishes in commit order across batches, and flush says how many it published', async () => {
    const titles = Array.from({ length: 11 }, (_, index) => `event ${index}`);
    await commitEvents(fx.db.pool, 'work_items', titles.slice(0, 4).map(workItemEvent));
    await commitEvents(fx.db.pool, 'work_items', titles.slice(4).map(workItemEvent));
    const ordered = relay({ batchSize: 3 });

    expect(await ordered.flush()).toBe(11);
    expect(await streamTitles()).toEqual(titles);
    expect(await countRows(fx.db.pool, 'SELECT count(*) FROM "work_items"."outbox" WHERE "published_at" IS NULL')).toBe(
      0,
    );

    await commitEvents(fx.db.pool, 'work_items', [workItemEvent('one more')]);
    await waitFor(async () => (await streamTitles()).length === 12);
    expect(await ordered.flush()).toBe(0);
  });

  it('counts in flush only what its own run published, not a run already under way when it was called', async () => {
    const observed = observedBus(fx.bus);
    const release = deferred();
    const publishing = deferred();
    Object.assign(observed.state, { hold: release.promise, held: publishing.resolve });
    const held = relay({ bus: observed.bus });
    await commitEvents(fx.db.pool, 'work_items', [workItemEvent('in flight')]);
    await publishing.promise;

    const flushed = held.flush();
    release.resolve();
    expect(await flushed).toBe(0);
    expect(await streamTitles()).toEqual(['in flight']);
  });

  it('publishes only its own schema', async () => {
    const projects = relay({ schema: 'projects' });
    await commitEvents(fx.db.pool, 'work_items', [workItemEvent('not mine')]);
    await commitEvents(fx.db.pool, 'projects', [projectEvent('mine')]);

    await projects.flush();
    await waitFor(async () => (await streamTitles('projects')).length === 1);
    expect(await streamTitles('projects')).toEqual(['mine']);
    expect(await streamTitles('work-items')).toEqual([]);
  });

  it('publishes each event once when two relays share a schema', async () => {
    const observed = observedBus(fx.bus);
    const first = relay({ bus: observed.bus, batchSize: 5 });
    const second = relay({ bus: observed.bus, batchSize: 5 });
    const events = Array.from({ length: 60 }, (_, index) => workItemEvent(`shared ${index}`));
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        commitEvents(fx.db.pool, 'work_items', events.slice(index * 5, index * 5 + 5)),
      ),
    );
    await Promise.all([first.flush(), second.flush()]);
    await waitFor(async () => (await streamTitles()).length === 60);
    await Promise.all([first.flush(), second.flush()]);

    expect([...observed.calls.values()].every((count) => count === 1)).toBe(true);
    expect(observed.calls.size).toBe(60);
    expect((await streamTitles()).sort()).toEqual(events.map(titleOf).sort());
  });

  it('records a failed publish on the rows, keeps them pending and publishes them once it works again', async () => {
    const observed = observedBus(fx.bus);
    observed.state.failing = true;
    const flaky = relay({ bus: observed.bus });
    await commitEvents(fx.db.pool, 'work_items', [workItemEvent('delayed')]);

    await expect(flaky.flush()).rejects.toThrow('redis is down');
    const { rows } = await fx.db.pool.query(
      'SELECT "attempts", "last_error", "published_at" FROM "work_items"."outbox"',
    );
    expect(rows[0]).toMatchObject({ last_error: 'redis is down', published_at: null });
    expect(rows[0].attempts).toBeGreaterThanOrEqual(1);

    observed.state.failing = false;
    await flaky.flush();
    expect(await streamTitles()).toEqual(['delayed']);
  });

  it('deletes published rows older than the retention period and keeps the rest', async () => {
    const [old, recent, pending] = [workItemEvent('old'), workItemEvent('recent'), workItemEvent('pending')];
    await commitEvents(fx.db.pool, 'work_items', [old, recent, pending]);
    await fx.db.pool.query(
      `UPDATE "work_items"."outbox" SET "published_at" = CURRENT_TIMESTAMP - (CASE "id" WHEN $1::uuid THEN INTERVAL '2 hours' ELSE INTERVAL '10 minutes' END) WHERE "id" <> $2::uuid`,
      [old.id, pending.id],
    );
    await relay({ retentionMs: 60 * 60 * 1000 }).flush();

    const { rows } = await fx.db.pool.query<{ id: string }>('SELECT "id" FROM "work_items"."outbox" ORDER BY "seq"');
    expect(rows.map((row) => row.id)).toEqual([recent.id, pending.id]);
  });
});

describe('a relay stopped as it starts', () => {
  it('stops at once, while its listening connection is still being made', async () => {
    const started = startOutboxRelay({
      databaseUrl: fx.db.url,
      schema: 'work_items',
      bus: fx.bus,
      logger: silentLogger,
    });
    const stopped = await Promise.race([
      started.stop().then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000).unref()),
    ]);
    expect(stopped).toBe(true);
  });
});
