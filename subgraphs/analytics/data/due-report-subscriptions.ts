import type { AnalyticsPrisma } from '../db';

export interface ReportSubscriber {
  dashboardId: string;
  userId: string;
}

/** `YYYY-MM-DD` as the `date` column's value. */
export const weekDate = (week: string): Date => new Date(`${week}T00:00:00Z`);

/**
 * A page of the subscriptions not yet reported for `week`, in key order after `after`; no lock
 * (each is locked alone as it is sent, and checked again then). Index: `last_week`.
 */
export function dueReportSubscriptions(
  prisma: AnalyticsPrisma,
  week: string,
  after: ReportSubscriber | null,
  take: number,
): Promise<ReportSubscriber[]> {
  return prisma.dashboardReportSubscription.findMany({
    where: {
      OR: [{ lastWeek: null }, { lastWeek: { lt: weekDate(week) } }],
      ...(after
        ? {
            AND: [
              {
                OR: [
                  { dashboardId: { gt: after.dashboardId } },
                  { dashboardId: after.dashboardId, userId: { gt: after.userId } },
                ],
              },
            ],
          }
        : {}),
    },
    orderBy: [{ dashboardId: 'asc' }, { userId: 'asc' }],
    select: { dashboardId: true, userId: true },
    take,
  });
}
