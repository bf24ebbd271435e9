import { fromGlobalId } from '../../../../lib/ids';
import { editableDashboard } from '../../dashboard-rights';
import { checkSharing } from '../../dashboard-inputs';
import { updateDashboard } from '../../data/update-dashboard';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { viewerIdOf } from '../../context';
import { asSharing } from '../../rules/dashboard-access';
import { nextSharing, notNull, validateDashboardName, validateDescription } from '../../rules/dashboard-input';
import { writeDashboard } from './write-dashboard';

/** Omitted fields keep their value; a new sharing is checked like a new dashboard's. */
export const updateDashboardMutation: MutationResolvers = {
  updateDashboard: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'Dashboard', 'input.id');
    const expectedVersion = notNull(input.expectedVersion, 'input.expectedVersion');
    const givenName = notNull(input.name, 'input.name');
    const name = givenName === undefined ? undefined : validateDashboardName(givenName);
    const description = input.description === undefined ? undefined : validateDescription(input.description ?? '');
    const sharing = notNull(input.sharing, 'input.sharing');
    const projectId = input.projectId ? fromGlobalId(input.projectId, 'Project', 'input.projectId') : undefined;
    const dashboard = await editableDashboard(context, id);
    const next = nextSharing(
      { sharing: asSharing(dashboard.sharing), projectId: dashboard.projectId },
      { sharing, projectId },
    );
    if (next.sharing !== dashboard.sharing || next.projectId !== dashboard.projectId) {
      const role = await context.loaders.organizationRole.load({
        organizationId: dashboard.organizationId,
        userId: viewerIdOf(context),
      });
      await checkSharing(context, dashboard.organizationId, role, next);
    }
    const updated = await writeDashboard(context, (tx) =>
      updateDashboard(tx, {
        id,
        checked: dashboard,
        expectedVersion,
        changes: { name, description, sharing, projectId },
      }),
    );
    return { dashboard: updated };
  },
};
