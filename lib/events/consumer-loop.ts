import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger';
import type { Consumer, ConsumerOptions } from './bus';
import type { ClaimedMessage, ConsumerStore, StoredMessage } from './consumer-store';
import { RetryLater } from './retry-later';
import { StopSignal } from './stop-signal';
import { errorMessage, throttledWarning } from './throttled-log';

const maxRetryDelayMs = 30_000;
const maxReadBlockMs = 2_000;

export function defaultConsumerName(): string {
  return `${os.hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

export function consumerSettings(options: ConsumerOptions) {
  const claimIdleMs = options.claimIdleMs ?? 30_000;
  return {
    group: options.group,
    consumer: options.consumer ?? defaultConsumerName(),
    streams: [...new Set(options.streams)],
    maxAttempts: Math.max(1, options.maxAttempts ?? 5),
    retryBaseMs: options.retryBaseMs ?? 200,
    claimIdleMs,
    batchSize: Math.max(1, options.batchSize ?? 50),
    startAt: options.startAt ?? 'beginning',
    // Reads wake up at least twice per claim interval, so claiming needs no second loop.
    blockMs: Math.max(1, Math.min(maxReadBlockMs, Math.floor(claimIdleMs / 2))),
  };
}

export type ConsumerSettings = ReturnType<typeof consumerSettings>;

/**
 * The consumer loop both buses share: claim what dead consumers left, read new messages, handle
 * each in order with in-process retries, acknowledge or dead-letter. One message at a time, so
 * `stop()` only waits for the one in hand.
 */
export function startConsumerLoop(
  store: ConsumerStore,
  settings: ConsumerSettings,
  options: ConsumerOptions,
  logger: Logger,
): Consumer {
  const { group, consumer, maxAttempts, retryBaseMs, claimIdleMs, batchSize, blockMs } = settings;
  const signal = new StopSignal();
  const warnUnavailable = throttledWarning(logger);
  let markStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const context = (message: StoredMessage) => ({
    group,
    consumer,
    eventId: message.event.envelope.id,
    type: message.event.envelope.type,
    entryId: message.event.entryId,
  });

  async function deliver(message: StoredMessage, firstAttempt: number): Promise<void> {
    const heartbeat = setInterval(
      () => store.touch(message).catch(() => undefined),
      Math.max(10, Math.floor(claimIdleMs / 3)),
    );
    heartbeat.unref();
    try {
      // `failures` counts toward maxAttempts; a RetryLater failure does not (see retry-later.ts).
      for (let attempt = firstAttempt, failures = firstAttempt; ; attempt++) {
        let failure: { error: unknown } | undefined;
        try {
          await options.handle(message.event, { attempt });
        } catch (error) {
          failure = { error };
        }
        if (!failure) {
          await store.ack(message);
          return;
        }
        const error = errorMessage(failure.error).slice(0, 2000);
        const later = failure.error instanceof RetryLater;
        if (!later && failures++ >= maxAttempts) {
          await store.deadLetter(message, error, attempt);
          logger.warn('event dead-lettered', { ...context(message), attempts: attempt, error });
          return;
        }
        logger.warn(later ? 'event handler asked to retry later' : 'event handler failed, retrying', {
          ...context(message),
          attempt,
          error,
        });
        // Stopped during the backoff: the message stays pending and another consumer claims it.
        if (!(await signal.sleep(Math.min(maxRetryDelayMs, retryBaseMs * 2 ** (attempt - 1))))) return;
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function deliverClaimed(message: ClaimedMessage): Promise<void> {
    if (message.deliveries <= maxAttempts) return deliver(message, message.deliveries);
    // Delivered maxAttempts times and never acknowledged: it probably kills its consumers.
    const error = `delivered ${message.deliveries - 1} times without being acknowledged`;
    await store.deadLetter(message, error, message.deliveries - 1);
    logger.warn('event dead-lettered', { ...context(message), attempts: message.deliveries - 1, error });
  }

  async function run(): Promise<void> {
    let prepared = false;
    let lastClaimAt = -Infinity;
    let failures = 0;
    while (!signal.stopped) {
      try {
        if (!prepared) {
          await store.prepare();
          prepared = true;
        }
        if (Date.now() - lastClaimAt >= claimIdleMs / 2) {
          lastClaimAt = Date.now();
          for (const message of await store.claim(claimIdleMs, batchSize)) {
            if (signal.stopped) break;
            await deliverClaimed(message);
          }
        }
        if (signal.stopped) break;
        const reading = store.read(batchSize, blockMs);
        markStarted();
        const messages = await reading;
        failures = 0;
        for (const message of messages) {
          if (signal.stopped) break;
          await deliver(message, 1);
        }
      } catch (error) {
        if (signal.stopped) break;
        failures++;
        warnUnavailable('event consumer: stream unavailable, retrying', {
          group,
          consumer,
          error: errorMessage(error),
        });
        await signal.sleep(Math.min(5_000, 50 * 2 ** failures));
      }
    }
  }

  const loop = run().finally(markStarted);
  return {
    started,
    async stop() {
      signal.stop();
      store.interrupt();
      await loop;
      await store.close();
    },
  };
}
