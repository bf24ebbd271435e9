import type { Resolvers } from '../../generated/resolvers-types';
import { addDashboardWidgetMutation } from './add-dashboard-widget';
import { createDashboardMutation } from './create-dashboard';
import { deleteDashboardMutation } from './delete-dashboard';
import { moveDashboardWidgetMutation } from './move-dashboard-widget';
import { removeDashboardWidgetMutation } from './remove-dashboard-widget';
import { setProjectFlowSettings } from './set-project-flow-settings';
import { subscribeToDashboardReportMutation } from './subscribe-to-dashboard-report';
import { unsubscribeFromDashboardReportMutation } from './unsubscribe-from-dashboard-report';
import { updateDashboardMutation } from './update-dashboard';
import { updateDashboardWidgetMutation } from './update-dashboard-widget';

/** One file per mutation: each parses its input, calls its data operation (data/) and shapes the payload. */
export const mutationResolvers: Resolvers = {
  Mutation: {
    setProjectFlowSettings,
    ...createDashboardMutation,
    ...updateDashboardMutation,
    ...deleteDashboardMutation,
    ...addDashboardWidgetMutation,
    ...updateDashboardWidgetMutation,
    ...moveDashboardWidgetMutation,
    ...removeDashboardWidgetMutation,
    ...subscribeToDashboardReportMutation,
    ...unsubscribeFromDashboardReportMutation,
  },
};
