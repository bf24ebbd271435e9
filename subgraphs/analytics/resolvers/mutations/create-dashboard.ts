import { fromGlobalId } from '../../../../lib/ids';
import { viewerIdOf } from '../../context';
import { organizationMembership } from '../../dashboard-rights';
import { checkSharing } from '../../dashboard-inputs';
import { createDashboard } from '../../data/create-dashboard';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { nextSharing, validateDashboardName, validateDescription } from '../../rules/dashboard-input';
import { writeDashboard } from './write-dashboard';

export const createDashboardMutation: MutationResolvers = {
  createDashboard: async (_parent, { input }, context) => {
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    const name = validateDashboardName(input.name);
    const description = validateDescription(input.description ?? '');
    const projectId = input.projectId ? fromGlobalId(input.projectId, 'Project', 'input.projectId') : null;
    const sharing = nextSharing(null, { sharing: input.sharing ?? undefined, projectId });
    const role = await organizationMembership(context, organizationId);
    await checkSharing(context, organizationId, role, sharing);
    const dashboard = await writeDashboard(context, (tx) =>
      createDashboard(tx, { organizationId, ownerId: viewerIdOf(context), name, description, ...sharing }),
    );
    return { dashboard };
  },
};
