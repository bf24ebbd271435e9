import type { EntityRef } from '../../lib/entity-ref';
import type { Connection } from '../../lib/relay';
import type { DashboardWidgetRow, WidgetPopulationRef } from './data/dashboard-widget-json';
import type { FlowPopulation } from './data/populations';
import type { Dashboard } from './generated/prisma/client';
import type { FlowWindow } from './rules/flow-window';
import type { AgingWip } from './metrics/aging';
import type { ControlChartPoint } from './metrics/control-chart';
import type { TimeDistribution } from './metrics/distribution';
import type { FlowGroup, FlowGrouping } from './metrics/groups';

/** An entity another subgraph owns, by global ID: federation resolves the rest. */
export type EntityRefMapper = EntityRef;

/** A project by raw uuid; the projects subgraph owns it, this subgraph adds its flow fields. */
export interface ProjectRefMapper {
  projectId: string;
}

/** A team by raw uuid; the projects subgraph owns it. */
export interface TeamRefMapper {
  teamId: string;
}

/** A saved view by raw uuid; the work-items subgraph owns it. */
export interface SavedViewRefMapper {
  savedViewId: string;
}

/** The population (already checked against the viewer) and the window every metric field reads. */
export interface FlowMetricsMapper {
  population: FlowPopulation;
  window: FlowWindow;
}

export interface ProjectFlowSettingsMapper {
  projectId: string;
  startedStateIds: string[];
  doneStateIds: string[];
}

/**
 * The items behind a data point: their ids when the metric knew them, or where to find them when it
 * counted from whole projects' daily pre-aggregates, which hold no ids: the states and day of a
 * cumulative flow or WIP point, or the days items were created or finished on (and, for a histogram
 * bucket, their lead or cycle time), with the count the point showed.
 */
export type DrillDown =
  | { ids: readonly string[] }
  | { population: FlowPopulation; stateIds: readonly string[]; day: string; count: number }
  | DatedDrillDown;

export interface DatedDrillDown {
  population: FlowPopulation;
  on: 'created' | 'finished';
  between: FlowWindow;
  duration?: { measure: 'LEAD' | 'CYCLE'; days: number };
  /** Only the items of one group of `FlowMetrics.groups`. */
  group?: { by: FlowGrouping; key: string };
  count: number;
}

export interface WipPointMapper {
  date: string;
  count: number;
  drill: DrillDown;
}

export interface ThroughputPointMapper {
  start: string;
  end: string;
  count: number;
  drill: DrillDown;
}

export type DurationBucketMapper = { days: number; count: number; drill: DrillDown };
export type TimeDistributionMapper = Omit<TimeDistribution, 'histogram'> & { histogram: DurationBucketMapper[] };
export type AgingWipMapper = AgingWip;
export type AgingItemMapper = AgingWip['items'][number];

export interface CumulativeFlowCountMapper {
  stateId: string;
  category: string;
  count: number;
  drill: DrillDown;
}
export interface CumulativeFlowDayMapper {
  date: string;
  states: CumulativeFlowCountMapper[];
}
export interface CreatedResolvedPointMapper {
  date: string;
  created: number;
  resolved: number;
  createdDrill: DrillDown;
  resolvedDrill: DrillDown;
}
export type ControlChartPointMapper = ControlChartPoint;
export type FlowGroupMapper = Omit<FlowGroup, 'cycleTime' | 'leadTime'> & {
  by: FlowGrouping;
  cycleTime: TimeDistributionMapper;
  leadTime: TimeDistributionMapper;
};

export interface CompletionForecastMapper {
  remaining: { min: number; max: number };
  history: FlowWindow;
  runs: number;
  seed: number;
  p50: string | null;
  p85: string | null;
  p95: string | null;
  distribution: { date: string; runs: number }[];
  warning: string | null;
  /** The remaining items when counted from an epic or a saved view; empty otherwise. */
  itemIds: readonly string[];
}

export type FlowWorkItemConnectionMapper = Connection<EntityRef>;
export type FlowWorkItemEdgeMapper = FlowWorkItemConnectionMapper['edges'][number];
export type ControlChartConnectionMapper = Connection<ControlChartPoint>;
export type ControlChartEdgeMapper = ControlChartConnectionMapper['edges'][number];
export type AgingItemConnectionMapper = Connection<AgingItemMapper>;
export type AgingItemEdgeMapper = AgingItemConnectionMapper['edges'][number];
/** A dashboard's row; its fields resolve the viewer's rights through the request's loaders. */
export type DashboardMapper = Dashboard;
/** A widget with its JSON columns parsed (`data/dashboard-widget-json.ts`). */
export type DashboardWidgetMapper = DashboardWidgetRow;
/** What a widget measures, by raw uuid: `{ projectId }`, `{ teamId }` or `{ savedViewId }`. */
export type WidgetPopulationMapper = WidgetPopulationRef;
export type DashboardConnectionMapper = Connection<Dashboard>;
export type DashboardEdgeMapper = DashboardConnectionMapper['edges'][number];
