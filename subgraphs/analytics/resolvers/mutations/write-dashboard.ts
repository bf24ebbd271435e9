import type { AnalyticsContext } from '../../context';
import type { AnalyticsTx } from '../../db';
import { forgetDashboards } from '../../loaders';

/**
 * Runs a dashboard data operation in one transaction; afterwards the request's loaders forget the
 * dashboards they cached, so the payload reads the write (roles stay: they did not change).
 */
export async function writeDashboard<T>(
  context: AnalyticsContext,
  operation: (tx: AnalyticsTx) => Promise<T>,
): Promise<T> {
  const result = await context.prisma.$transaction((tx) => operation(tx));
  forgetDashboards(context.loaders);
  return result;
}
