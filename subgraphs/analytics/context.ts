import { unauthenticated } from '../../lib/errors';
import type { ServiceClient } from '../../lib/server/service-client';
import type { RequestIdentity } from '../../lib/viewer';
import type { ChartRenderer } from './charts/chart-renderer';
import type { AnalyticsPrisma } from './db';
import type { Loaders } from './loaders';

export interface AnalyticsContext {
  identity: RequestIdentity;
  prisma: AnalyticsPrisma;
  loaders: Loaders;
  /** Saved views' items, for populations and forecasts. */
  workItemsClient: ServiceClient;
  /** Draws charts in a worker thread, off the event loop: one per process. */
  charts: ChartRenderer;
  /** For signing chart links (`DashboardWidget.chartUrl`): the shared secret and where the router is reached. */
  chartLinks: { signingSecret: string; publicUrl(): string };
}

/** The signed-in user's raw uuid; shield already rejects anonymous callers, this narrows the type. */
export function viewerIdOf(context: Pick<AnalyticsContext, 'identity'>): string {
  const userId = context.identity.viewer?.userId;
  if (!userId) throw unauthenticated();
  return userId;
}
