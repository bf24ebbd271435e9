import { Redis } from 'ioredis';
import pg from 'pg';
import { z } from 'zod';
import { createEventBus } from '../lib/events';
import { inspectOutbox, inspectStreams } from '../lib/events/inspect';
import { databaseEnv, redisEnv } from '../lib/config';
import { createLogger } from '../lib/logger';

const usage = `Usage: npm run events -- <command>

  streams                      length, consumer groups, pending and dead-letter counts of every stream
  outbox                       unpublished events and the age of the oldest, per schema
  dead-letters <group>         the group's dead letters, oldest first
  replay <group> <id|--all>    hands one dead letter (or all) back to that group only
  discard <group> <id>         deletes a dead letter for good

Environment: REDIS_URL (every command but outbox), REDIS_KEY_PREFIX (default workgraph:),
DATABASE_URL (outbox).`;

const env = redisEnv.extend({ DATABASE_URL: databaseEnv.shape.DATABASE_URL });
type Env = z.infer<typeof env>;

const commands: Record<string, { args: string[]; needs: 'redis' | 'database' }> = {
  streams: { args: [], needs: 'redis' },
  outbox: { args: [], needs: 'database' },
  'dead-letters': { args: ['group'], needs: 'redis' },
  replay: { args: ['group', 'id|--all'], needs: 'redis' },
  discard: { args: ['group', 'id'], needs: 'redis' },
};

export class UsageError extends Error {}

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

function parse(args: string[], environment: NodeJS.ProcessEnv): { command: string; operands: string[]; config: Env } {
  const [command, ...operands] = args;
  if (command === 'help' || command === '--help') throw new UsageError('');
  if (!command) throw new UsageError('No command given.');
  const spec = commands[command];
  if (!spec) throw new UsageError(`Unknown command "${command}".`);
  if (operands.length !== spec.args.length) {
    throw new UsageError(`"${command}" takes ${spec.args.map((arg) => `<${arg}>`).join(' ') || 'no arguments'}.`);
  }
  const parsed = env.safeParse(environment);
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  if (spec.needs === 'redis' && !parsed.data.REDIS_URL) {
    throw new UsageError(
      'REDIS_URL is not set: without Redis the bus lives inside each process, with nothing to administer.',
    );
  }
  if (spec.needs === 'database' && !parsed.data.DATABASE_URL) throw new UsageError('DATABASE_URL is not set.');
  return { command, operands, config: parsed.data };
}

const age = (ms: number | null) =>
  ms === null ? '-' : ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;

async function deadLetterCommand(config: Env, command: string, [group, id]: string[], io: Output): Promise<void> {
  const bus = createEventBus({
    redisUrl: config.REDIS_URL,
    keyPrefix: config.REDIS_KEY_PREFIX,
    logger: createLogger('events-admin', 'silent'),
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      bus.ready(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('Redis did not answer within 5 s')), 5_000);
      }),
    ]);
    if (command === 'dead-letters') {
      const letters = await bus.deadLetters.list(group!, { count: 1000 });
      if (!letters.length) io.out(`No dead letters in group ${group}.`);
      for (const letter of letters) {
        io.out(
          `${letter.id}  ${letter.envelope.type}  event ${letter.envelope.id}  ${letter.stream} ${letter.entryId}  ` +
            `${letter.attempts} attempts  failed ${letter.failedAt}\n    ${letter.error}`,
        );
      }
    } else if (command === 'replay' && id === '--all') {
      let replayed = 0;
      for (let page = await bus.deadLetters.list(group!); page.length; page = await bus.deadLetters.list(group!)) {
        for (const letter of page) await bus.deadLetters.replay(group!, letter.id);
        replayed += page.length;
      }
      io.out(`Replayed ${replayed} dead letter(s) to group ${group}.`);
    } else if (command === 'replay') {
      await bus.deadLetters.replay(group!, id!);
      io.out(`Replayed ${id} to group ${group}.`);
    } else {
      await bus.deadLetters.discard(group!, id!);
      io.out(`Discarded ${id} from group ${group}.`);
    }
  } finally {
    clearTimeout(timer);
    await bus.close();
  }
}

async function streamsCommand(config: Env, io: Output): Promise<void> {
  const redis = new Redis(config.REDIS_URL!, { protocol: 2, maxRetriesPerRequest: 1, connectTimeout: 5_000 });
  try {
    for (const report of await inspectStreams(redis, config.REDIS_KEY_PREFIX)) {
      io.out(`${report.stream} (${report.key}): ${report.length} entries`);
      if (!report.groups.length) io.out('  no consumer groups');
      for (const group of report.groups) {
        io.out(
          `  group ${group.name}: ${group.consumers} consumers, ${group.pending} pending, ` +
            `${group.lag ?? '?'} undelivered, ${group.deadLetters} dead letters, last delivered ${group.lastDeliveredId}`,
        );
      }
    }
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

async function outboxCommand(config: Env, io: Output): Promise<void> {
  const client = new pg.Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  try {
    for (const report of await inspectOutbox(client)) {
      if (!report.exists) {
        io.out(`${report.schema}: no outbox table`);
        continue;
      }
      const failing = report.failing
        ? `, ${report.failing} failed at least once (last error: ${report.lastError})`
        : '';
      io.out(
        `${report.schema}: ${report.unpublished} unpublished, oldest ${age(report.oldestUnpublishedAgeMs)}${failing}`,
      );
    }
  } finally {
    await client.end();
  }
}

/** Runs one command; resolves with the exit code (2 for bad usage, 1 for a failure). */
export async function runEventsAdmin(
  args: string[],
  environment: NodeJS.ProcessEnv,
  io: Output = { out: (line) => console.log(line), err: (line) => console.error(line) },
): Promise<number> {
  try {
    const { command, operands, config } = parse(args, environment);
    if (command === 'streams') await streamsCommand(config, io);
    else if (command === 'outbox') await outboxCommand(config, io);
    else await deadLetterCommand(config, command, operands, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError && !error.message) {
      io.out(usage);
      return 0;
    }
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${usage}`);
      return 2;
    }
    io.err(`events: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (require.main === module) {
  void runEventsAdmin(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}
