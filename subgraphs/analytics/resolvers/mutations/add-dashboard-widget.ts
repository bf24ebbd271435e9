import { fromGlobalId } from '../../../../lib/ids';
import { editableDashboard } from '../../dashboard-rights';
import { widgetPopulation } from '../../dashboard-inputs';
import { addDashboardWidget } from '../../data/add-dashboard-widget';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { defaultWidgetDays, notNull, validateWidgetDays, validateWidgetTitle } from '../../rules/dashboard-input';
import { writeDashboard } from './write-dashboard';

export const addDashboardWidgetMutation: MutationResolvers = {
  addDashboardWidget: async (_parent, { input }, context) => {
    const dashboardId = fromGlobalId(input.dashboardId, 'Dashboard', 'input.dashboardId');
    const title = validateWidgetTitle(input.title);
    const days = validateWidgetDays(notNull(input.days, 'input.days') ?? defaultWidgetDays);
    const dashboard = await editableDashboard(context, dashboardId);
    const population = await widgetPopulation(context, input.population, dashboard.organizationId);
    return writeDashboard(context, (tx) =>
      addDashboardWidget(tx, { dashboardId, title, metric: input.metric, population, days }, dashboard),
    );
  },
};
