import type { Logger } from '../../../lib/logger';
import type { Worker } from '../../../lib/server/define-subgraph';
import { startPollLoop } from '../../../lib/server/poll-loop';
import type { AnalyticsContext } from '../context';
import type { AnalyticsPrisma } from '../db';
import { dueReportSubscriptions, type ReportSubscriber } from '../data/due-report-subscriptions';
import { sendDashboardReport, type ReportOutcome } from '../data/send-dashboard-report';
import { reportChartLinkExpiry, reportWeekOf } from '../rules/report-week';
import { composeDashboardReport } from './dashboard-report';
import { dashboardReportEvent } from './report-event';

/** What one round did: reports written to the outbox, subscriptions ended, taken by others, failed (due again next round). */
export type ReportRound = Record<ReportOutcome | 'failed', number>;

export interface ReportScheduler extends Worker {
  /** Sends every report due at `now` (default: now): one per due subscription whose week has not been reported. */
  runDue(now?: Date): Promise<ReportRound>;
}

const pageSize = 100;
/** A report holds its subscription's lock while its charts are computed: up to 30 widgets. */
const transactionOptions = { maxWait: 15_000, timeout: 5 * 60_000 };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * The weekly dashboard reports. Each round lists the subscriptions not yet reported for the current
 * week and sends each in its own transaction (`sendDashboardReport`), composing the report as the
 * subscriber (`contextFor`: their own loaders, so users and projects are asked about them). Replicas
 * share the work through the subscription's row lock; a failure (a service down) leaves the
 * report due for the next round.
 */
export function startReportScheduler(options: {
  prisma: AnalyticsPrisma;
  /** A fresh context whose viewer is the subscriber. */
  contextFor(userId: string): AnalyticsContext;
  publicUrl(): string;
  logger: Logger;
  /** How often due reports are looked for; 0 disables the timer (tests call runDue). */
  pollMs: number;
}): ReportScheduler {
  const { prisma, contextFor, logger } = options;

  async function sendOne(subscriber: ReportSubscriber, week: string, now: Date): Promise<ReportOutcome> {
    const expires = reportChartLinkExpiry(now);
    return prisma.$transaction(
      (tx) =>
        sendDashboardReport(tx, subscriber, week, async () => {
          const report = await composeDashboardReport(contextFor(subscriber.userId), subscriber.dashboardId, expires);
          if (!report) return null;
          const facts = { recipientId: subscriber.userId, week, expires, publicUrl: options.publicUrl(), now };
          return dashboardReportEvent(report, facts);
        }),
      transactionOptions,
    );
  }

  async function runDue(now: Date = new Date()): Promise<ReportRound> {
    const week = reportWeekOf(now);
    const round: ReportRound = { sent: 0, ended: 0, skipped: 0, failed: 0 };
    let after: ReportSubscriber | null = null;
    for (;;) {
      const page = await dueReportSubscriptions(prisma, week, after, pageSize);
      for (const subscriber of page) {
        try {
          const outcome = await sendOne(subscriber, week, now);
          round[outcome] += 1;
          if (outcome === 'ended') logger.info('dashboard report ended: no access', { ...subscriber });
        } catch (error) {
          round.failed += 1;
          logger.warn('dashboard report failed; due again next round', { ...subscriber, error: errorText(error) });
        }
      }
      if (page.length < pageSize) break;
      after = page[page.length - 1]!;
    }
    if (round.sent || round.ended || round.failed) logger.info('dashboard reports', { week, ...round });
    return round;
  }

  const loop = startPollLoop({
    pollMs: options.pollMs,
    round: () => runDue(),
    logger,
    failure: 'dashboard report round failed',
  });
  return { runDue, stop: () => loop.stop() };
}
