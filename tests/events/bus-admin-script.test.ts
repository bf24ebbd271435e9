import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createEventBus, type Consumer, type EventBus } from '../../lib/events';
import { runEventsAdmin } from '../../scripts/events-admin';
import { commitEvents, createEventsDatabase, type EventsDatabase } from './support/database';
import { projectEvent, titleOf, workItemEvent } from './support/envelopes';
import { randomKeyPrefix, silentLogger, testRedisUrl } from './support/redis';
import { waitFor } from './support/wait-for';
import { describeWithRedis } from '../testkit/services';
import { deleteRedisKeys } from '../testkit/redis-server';

const root = path.resolve(__dirname, '../..');
const prefix = randomKeyPrefix();
const redisEnv = { REDIS_URL: testRedisUrl, REDIS_KEY_PREFIX: prefix };
let bus: EventBus;
let db: EventsDatabase;
let consumer: Consumer | undefined;

beforeAll(async () => {
  db = await createEventsDatabase();
  bus = createEventBus({ redisUrl: testRedisUrl, keyPrefix: prefix, logger: silentLogger });
  await bus.ready();
});

afterEach(async () => {
  await consumer?.stop();
  consumer = undefined;
});

afterAll(async () => {
  await bus.close();
  await deleteRedisKeys(testRedisUrl, prefix);
  await db.drop();
});

async function admin(args: string[], env: NodeJS.ProcessEnv = redisEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEventsAdmin(args, env, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describeWithRedis('npm run events', () => {
  it('runs as a script and exits 2 with the usage for an unknown command', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/events-admin.ts', 'frobnicate'], {
      cwd: root,
      env: { ...process.env, ...redisEnv },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown command "frobnicate".');
    expect(result.stderr).toContain('Usage: npm run events -- <command>');
  });

  it('prints the usage on help and exits 0', async () => {
    const result = await admin(['--help']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('replay <group> <id|--all>');
  });

  it('refuses missing arguments, a missing REDIS_URL and a malformed key prefix with a clear message', async () => {
    expect(await admin([])).toMatchObject({ code: 2, err: expect.stringContaining('No command given.') });
    expect(await admin(['replay', 'sprints'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('"replay" takes <group> <id|--all>.'),
    });
    expect(await admin(['streams', 'extra'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('"streams" takes no arguments.'),
    });
    expect(await admin(['streams'], {})).toMatchObject({
      code: 2,
      err: expect.stringContaining('REDIS_URL is not set'),
    });
    expect(await admin(['outbox'], {})).toMatchObject({
      code: 2,
      err: expect.stringContaining('DATABASE_URL is not set'),
    });
    expect(await admin(['streams'], { ...redisEnv, REDIS_KEY_PREFIX: 'has spaces' })).toMatchObject({
      code: 2,
      err: expect.stringContaining('REDIS_KEY_PREFIX: must be 1-64 letters'),
    });
  });

  it('lists a group’s dead letters, replays one or all of them to it, and discards one', async () => {
    let broken = true;
    const handled: string[] = [];
    consumer = bus.consume({
      group: 'mailer',
      streams: ['work-items'],
      maxAttempts: 1,
      async handle(event) {
        if (broken) throw new Error('smtp is down');
        handled.push(titleOf(event.envelope));
      },
    });
    const events = ['one', 'two', 'three', 'four'].map(workItemEvent);
    for (const event of events) await bus.publish('work-items', event);
    const letters = await waitFor(async () => {
      const found = await bus.deadLetters.list('mailer');
      return found.length === 4 ? found : undefined;
    });

    const listed = await admin(['dead-letters', 'mailer']);
    expect(listed.code).toBe(0);
    for (const letter of letters)
      expect(listed.out).toContain(`${letter.id}  work_item.updated  event ${letter.envelope.id}`);
    expect(listed.out).toContain('1 attempts');
    expect(listed.out).toContain('smtp is down');

    broken = false;
    expect(await admin(['replay', 'mailer', letters[0]!.id])).toMatchObject({ code: 0 });
    await waitFor(() => handled.includes('one'));
    expect(await admin(['discard', 'mailer', letters[1]!.id])).toMatchObject({ code: 0 });
    expect(await admin(['replay', 'mailer', '--all'])).toMatchObject({
      code: 0,
      out: 'Replayed 2 dead letter(s) to group mailer.',
    });
    await waitFor(() => handled.length === 3);

    expect(handled.sort()).toEqual(['four', 'one', 'three']);
    expect(await admin(['dead-letters', 'mailer'])).toMatchObject({ out: 'No dead letters in group mailer.' });
    expect(await admin(['replay', 'mailer', letters[1]!.id])).toMatchObject({
      code: 1,
      err: `events: No dead letter ${letters[1]!.id} in group mailer`,
    });
  });

  it('shows each stream’s length and its groups’ pending and dead-letter counts', async () => {
    consumer = bus.consume({
      group: 'reporting',
      streams: ['projects'],
      maxAttempts: 1,
      handle: async () => {
        throw new Error('not yet');
      },
    });
    await bus.publish('projects', projectEvent('reported'));
    await waitFor(async () => (await bus.deadLetters.list('reporting')).length === 1);

    const result = await admin(['streams']);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`projects (${prefix}events:projects): 1 entries`);
    expect(result.out).toMatch(/group reporting: 1 consumers, 0 pending, 0 undelivered, 1 dead letters/);
  });

  it('shows the unpublished events of each outbox and the age of the oldest', async () => {
    await commitEvents(db.pool, 'work_items', [workItemEvent('waiting'), workItemEvent('waiting too')]);
    await db.pool.query('UPDATE "work_items"."outbox" SET "attempts" = 1, "last_error" = \'redis is down\'');

    const result = await admin(['outbox'], { DATABASE_URL: db.url });
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /^work_items: 2 unpublished, oldest \d+ s, 2 failed at least once \(last error: redis is down\)$/m,
    );
    expect(result.out).toMatch(/^projects: 0 unpublished, oldest -$/m);
  });
});
