import { ruleFor, signedIn, type RootRules } from '../../lib/server/permissions';

/**
 * Who may call each root field; the platform denies any root field not listed. Project, team,
 * organization and dashboard rights are checked in the resolvers, which know the object; these rules
 * guarantee a signed-in person.
 */
export const permissions: RootRules = {
  Query: ruleFor(['dashboard', 'dashboards', 'flowMetrics', 'forecastCompletion', 'forecastThroughput'], signedIn),
  Mutation: ruleFor(
    [
      'setProjectFlowSettings',
      'createDashboard',
      'updateDashboard',
      'deleteDashboard',
      'addDashboardWidget',
      'updateDashboardWidget',
      'moveDashboardWidget',
      'removeDashboardWidget',
      'subscribeToDashboardReport',
      'unsubscribeFromDashboardReport',
    ],
    signedIn,
  ),
};
