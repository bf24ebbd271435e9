import { createEventBus, type StreamEvent } from '../../../lib/events';
import { createMemoryEventBus } from '../../../lib/events/memory-bus';
import { busBehaviour } from '../../events/support/bus-behaviour';
import { titleOf, workItemEvent } from '../../events/support/envelopes';
import { silentLogger } from '../../events/support/redis';
import { waitFor } from '../../events/support/wait-for';

describe('the in-process event bus', () => {
  busBehaviour(async () => createEventBus({ logger: silentLogger }));

  it('is the bus createEventBus makes without a Redis URL', () => {
    expect(createEventBus({ logger: silentLogger }).kind).toBe('memory');
  });
});

describe('the in-process event bus, over time', () => {
  const day = 24 * 60 * 60 * 1000;
  let time = Date.UTC(2026, 0, 1);
  const bus = createMemoryEventBus({ logger: silentLogger, retentionMs: 7 * day, now: () => time });

  afterAll(() => bus.close());

  async function retainedTitles(group: string): Promise<string[]> {
    const seen: StreamEvent[] = [];
    const consumer = bus.consume({ group, streams: ['work-items'], handle: async (event) => void seen.push(event) });
    await bus.publish('work-items', workItemEvent(`end of ${group}`));
    await waitFor(() => seen.some((event) => titleOf(event.envelope) === `end of ${group}`));
    await consumer.stop();
    return seen.map((event) => titleOf(event.envelope));
  }

  it('gives entries ids of milliseconds and a sequence within the millisecond', async () => {
    const first = await bus.publish('work-items', workItemEvent('same ms 1'));
    const second = await bus.publish('work-items', workItemEvent('same ms 2'));
    expect([first, second]).toEqual([`${time}-0`, `${time}-1`]);
  });

  it('trims entries older than the retention period when new ones arrive', async () => {
    time += 6 * day;
    await bus.publish('work-items', workItemEvent('six days later'));
    time += 2 * day;

    expect(await retainedTitles('late-reader')).toEqual(['six days later', 'end of late-reader']);
  });

  it('forgets a published envelope id after a day, so only a repeat within the day is dropped', async () => {
    const event = workItemEvent('repeated');
    expect(await bus.publish('work-items', event)).not.toBeNull();
    time += day - 1;
    expect(await bus.publish('work-items', event)).toBeNull();
    time += 2;
    expect(await bus.publish('work-items', event)).not.toBeNull();
  });
});
