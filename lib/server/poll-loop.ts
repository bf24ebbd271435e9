import type { Logger } from '../logger';

/**
 * Runs `round` every `pollMs` after the previous round ended (never two at once in this process),
 * logging a failed round and going on. `pollMs` 0 never runs it (tests call the round themselves).
 * `stop` waits for a round in progress.
 */
export function startPollLoop(options: {
  pollMs: number;
  round(): Promise<unknown>;
  logger: Logger;
  /** Logged when a round fails, e.g. `mailer round failed`. */
  failure: string;
}): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = options
      .round()
      .catch((error: unknown) =>
        options.logger.error(options.failure, {
          error: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
        }),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.pollMs);
      });
  };
  if (options.pollMs > 0) timer = setTimeout(tick, options.pollMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
