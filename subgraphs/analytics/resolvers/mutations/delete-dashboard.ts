import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { editableDashboard } from '../../dashboard-rights';
import { deleteDashboard } from '../../data/delete-dashboard';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { writeDashboard } from './write-dashboard';

export const deleteDashboardMutation: MutationResolvers = {
  deleteDashboard: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'Dashboard', 'input.id');
    const dashboard = await editableDashboard(context, id);
    await writeDashboard(context, (tx) => deleteDashboard(tx, id, dashboard));
    return { deletedDashboardId: toGlobalId('Dashboard', id) };
  },
};
