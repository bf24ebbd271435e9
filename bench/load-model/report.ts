import { percentile, summarize, type StepResult } from './load';

const ms = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(1)) : '-');
const round = (value: number) => Number(value.toFixed(2));

/** Per operation of a step: count, p50, p99, errors and requests skipped (no free own item). */
export function printStep(step: StepResult, elapsedSeconds: number): void {
  const all = summarize(step);
  console.log(
    `\n== ${step.rate} req/s offered for ${step.seconds} s: ${step.completed} answered in ${elapsedSeconds.toFixed(1)} s ` +
      `(${(step.completed / elapsedSeconds).toFixed(0)} req/s), p50 ${ms(all.p50)} ms, p99 ${ms(all.p99)} ms, ` +
      `${all.errors} errors; generator lag up to ${step.maxSendLagMs.toFixed(0)} ms`,
  );
  console.table(
    [...step.byOp].map(([op, stats]) => {
      const sorted = [...stats.latencies].sort((a, b) => a - b);
      return {
        op,
        count: sorted.length,
        'p50 ms': ms(percentile(sorted, 50)),
        'p99 ms': ms(percentile(sorted, 99)),
        errors: stats.errors,
        skipped: stats.skipped,
      };
    }),
  );
}

/** CPU-ms per request of every process, one row per label (a step or an operation alone). */
export function printCpu(title: string, rows: [string, Record<string, number>][]): void {
  console.log(`\n${title}`);
  console.table(
    rows.map(([label, cpu]) => ({
      '': label,
      ...Object.fromEntries(Object.entries(cpu).map(([name, value]) => [name, round(value)])),
      total: round(Object.values(cpu).reduce((sum, value) => sum + value, 0)),
    })),
  );
}
