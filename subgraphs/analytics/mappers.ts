import type { EntityRef } from '../../lib/entity-ref';
import type { Connection } from '../../lib/relay';
import type { DashboardWidgetRow, WidgetPopulationRef } from './data/dashboard-widget-json';
import type { FlowPopulation } from './data/populations';
import type { Dashboard } from './generated/prisma/client';
import type { FlowWindow } from './rules/flow-window';

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

/** A dashboard's row; its fields resolve the viewer's rights through the request's loaders. */
export type DashboardMapper = Dashboard;
/** A widget with its JSON columns parsed (`data/dashboard-widget-json.ts`). */
export type DashboardWidgetMapper = DashboardWidgetRow;
/** What a widget measures, by raw uuid: `{ projectId }`, `{ teamId }` or `{ savedViewId }`. */
export type WidgetPopulationMapper = WidgetPopulationRef;
export type DashboardConnectionMapper = Connection<Dashboard>;
export type DashboardEdgeMapper = DashboardConnectionMapper['edges'][number];
