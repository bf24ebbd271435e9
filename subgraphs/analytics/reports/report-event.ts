import { createEvent, type EventEnvelope } from '../../../lib/events/envelope';
import type { ComposedReport } from './dashboard-report';
import { dashboardPageUrl } from './dashboard-report';

/** The `dashboard.report_due` event of a composed report: the notifications service emails it. */
export function dashboardReportEvent(
  report: ComposedReport,
  facts: { recipientId: string; week: string; expires: number; publicUrl: string; now: Date },
): EventEnvelope<'dashboard.report_due'> {
  const { dashboard } = report;
  return createEvent({
    type: 'dashboard.report_due',
    actorId: null,
    organizationId: dashboard.organizationId,
    projectId: dashboard.sharing === 'PROJECT' ? dashboard.projectId : null,
    aggregateId: dashboard.id,
    occurredAt: facts.now,
    payload: {
      recipientId: facts.recipientId,
      week: facts.week,
      dashboardName: dashboard.name,
      dashboardUrl: dashboardPageUrl(facts.publicUrl, dashboard.id),
      widgets: report.widgets,
      chartLinksExpireAt: new Date(facts.expires * 1000).toISOString(),
    },
  });
}
