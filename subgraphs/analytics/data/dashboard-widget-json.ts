import { z } from 'zod';
import { uuidPattern } from '../../../lib/ids';
import type { DashboardWidget } from '../generated/prisma/client';
import type { FlowMetricKind } from '../generated/resolvers-types';

// A widget keeps its population and its parameters in JSON columns (`population`, `parameters`), so
// new metric parameters need no migration. What is read back is checked here, never cast.

export const flowMetricKinds = [
  'WIP',
  'THROUGHPUT',
  'WEEKLY_THROUGHPUT',
  'LEAD_TIME',
  'CYCLE_TIME',
  'AGING_WIP',
  'CUMULATIVE_FLOW',
  'CREATED_VS_RESOLVED',
  'CONTROL_CHART',
] as const satisfies readonly FlowMetricKind[];

const rawId = z.string().regex(uuidPattern);

/** What a widget measures, by raw uuid: exactly one of a project, a team and a saved view. */
export const StoredWidgetPopulation = z.union([
  z.strictObject({ projectId: rawId }),
  z.strictObject({ teamId: rawId }),
  z.strictObject({ savedViewId: rawId }),
]);
export type WidgetPopulationRef = z.infer<typeof StoredWidgetPopulation>;

/** The metric's parameters: how many days up to today it covers. */
export const StoredWidgetParameters = z.object({ days: z.number().int().min(7).max(366) });
export type WidgetParameters = z.infer<typeof StoredWidgetParameters>;

const StoredMetric = z.enum(flowMetricKinds);

/** A widget as the API serves it: its JSON columns parsed. */
export interface DashboardWidgetRow {
  id: string;
  dashboardId: string;
  position: number;
  title: string;
  metric: FlowMetricKind;
  population: WidgetPopulationRef;
  days: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The row with its JSON parsed; a row that does not fit is a bug of ours, reported by widget id. */
export function toWidgetRow(row: DashboardWidget): DashboardWidgetRow {
  const metric = StoredMetric.safeParse(row.metric);
  const population = StoredWidgetPopulation.safeParse(row.population);
  const parameters = StoredWidgetParameters.safeParse(row.parameters);
  if (!metric.success || !population.success || !parameters.success) {
    throw new Error(`Dashboard widget ${row.id}: its stored metric, population or parameters do not fit.`);
  }
  return {
    id: row.id,
    dashboardId: row.dashboardId,
    position: row.position,
    title: row.title,
    metric: metric.data,
    population: population.data,
    days: parameters.data.days,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
