import { fromGlobalId } from '../../../../lib/ids';
import { editableWidget } from '../../dashboard-rights';
import { moveDashboardWidget } from '../../data/move-dashboard-widget';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { validatePosition } from '../../rules/dashboard-input';
import { writeDashboard } from './write-dashboard';

export const moveDashboardWidgetMutation: MutationResolvers = {
  moveDashboardWidget: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'DashboardWidget', 'input.id');
    const position = validatePosition(input.position);
    const { dashboard } = await editableWidget(context, id);
    const moved = await writeDashboard(context, (tx) =>
      moveDashboardWidget(tx, { widgetId: id, dashboardId: dashboard.id, checked: dashboard, position }),
    );
    return { dashboard: moved };
  },
};
