import { z } from 'zod';
import type { EventEnvelope } from '../../../lib/events/envelope';
import type { NotificationsPrisma, NotificationsTx } from '../db';
import { pastQuietHours, safeTimeZone } from './quiet-hours';
import { emailSettingsOf } from './schedule';

// The weekly dashboard report emails: the analytics service composes each report as its subscriber
// sees it and publishes `dashboard.report_due`; this service emails it, once, when the person's
// DASHBOARD_REPORT email channel is on. No notification row: the report is not an inbox item.

const ReportWidget = z.object({
  widgetId: z.string(),
  title: z.string(),
  summary: z.string(),
  /** Removed once the email is sent. */
  chartUrl: z.string().nullable().optional(),
});

/** What a report email says, as stored in `email_delivery.report`. */
const DashboardReportFacts = z.object({
  dashboardName: z.string(),
  dashboardUrl: z.string(),
  week: z.string(),
  chartLinksExpireAt: z.string(),
  widgets: z.array(ReportWidget),
});
export type DashboardReportFacts = z.infer<typeof DashboardReportFacts>;

/** The stored report, or null when it is missing or not of this shape. */
export function parseDashboardReportFacts(stored: unknown): DashboardReportFacts | null {
  const parsed = DashboardReportFacts.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/**
 * The report email of the event, in the caller's transaction (the one marking the event processed):
 * a DASHBOARD_REPORT delivery due now, or when the recipient's quiet hours end; never in a digest
 * (it is already a weekly summary). Nothing when their DASHBOARD_REPORT email channel is off.
 * Answers whether an email was scheduled.
 */
export async function scheduleDashboardReportEmail(
  tx: NotificationsTx,
  envelope: EventEnvelope<'dashboard.report_due'>,
  timeZone: string,
  now: Date,
): Promise<boolean> {
  const { recipientId, dashboardName, dashboardUrl, week, chartLinksExpireAt, widgets } = envelope.payload;
  const channel = await tx.channelPreference.findUnique({
    where: { userId_type: { userId: recipientId, type: 'DASHBOARD_REPORT' } },
  });
  if (channel && !channel.email) return false;
  const { quiet } = await emailSettingsOf(tx, recipientId);
  const report: DashboardReportFacts = { dashboardName, dashboardUrl, week, chartLinksExpireAt, widgets };
  await tx.emailDelivery.create({
    data: {
      recipientId,
      kind: 'DASHBOARD_REPORT',
      status: 'PENDING',
      dueAt: pastQuietHours(now, safeTimeZone(timeZone), quiet),
      createdAt: now,
      report,
    },
  });
  return true;
}

/** Once sent, the signed chart links (credentials until they expire) need not stay in the row. */
export async function forgetChartLinks(prisma: NotificationsPrisma, deliveryId: string): Promise<void> {
  await prisma.$executeRaw`
    UPDATE notifications.email_delivery
    SET report = jsonb_set(report, '{widgets}', COALESCE(
      (SELECT jsonb_agg(widget - 'chartUrl' ORDER BY position)
         FROM jsonb_array_elements(report->'widgets') WITH ORDINALITY AS w(widget, position)),
      '[]'::jsonb))
    WHERE id = ${deliveryId}::uuid AND report IS NOT NULL`;
}
