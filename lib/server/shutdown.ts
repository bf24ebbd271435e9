import type { Logger } from '../logger';

/** The exit code of a process that stopped because of a bug (sysexits' EX_SOFTWARE). */
export const crashExitCode = 70;
/** How long a crashed process gets to close connections and release locks before it exits anyway. */
export const crashStopTimeoutMs = 10_000;

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}

/**
 * The life of a service process after start-up. `stop` runs once: on the first SIGINT or SIGTERM
 * (exit 0 when everything stopped, 1 when something failed; later signals are ignored so the order
 * of shutdown holds), or on an uncaught exception or unhandled rejection. After one of those the
 * process state is unknown, so it is never kept serving: the error is logged with its stack, `stop`
 * gets up to `crashStopTimeoutMs`, and the process exits with `crashExitCode` for its supervisor
 * (docker-compose `restart: unless-stopped`, Kubernetes) to start a fresh one.
 */
export function stopOnSignals(
  logger: Logger,
  stop: () => Promise<void>,
  options: { crashStopTimeoutMs?: number } = {},
): void {
  let stopping: Promise<void> | null = null;
  const stopOnce = () => (stopping ??= stop());

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    logger.info('shutting down', { signal });
    stopOnce().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  const onCrash = (error: unknown, origin: string) => {
    logger.error('crashed: stopping and exiting for the supervisor to restart', {
      origin,
      error: describe(error),
      exitCode: crashExitCode,
    });
    setTimeout(() => process.exit(crashExitCode), options.crashStopTimeoutMs ?? crashStopTimeoutMs).unref();
    stopOnce()
      .catch((stopError: unknown) => logger.error('shutdown failed', { error: String(stopError) }))
      .finally(() => process.exit(crashExitCode));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('uncaughtException', (error, origin) => onCrash(error, origin));
  process.on('unhandledRejection', (reason) => onCrash(reason, 'unhandledRejection'));
}
