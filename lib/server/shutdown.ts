import type { Logger } from '../logger';

/**
 * Runs `stop` once on the first SIGINT or SIGTERM, then exits: 0 when everything stopped, 1 when
 * something failed. Later signals while stopping are ignored so the order of shutdown holds.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
