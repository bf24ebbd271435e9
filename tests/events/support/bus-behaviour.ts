import { randomBytes } from 'node:crypto';
import type { Consumer, ConsumerOptions, Delivery, EventBus, StreamEvent } from '../../../lib/events/bus';
import { RetryLater } from '../../../lib/events/retry-later';
import { projectEvent, titleOf, workItemEvent } from './envelopes';
import { deferred, waitFor } from './wait-for';

interface Handled {
  title: string;
  attempt: number;
  event: StreamEvent;
}

/** The behaviour every bus must have, run once against the in-process bus and once against Redis. */
export function busBehaviour(makeBus: () => Promise<EventBus>): void {
  let bus: EventBus;
  const consumers: Consumer[] = [];

  beforeEach(async () => {
    bus = await makeBus();
    await bus.ready();
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
    await bus.close();
  });

  const group = (name: string) => `${name}-${randomBytes(3).toString('hex')}`;

  /** A consumer that records what it handled; `fail` decides whether a delivery throws. */
  function consume(
    options: Partial<ConsumerOptions> & { group: string },
    fail: (title: string, delivery: Delivery) => boolean = () => false,
    hold?: () => Promise<void>,
  ) {
    const handled: Handled[] = [];
    const calls: Handled[] = [];
    const consumer = bus.consume({
      streams: ['work-items', 'projects'],
      retryBaseMs: 5,
      ...options,
      async handle(event, delivery) {
        const record = { title: titleOf(event.envelope), attempt: delivery.attempt, event };
        calls.push(record);
        await hold?.();
        if (fail(record.title, delivery)) throw new Error(`refusing ${record.title}`);
        handled.push(record);
      },
    });
    consumers.push(consumer);
    const titles = () => handled.map((record) => record.title);
    return { consumer, handled, calls, titles };
  }

  const publish = (title: string) => bus.publish('work-items', workItemEvent(title));

  it('appends an event once per envelope id: publishing it again returns null', async () => {
    const event = workItemEvent('once');
    const entryId = await bus.publish('work-items', event);
    expect(entryId).toMatch(/^\d+-\d+$/);
    expect(await bus.publish('work-items', event)).toBeNull();
    await publish('marker');

    const reader = consume({ group: group('dedupe') });
    await waitFor(() => reader.titles().includes('marker'));
    expect(reader.titles()).toEqual(['once', 'marker']);
    expect(reader.handled[0]?.event).toEqual({ stream: 'work-items', entryId, envelope: event });
  });

  it('hands back every retained event of a stream, oldest first, past one page of 500', async () => {
    const titles = Array.from({ length: 520 }, (_, i) => `kept ${i}`);
    for (const title of titles) await bus.publish('work-items', workItemEvent(title));
    await bus.publish('projects', workItemEvent('other stream'));

    const retained: string[] = [];
    for await (const event of bus.retained('work-items')) retained.push(titleOf(event.envelope));
    expect(retained).toEqual(titles);
  });

  it('hands back the retained events after one entry id, up to and including another', async () => {
    const ids: string[] = [];
    for (const title of ['first', 'second', 'third', 'fourth']) {
      ids.push((await bus.publish('work-items', workItemEvent(title)))!);
    }
    const between: string[] = [];
    for await (const event of bus.retained('work-items', { after: ids[0], until: ids[2] })) {
      between.push(titleOf(event.envelope));
    }
    expect(between).toEqual(['second', 'third']);
    const rest: string[] = [];
    for await (const event of bus.retained('work-items', { after: ids[2] })) rest.push(titleOf(event.envelope));
    expect(rest).toEqual(['fourth']);
  });

  it('tails only the events published after it started, in order, across streams', async () => {
    await publish('before');
    const seen: StreamEvent[] = [];
    const tail = bus.tail(['work-items', 'projects'], (event) => seen.push(event));
    await tail.started;
    await publish('first');
    await bus.publish('projects', projectEvent('second'));
    await publish('third');
    await waitFor(() => seen.length >= 3);
    await tail.close();

    expect(seen.map((event) => titleOf(event.envelope))).toEqual(['first', 'second', 'third']);
    expect(seen.map((event) => event.stream)).toEqual(['work-items', 'projects', 'work-items']);
    const [first, , third] = seen;
    expect(first!.entryId < third!.entryId || first!.entryId.length < third!.entryId.length).toBe(true);
  });

  it('a closed tail receives nothing more', async () => {
    const seen: string[] = [];
    const tail = bus.tail(['work-items'], (event) => seen.push(titleOf(event.envelope)));
    await tail.started;
    await publish('while open');
    await waitFor(() => seen.length === 1);
    await tail.close();
    await publish('after close');

    const reader = consume({ group: group('after-close') });
    await waitFor(() => reader.titles().includes('after close'));
    expect(seen).toEqual(['while open']);
  });

  it('gives every event to every consumer group', async () => {
    const audit = consume({ group: group('audit') });
    const sprints = consume({ group: group('sprints') });
    await Promise.all([audit.consumer.started, sprints.consumer.started]);
    await publish('a');
    await bus.publish('projects', projectEvent('b'));
    await publish('c');

    await waitFor(() => audit.handled.length === 3 && sprints.handled.length === 3);
    // Order holds within a stream; a read across streams takes them stream by stream.
    for (const reader of [audit, sprints]) {
      expect(reader.titles().filter((title) => title !== 'b')).toEqual(['a', 'c']);
      expect(reader.titles().sort()).toEqual(['a', 'b', 'c']);
    }
  });

  it('shares a group between its consumers: each event goes to exactly one of them', async () => {
    const shared = group('shared');
    // Each handler holds its event until both have one, so neither can take both.
    const release = deferred();
    const hold = () => release.promise;
    const options = { group: shared, batchSize: 1, streams: ['work-items' as const] };
    const first = consume({ ...options, consumer: 'first' }, undefined, hold);
    const second = consume({ ...options, consumer: 'second' }, undefined, hold);
    await Promise.all([first.consumer.started, second.consumer.started]);
    await publish('one');
    await publish('two');
    await waitFor(() => first.calls.length === 1 && second.calls.length === 1);
    release.resolve();
    await waitFor(() => first.handled.length + second.handled.length === 2);

    expect([...first.titles(), ...second.titles()].sort()).toEqual(['one', 'two']);
    expect(first.handled).toHaveLength(1);
    expect(second.handled).toHaveLength(1);
  });

  it('does not deliver an acknowledged event again to its group', async () => {
    const name = group('acked');
    const before = consume({ group: name });
    await publish('handled');
    await waitFor(() => before.handled.length === 1);
    await before.consumer.stop();

    const after = consume({ group: name, claimIdleMs: 50 });
    await after.consumer.started;
    await publish('next');
    await waitFor(() => after.handled.length >= 1);
    expect(after.titles()).toEqual(['next']);
  });

  it('retries a failing handler with growing attempt numbers until it succeeds', async () => {
    const reader = consume({ group: group('retry'), maxAttempts: 5 }, (_title, { attempt }) => attempt < 3);
    await publish('flaky');
    await waitFor(() => reader.handled.length === 1);

    expect(reader.calls.map((call) => call.attempt)).toEqual([1, 2, 3]);
    expect(reader.handled[0]).toMatchObject({ title: 'flaky', attempt: 3 });
    expect(await bus.deadLetters.list(reader.handled[0]!.event.envelope.id)).toEqual([]);
  });

  it('dead-letters an event after maxAttempts, and replay hands it back to that group only', async () => {
    const failing = group('failing');
    let broken = true;
    const reader = consume({ group: failing, maxAttempts: 3 }, (title) => broken && title === 'poison');
    const other = consume({ group: group('other') });
    const event = workItemEvent('poison');
    const entryId = await bus.publish('work-items', event);
    await publish('healthy');

    await waitFor(() => reader.titles().includes('healthy'));
    const [letter, ...rest] = await waitFor(async () => {
      const letters = await bus.deadLetters.list(failing);
      return letters.length ? letters : undefined;
    });
    expect(rest).toEqual([]);
    expect(letter).toMatchObject({ group: failing, stream: 'work-items', entryId, envelope: event, attempts: 3 });
    expect(letter!.error).toBe('refusing poison');
    expect(new Date(letter!.failedAt).getTime()).not.toBeNaN();
    expect(reader.calls.filter((call) => call.title === 'poison').map((call) => call.attempt)).toEqual([1, 2, 3]);

    broken = false;
    await bus.deadLetters.replay(failing, letter!.id);
    await waitFor(() => reader.titles().includes('poison'));
    await publish('after replay');
    await waitFor(() => other.titles().includes('after replay'));

    expect(reader.handled.find((record) => record.title === 'poison')).toMatchObject({
      attempt: 1,
      event: { stream: 'work-items', entryId, envelope: event },
    });
    expect(other.titles()).toEqual(['poison', 'healthy', 'after replay']);
    expect(await bus.deadLetters.list(failing)).toEqual([]);
  });

  it('retries an event whose handler asks to retry later past maxAttempts, in order, and never dead-letters it', async () => {
    const name = group('later');
    let unavailable = true;
    const calls: { title: string; attempt: number }[] = [];
    const handled: string[] = [];
    consumers.push(
      bus.consume({
        group: name,
        streams: ['work-items'],
        maxAttempts: 2,
        retryBaseMs: 5,
        async handle(event, { attempt }) {
          const title = titleOf(event.envelope);
          calls.push({ title, attempt });
          if (unavailable && title === 'waiting') throw new RetryLater('the peer is away');
          handled.push(title);
        },
      }),
    );
    await publish('waiting');
    await publish('behind it');
    await waitFor(() => calls.length >= 5);
    expect(handled).toEqual([]);
    expect(await bus.deadLetters.list(name)).toEqual([]);

    unavailable = false;
    await waitFor(() => handled.length === 2);
    expect(handled).toEqual(['waiting', 'behind it']);
    expect(
      calls
        .filter((call) => call.title === 'waiting')
        .map((call) => call.attempt)
        .slice(0, 5),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(await bus.deadLetters.list(name)).toEqual([]);
  });

  it('discards a dead letter for good', async () => {
    const failing = group('discard');
    const reader = consume({ group: failing, maxAttempts: 1 }, (title) => title === 'doomed');
    await publish('doomed');
    const [letter] = await waitFor(async () => {
      const letters = await bus.deadLetters.list(failing);
      return letters.length ? letters : undefined;
    });
    await bus.deadLetters.discard(failing, letter!.id);
    await publish('later');
    await waitFor(() => reader.titles().includes('later'));

    expect(await bus.deadLetters.list(failing)).toEqual([]);
    expect(reader.calls.map((call) => call.title)).toEqual(['doomed', 'later']);
    await expect(bus.deadLetters.replay(failing, letter!.id)).rejects.toThrow(`No dead letter ${letter!.id}`);
    await expect(bus.deadLetters.discard(failing, letter!.id)).rejects.toThrow(`No dead letter ${letter!.id}`);
  });

  it('lets another consumer claim an event left pending by a stopped one, with its delivery count as attempt', async () => {
    const name = group('claim');
    // A long backoff keeps the event pending and unacknowledged when the first consumer stops.
    const stopped = consume({ group: name, consumer: 'stopped', retryBaseMs: 60_000 }, () => true);
    await publish('orphan');
    await waitFor(() => stopped.calls.length === 1);
    await stopped.consumer.stop();

    const claimer = consume({ group: name, consumer: 'claimer', claimIdleMs: 100 });
    await waitFor(() => claimer.handled.length === 1);
    expect(claimer.handled[0]).toMatchObject({ title: 'orphan', attempt: 2 });
    await publish('next');
    await waitFor(() => claimer.handled.length === 2);
    expect(claimer.titles()).toEqual(['orphan', 'next']);
  });

  it('keeps an event a slow handler is still working on from being claimed by the group’s other consumers', async () => {
    const name = group('slow');
    const release = deferred();
    const slow = consume({ group: name, consumer: 'slow', claimIdleMs: 100 }, undefined, () => release.promise);
    await publish('takes a while');
    await waitFor(() => slow.calls.length === 1);
    const eager = consume({ group: name, consumer: 'eager', claimIdleMs: 100 });
    await eager.consumer.started;
    // Several claim rounds of the eager consumer go by while the slow handler works.
    const until = Date.now() + 500;
    await waitFor(() => Date.now() > until, 2000);
    release.resolve();
    await waitFor(() => slow.handled.length === 1);
    await publish('next');
    await waitFor(() => slow.handled.length + eager.handled.length === 2);

    expect(slow.handled[0]).toMatchObject({ title: 'takes a while', attempt: 1 });
    expect(eager.calls.map((call) => call.title)).not.toContain('takes a while');
  });

  it('dead-letters at once a claimed event already delivered maxAttempts times', async () => {
    const name = group('crashing');
    // Two consumers each take the event and stop without acknowledging it, as crashing ones would.
    const first = consume({ group: name, consumer: 'first', retryBaseMs: 60_000 }, () => true);
    await publish('kills consumers');
    await waitFor(() => first.calls.length === 1);
    await first.consumer.stop();
    const second = consume({ group: name, consumer: 'second', retryBaseMs: 60_000, claimIdleMs: 100 }, () => true);
    await waitFor(() => second.calls.length === 1);
    await second.consumer.stop();
    expect(second.calls[0]?.attempt).toBe(2);

    const careful = consume({ group: name, consumer: 'careful', maxAttempts: 2, claimIdleMs: 100 });
    const [letter] = await waitFor(async () => {
      const letters = await bus.deadLetters.list(name);
      return letters.length ? letters : undefined;
    });
    expect(letter).toMatchObject({ attempts: 2, error: 'delivered 2 times without being acknowledged' });
    expect(careful.calls).toEqual([]);
  });

  it('starts a new group at the beginning by default, or after the last event with startAt now', async () => {
    await publish('old');
    const fromStart = consume({ group: group('beginning') });
    const fromNow = consume({ group: group('now'), startAt: 'now' });
    await Promise.all([fromStart.consumer.started, fromNow.consumer.started]);
    await publish('new');

    await waitFor(() => fromStart.handled.length === 2 && fromNow.handled.length === 1);
    expect(fromStart.titles()).toEqual(['old', 'new']);
    expect(fromNow.titles()).toEqual(['new']);
  });
}
