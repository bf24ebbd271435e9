import { request } from 'undici';
import type { Logger } from '../lib/logger';

export type ReadinessCheck = () => Promise<void>;

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, 'ok' | 'failed'>;
}

const checkTimeoutMs = 2000;

/** A subgraph's `/readyz`, next to its GraphQL path: `http://host:4001/graphql` → `http://host:4001/readyz`. */
export function subgraphReadyUrl(graphqlUrl: string): string {
  return new URL('/readyz', graphqlUrl).toString();
}

export function subgraphReadinessCheck(graphqlUrl: string): ReadinessCheck {
  const url = subgraphReadyUrl(graphqlUrl);
  return async () => {
    const response = await request(url, { method: 'GET', headersTimeout: checkTimeoutMs, bodyTimeout: checkTimeoutMs });
    await response.body.dump();
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
  };
}

function withTimeout(check: ReadinessCheck): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${checkTimeoutMs} ms`)), checkTimeoutMs);
  });
  return Promise.race([check(), timeout]).finally(() => clearTimeout(timer));
}

/** Runs every check at once; the report names the failed ones, the reasons go to the log only. */
export async function checkReadiness(checks: Record<string, ReadinessCheck>, logger: Logger): Promise<ReadinessReport> {
  const names = Object.keys(checks);
  const results = await Promise.allSettled(names.map((name) => withTimeout(checks[name]!)));
  const report: ReadinessReport = { ready: true, checks: {} };
  results.forEach((result, index) => {
    const name = names[index]!;
    if (result.status === 'fulfilled') {
      report.checks[name] = 'ok';
    } else {
      report.ready = false;
      report.checks[name] = 'failed';
      logger.warn('readiness check failed', { check: name, error: String(result.reason) });
    }
  });
  return report;
}
