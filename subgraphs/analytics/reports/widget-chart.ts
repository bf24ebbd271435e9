import type { BuiltChart } from '../charts/chart-data';
import type { AnalyticsContext } from '../context';
import type { DashboardWidgetRow } from '../data/dashboard-widget-json';
import { resolvePopulation } from '../population-access';
import { metricChart } from './metric-chart';
import { widgetMetricsArgs } from './widget-metrics-args';

/**
 * A widget's chart as whoever looks at it now may see it: its population is checked against the
 * viewer (NOT_FOUND when they can no longer read it), over the last `days` days up to today.
 */
export async function widgetChart(context: AnalyticsContext, widget: DashboardWidgetRow): Promise<BuiltChart> {
  const args = widgetMetricsArgs(widget);
  const population = await resolvePopulation(context, args.population, 'population');
  return metricChart(widget.metric, context.loaders.flowData(population, args.window), widget.title);
}
