import { toGlobalId } from '../../../lib/ids';
import type { WidgetPopulationRef } from '../data/dashboard-widget-json';
import type { FlowPopulationArgs } from '../population-access';
import { addDays, dayOf } from '../metrics/days';
import type { FlowWindow } from '../rules/flow-window';

/** The population input (global IDs) of a stored widget population. */
export function widgetPopulationInput(population: WidgetPopulationRef): FlowPopulationArgs {
  if ('projectId' in population) return { projectId: toGlobalId('Project', population.projectId) };
  if ('teamId' in population) return { teamId: toGlobalId('Team', population.teamId) };
  return { savedViewId: toGlobalId('SavedView', population.savedViewId) };
}

/**
 * What a widget measures, as the metrics take it: its population as a `FlowPopulationInput` (global
 * IDs, so `resolvePopulation` checks it against whoever looks at the widget now) and its window, the
 * last `days` days up to today (UTC), both included.
 */
export function widgetMetricsArgs(
  widget: { population: WidgetPopulationRef; days: number },
  now: Date = new Date(),
): { population: FlowPopulationArgs; window: FlowWindow } {
  const to = dayOf(now);
  return { population: widgetPopulationInput(widget.population), window: { from: addDays(to, 1 - widget.days), to } };
}
