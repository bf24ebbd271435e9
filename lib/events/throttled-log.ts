import type { Logger } from '../logger';

/** A warning that repeats while an outage lasts is logged at most once per interval. */
export function throttledWarning(
  logger: Logger,
  intervalMs = 10_000,
): (message: string, fields?: Record<string, unknown>) => void {
  let last = -Infinity;
  return (message, fields) => {
    const now = Date.now();
    if (now - last < intervalMs) return;
    last = now;
    logger.warn(message, fields);
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
