import { defaultChartLinkSeconds, maxChartLinkSeconds, minChartLinkSeconds } from '../../../lib/chart-links';
import { badInput } from '../../../lib/errors';

/** When a chart link asked for now lasts `expiresInSeconds` expires, in unix seconds; BAD_USER_INPUT out of range. */
export function chartLinkExpiry(expiresInSeconds: number | null | undefined, nowMs = Date.now()): number {
  const seconds = expiresInSeconds ?? defaultChartLinkSeconds;
  if (!Number.isInteger(seconds) || seconds < minChartLinkSeconds || seconds > maxChartLinkSeconds) {
    throw badInput(
      'expiresInSeconds',
      `A chart link lasts from ${minChartLinkSeconds} to ${maxChartLinkSeconds} seconds (30 days).`,
    );
  }
  return Math.floor(nowMs / 1000) + seconds;
}
