import type { RoleCaches } from '../../lib/cache/role-caches';
import { unauthenticated } from '../../lib/errors';
import type { ServiceClient } from '../../lib/server/service-client';
import type { RequestIdentity } from '../../lib/viewer';
import type { ChartRenderer } from './charts/chart-renderer';
import type { AnalyticsPrisma } from './db';
import { createLoaders, type Loaders } from './loaders';

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

/** What a context is made of: the subgraph's runtime (per process) and who is asking. */
export interface AnalyticsRuntime {
  /** Role caches shared by the process's requests (absent without a bus). */
  roleCaches?: RoleCaches;
  prisma: AnalyticsPrisma;
  clients: Record<'projects' | 'users' | 'work-items', ServiceClient>;
  services: { charts: ChartRenderer };
  signingSecret: string;
  publicUrl(): string;
}

/** A fresh context, with fresh loaders: per request, and per subscriber for the weekly report. */
export function createAnalyticsContext(runtime: AnalyticsRuntime, identity: RequestIdentity): AnalyticsContext {
  const { prisma, clients, services, signingSecret, publicUrl, roleCaches } = runtime;
  return {
    identity,
    prisma,
    loaders: createLoaders(prisma, clients, roleCaches),
    workItemsClient: clients['work-items'],
    charts: services.charts,
    chartLinks: { signingSecret, publicUrl },
  };
}
