import { Pool } from 'undici';
import { drawOperation, type Operation, type VirtualUser, type World } from './mix';

export interface OpStats {
  latencies: number[];
  errors: number;
  skipped: number;
}

export interface StepResult {
  rate: number;
  seconds: number;
  sent: number;
  completed: number;
  byOp: Map<string, OpStats>;
  /** Worst lag of a send behind its schedule: a large one means the generator itself was the limit. */
  maxSendLagMs: number;
}

const statsOf = (byOp: Map<string, OpStats>, name: string) => {
  let stats = byOp.get(name);
  if (!stats) byOp.set(name, (stats = { latencies: [], errors: 0, skipped: 0 }));
  return stats;
};

/** One request; resolves with whether it answered 200 with data the check accepts. */
async function send(pool: Pool, path: string, token: string, body: string, check: (data: unknown) => boolean) {
  try {
    const res = await pool.request({
      path,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    const payload = (await res.body.json()) as { data?: unknown; errors?: unknown };
    return res.statusCode === 200 && !payload.errors && check(payload.data);
  } catch {
    return false;
  }
}

/**
 * An open model: arrivals at `rate` per second for `seconds`, whatever the answers' speed. Arrival i
 * goes to user i mod users (so each user waits users/rate seconds between requests: its think time)
 * with an operation drawn by weight. Latency runs from the arrival's scheduled time, not from when the
 * request left, so a slow system is not hidden by sending late (coordinated omission).
 */
export async function runStep(
  pool: Pool,
  path: string,
  users: VirtualUser[],
  world: World,
  rate: number,
  seconds: number,
  ops?: readonly Operation[],
): Promise<StepResult> {
  const byOp = new Map<string, OpStats>();
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  let sent = 0;
  let completed = 0;
  let maxSendLagMs = 0;
  while (sent < total) {
    const now = performance.now();
    while (sent < total && start + (sent * 1000) / rate <= now) {
      const scheduled = start + (sent * 1000) / rate;
      maxSendLagMs = Math.max(maxSendLagMs, now - scheduled);
      const user = users[sent % users.length]!;
      sent += 1;
      const op = drawOperation(ops);
      const request = op.make(user, world);
      const stats = statsOf(byOp, op.name);
      if (!request) {
        stats.skipped += 1;
        continue;
      }
      inFlight.push(
        send(pool, path, request.token, request.body, request.check).then((ok) => {
          stats.latencies.push(performance.now() - scheduled);
          if (!ok) stats.errors += 1;
          completed += 1;
          request.done?.(ok);
        }),
      );
    }
    const next = start + (sent * 1000) / rate;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(5, next - performance.now()))));
  }
  await Promise.all(inFlight);
  return { rate, seconds, sent, completed, byOp, maxSendLagMs };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** p50, p99 and errors of some operations of a step taken together. */
export function summarize(step: StepResult, names?: (name: string) => boolean) {
  const latencies: number[] = [];
  let errors = 0;
  for (const [name, stats] of step.byOp) {
    if (names && !names(name)) continue;
    latencies.push(...stats.latencies);
    errors += stats.errors;
  }
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}
