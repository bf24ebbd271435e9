import { fromGlobalId } from '../../../../lib/ids';
import { editableWidget } from '../../dashboard-rights';
import { widgetPopulation } from '../../dashboard-inputs';
import { updateDashboardWidget } from '../../data/update-dashboard-widget';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { notNull, validateWidgetDays, validateWidgetTitle } from '../../rules/dashboard-input';
import { writeDashboard } from './write-dashboard';

/** Omitted fields keep their value; a new population is checked like a new widget's. */
export const updateDashboardWidgetMutation: MutationResolvers = {
  updateDashboardWidget: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'DashboardWidget', 'input.id');
    const givenTitle = notNull(input.title, 'input.title');
    const title = givenTitle === undefined ? undefined : validateWidgetTitle(givenTitle);
    const metric = notNull(input.metric, 'input.metric');
    const givenDays = notNull(input.days, 'input.days');
    const days = givenDays === undefined ? undefined : validateWidgetDays(givenDays);
    const givenPopulation = notNull(input.population, 'input.population');
    const { dashboard } = await editableWidget(context, id);
    const population = givenPopulation && (await widgetPopulation(context, givenPopulation, dashboard.organizationId));
    const widget = await writeDashboard(context, (tx) =>
      updateDashboardWidget(tx, {
        widgetId: id,
        dashboardId: dashboard.id,
        checked: dashboard,
        changes: { title, metric, population, days },
      }),
    );
    return { widget };
  },
};
