import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { editableWidget } from '../../dashboard-rights';
import { removeDashboardWidget } from '../../data/remove-dashboard-widget';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { writeDashboard } from './write-dashboard';

export const removeDashboardWidgetMutation: MutationResolvers = {
  removeDashboardWidget: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'DashboardWidget', 'input.id');
    const { dashboard } = await editableWidget(context, id);
    const changed = await writeDashboard(context, (tx) =>
      removeDashboardWidget(tx, { widgetId: id, dashboardId: dashboard.id, checked: dashboard }),
    );
    return { removedWidgetId: toGlobalId('DashboardWidget', id), dashboard: changed };
  },
};
