import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { EventEnvelope } from '../../../lib/events/envelope';
import { writeOutbox } from '../../../lib/events/outbox';
import type { AnalyticsTx } from '../db';
import { weekDate, type ReportSubscriber } from './due-report-subscriptions';

const LockedRow = z.object({ dashboard_id: z.string() });

export type ReportOutcome = 'sent' | 'ended' | 'skipped';

/**
 * One subscriber's report of `week`, exactly once. Locks the subscription if it is still due and
 * nobody else holds it (`FOR UPDATE SKIP LOCKED`: another replica sending it, or one that sent it
 * since, makes this `skipped`), then composes the report while holding it. A report is an event in
 * the outbox and `last_week` set, committed together: a crash before the commit leaves the report
 * due, after it the relay publishes it. `compose` answering null (the subscriber no longer sees the
 * dashboard) ends the subscription instead.
 */
export async function sendDashboardReport(
  tx: AnalyticsTx,
  subscriber: ReportSubscriber,
  week: string,
  compose: () => Promise<EventEnvelope<'dashboard.report_due'> | null>,
): Promise<ReportOutcome> {
  const locked = parseRows(
    'lockDueReportSubscription',
    LockedRow,
    await tx.$queryRaw`
      SELECT dashboard_id::text FROM analytics.dashboard_report_subscription
      WHERE dashboard_id = ${subscriber.dashboardId}::uuid AND user_id = ${subscriber.userId}::uuid
        AND (last_week IS NULL OR last_week < ${week}::date)
      FOR UPDATE SKIP LOCKED`,
  );
  if (!locked.length) return 'skipped';
  const event = await compose();
  const key = { dashboardId_userId: subscriber };
  if (!event) {
    await tx.dashboardReportSubscription.delete({ where: key });
    return 'ended';
  }
  await writeOutbox(tx, 'analytics', [event]);
  await tx.dashboardReportSubscription.update({ where: key, data: { lastWeek: weekDate(week) } });
  return 'sent';
}
