import { randomUUID } from 'node:crypto';
import { markProcessed } from '../../lib/events';
import { countRows, createEventsDatabase, executorOf, inTransaction, type EventsDatabase } from './support/database';

let db: EventsDatabase;

beforeAll(async () => {
  db = await createEventsDatabase();
});

afterAll(async () => {
  await db.drop();
});

const mark = (consumer: string, eventId: string) =>
  inTransaction(db.pool, (client) => markProcessed(executorOf(client), 'projects', consumer, eventId));

describe('markProcessed', () => {
  it('is true the first time a consumer processes an event and false every time after', async () => {
    const eventId = randomUUID();
    expect(await mark('sprints', eventId)).toBe(true);
    expect(await mark('sprints', eventId)).toBe(false);
    expect(await mark('sprints', eventId)).toBe(false);
  });

  it('lets each consumer process the same event once', async () => {
    const eventId = randomUUID();
    expect(await mark('audit-log', eventId)).toBe(true);
    expect(await mark('notifications', eventId)).toBe(true);
    expect(
      await countRows(db.pool, 'SELECT count(*) FROM "projects"."processed_events" WHERE "event_id" = $1', [eventId]),
    ).toBe(2);
  });

  it('leaves the event unprocessed when the transaction rolls back with the effect', async () => {
    const eventId = randomUUID();
    await expect(
      inTransaction(db.pool, async (client) => {
        await markProcessed(executorOf(client), 'projects', 'sprints', eventId);
        throw new Error('the effect failed');
      }),
    ).rejects.toThrow('the effect failed');
    expect(await mark('sprints', eventId)).toBe(true);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(
      inTransaction(db.pool, (client) => markProcessed(executorOf(client), 'projects"; DROP', 'x', randomUUID())),
    ).rejects.toThrow('Invalid schema name');
  });
});
